/**
 * `sec-exhibit parse FILE [--format tree|json|summary|markdown]`: the exhibit(s) of one file
 * (`-` for stdin), through `read`. For a submission, every exhibit in it: `tree` and
 * `markdown` print one after the other under a heading line, `json` and `summary` print an
 * array of `{context, format, tree|summary}`. Warnings go to stderr.
 */
import { inspect } from '../../inspect/index.js';
import type { Warning } from '../../parse/warning.js';
import type { ReadExhibit, ReadResult } from '../../read/schema.js';
import { write } from '../io.js';
import { writeJson } from '../json-stream.js';
import { exhibitHeading, exhibitsOf } from './exhibits.js';

export type ParseFormat = 'tree' | 'json' | 'summary' | 'markdown';

export function formatWarning(file: string, w: Pick<Warning, 'position' | 'reason'> & { readonly ruleId: string }): string {
  return `${file}:${w.position.start.line}:${w.position.start.column}: warning: ${w.reason} [${w.ruleId}]`;
}

const single = (r: ReadResult): boolean => r.kind === 'exhibit' || r.kind === 'html';

async function printJson(result: ReadResult, field: 'tree' | 'summary'): Promise<void> {
  const value = (x: ReadExhibit): unknown => (field === 'tree' ? x.tree : x.summary);
  const out = single(result) ? value(result.exhibits[0] as ReadExhibit) : result.exhibits.map((x) => ({ context: x.context, format: x.format, [field]: value(x) }));
  // Written piece by piece: a tree of any size prints (no one string past V8's limit).
  await writeJson(out);
}

export async function parseCommand(file: string, format: ParseFormat): Promise<number> {
  const result = await exhibitsOf(file);
  if (!result) return 1;
  if (format === 'json' || format === 'summary') await printJson(result, format === 'json' ? 'tree' : 'summary');
  else {
    // Markdown (remark) is loaded only when asked for.
    const toText = format === 'markdown' ? (await import('../../mdast/markdown.js')).toMarkdown : inspect;
    const comment = format === 'markdown' ? (t: string) => `<!-- ${t} -->` : (t: string) => `# ${t}`;
    for (const [i, x] of result.exhibits.entries()) await write(exhibitHeading(result, i, comment) + toText(x.tree));
  }
  for (const x of result.exhibits) for (const w of x.warnings) process.stderr.write(`${formatWarning(file, w)}\n`);
  return 0;
}
