/**
 * `sec-exhibit summary` on a submission file: one JSON line per exhibit inside it,
 * `{"file", "accession", "sequence", "type", "summary"}` (and `"format": "html"` for an
 * HTML exhibit, summarized from its rendering as text), read as a stream.
 */
import { documentExhibit, summarize } from '../../index.js';
import { writeLine } from '../io.js';
import { submissionParts } from './submission-input.js';

/** Writes the line of every exhibit in the submission at `file`; returns how many. */
export async function summarizeSubmission(file: string): Promise<number> {
  let accession: string | null = null;
  let count = 0;
  for await (const part of submissionParts(file)) {
    if (part.kind === 'header') accession = part.header?.accessionNumber ?? null;
    if (part.kind !== 'document') continue;
    const { documentType, sequence } = part.document;
    const found = documentExhibit(part.document);
    if (!found) continue;
    count++;
    const format = found.format === 'html' ? { format: 'html' } : {};
    await writeLine(JSON.stringify({ file, accession, sequence, type: documentType, ...format, summary: summarize(found.tree) }));
  }
  return count;
}
