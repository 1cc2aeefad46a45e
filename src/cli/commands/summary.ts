/**
 * `sec-exhibit summary FILE...`: one JSON line per file, `{"file", "summary"}`, or
 * `{"file", "error"}` for a file it could not read. Exit code 0 when every file was read.
 * A submission file (told by its first bytes) gives one line per exhibit inside it instead,
 * `{"file", "accession", "sequence", "type", "summary"}`. An HTML exhibit is summarized
 * from its rendering as text, and its line says `"format": "html"`.
 */
import { decode, htmlToText, looksLikeHtml, parse, summarize } from '../../index.js';
import { readInput, writeLine } from '../io.js';
import { isSubmissionFile } from './submission-input.js';
import { summarizeSubmission } from './submission-summary.js';

export async function summaryCommand(files: readonly string[]): Promise<number> {
  let failed = 0;
  for (const file of files) {
    // An unreadable file is reported below, by the exhibit path.
    if (await isSubmissionFile(file).catch(() => false)) {
      try {
        await summarizeSubmission(file);
      } catch (e) {
        failed++;
        await writeLine(JSON.stringify({ file, error: String((e as Error).message ?? e) }));
      }
      continue;
    }
    const input = await readInput(file);
    if (!input.ok) {
      failed++;
      await writeLine(JSON.stringify({ file, error: input.error }));
      continue;
    }
    try {
      const text = decode(input.bytes).text;
      const line = looksLikeHtml(text) ? { file, format: 'html', summary: summarize(parse(htmlToText(text))) } : { file, summary: summarize(parse(input.bytes)) };
      await writeLine(JSON.stringify(line));
    } catch (e) {
      // The parser is total; this guards the promise that no file is skipped silently.
      failed++;
      await writeLine(JSON.stringify({ file, error: String((e as Error).message ?? e) }));
    }
  }
  return failed === 0 ? 0 : 1;
}
