/**
 * The parser plugin: `unified().use(secExhibitParse)` reads exhibit text (or its bytes,
 * UTF-8 or Windows-1252) into an exhibit tree; the parser's guesses become vfile messages
 * (`ruleId` the warning's rule, `source` "sec-exhibit", `place` its position).
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { parseWithWarnings } from '../parse/parse.js';
import type { Warning } from '../parse/warning.js';
import type { Exhibit } from '../tree/nodes/exhibit.js';

/** The `source` of every message the plugins report. */
export const MESSAGE_SOURCE = 'sec-exhibit';

/** Reports parser warnings on a file; `place` is left out when the text is not the file's own. */
export function report(file: VFile, warnings: readonly Warning[], withPlace: boolean): void {
  for (const w of warnings) file.message(w.reason, { ...(withPlace ? { place: w.position } : {}), ruleId: w.ruleId, source: MESSAGE_SOURCE });
}

export const secExhibitParse: Plugin<[], string, Exhibit> = function () {
  this.parser = (document: string, file: VFile): Exhibit => {
    // Bytes are decoded here rather than by `String(file)`, which only knows UTF-8.
    const input = file.value instanceof Uint8Array ? file.value : document;
    const { tree, warnings } = parseWithWarnings(input);
    report(file, warnings, true);
    return tree;
  };
};
