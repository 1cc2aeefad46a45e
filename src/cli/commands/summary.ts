/**
 * `sec-exhibit summary FILE...` (`-` for stdin): one JSON line per exhibit, through `read`.
 * An exhibit file gives `{"file", "summary"}` (`"format": "html"` for an HTML exhibit, read
 * through its rendering as text); a submission or SGML block gives one line per exhibit in
 * it, `{"file", "accession", "sequence", "type", "context", "summary"}`, read as a stream.
 * A file with no exhibit — unreadable, empty, binary, a submission without EX-99 — gives
 * `{"file", "error"}`, and the exit code is then 1.
 */
import { readFile } from '../../node/read-file.js';
import type { InputKind, ReadExhibit } from '../../read/schema.js';
import { pathOf, reason, writeLine } from '../io.js';

/** The JSON line of one exhibit. */
function lineOf(file: string, kind: InputKind, x: ReadExhibit): Record<string, unknown> {
  const format = x.format === 'html' ? { format: 'html' } : {};
  if (kind === 'exhibit' || kind === 'html') return { file, ...format, summary: x.summary };
  const { accession, sequence, documentType } = x.context;
  return { file, accession, sequence, type: documentType, ...format, context: x.context, summary: x.summary };
}

/** Prints the lines of one file; returns the error that left it without any, or null. */
async function summarizeFile(file: string): Promise<string | null> {
  try {
    const found = await readFile(pathOf(file));
    let count = 0;
    for await (const x of found.exhibits) {
      count++;
      await writeLine(JSON.stringify(lineOf(file, found.kind, x)));
    }
    return count > 0 ? null : `no EX-99 exhibit in this ${found.kind}`;
  } catch (e) {
    return reason(e);
  }
}

export async function summaryCommand(files: readonly string[]): Promise<number> {
  let failed = 0;
  for (const file of files) {
    const error = await summarizeFile(file);
    if (error === null) continue;
    failed++;
    await writeLine(JSON.stringify({ file, error }));
  }
  return failed === 0 ? 0 : 1;
}
