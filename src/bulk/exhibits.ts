/**
 * The exhibits inside an input, whatever its kind: the input itself for exhibit text, the
 * EX-99 documents of an SGML block or a whole submission. Submissions are read as a
 * stream (src/submission/stream), so a 50 MB filing full of encoded graphics is never
 * held whole: only its header and one text document at a time.
 */
import { parse } from '../parse/parse.js';
import { readSubmission } from '../submission/stream/reader.js';
import type { Exhibit } from '../tree/nodes/exhibit.js';

export interface FoundExhibit {
  /** The submission's accession number, when its header gives one. */
  readonly accession: string | null;
  /** The enclosing document's `<SEQUENCE>` and `<TYPE>`, when there is a document. */
  readonly sequence: number | null;
  readonly documentType: string | null;
  readonly tree: Exhibit;
}

/** The one exhibit of an exhibit's own bytes. */
export function textExhibit(bytes: Uint8Array): FoundExhibit {
  return { accession: null, sequence: null, documentType: null, tree: parse(bytes) };
}

/** The exhibits of a submission (or a lone `<DOCUMENT>` block) read from a byte stream. */
export async function* submissionExhibits(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<FoundExhibit> {
  let accession: string | null = null;
  for await (const part of readSubmission(chunks)) {
    if (part.kind === 'header') accession = part.header?.accessionNumber ?? null;
    if (part.kind !== 'document') continue;
    const { sequence, documentType, children } = part.document;
    for (const child of children) {
      if (child.type === 'exhibit') yield { accession, sequence, documentType, tree: child };
    }
  }
}
