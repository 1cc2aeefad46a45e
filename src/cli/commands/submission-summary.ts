/**
 * `sec-exhibit summary` on a submission file: one JSON line per exhibit inside it,
 * `{"file", "accession", "sequence", "type", "summary"}`, read as a stream.
 */
import { summarize } from '../../index.js';
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
    for (const c of part.document.children) {
      if (c.type !== 'exhibit') continue;
      count++;
      await writeLine(JSON.stringify({ file, accession, sequence, type: documentType, summary: summarize(c) }));
    }
  }
  return count;
}
