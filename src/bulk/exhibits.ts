/**
 * The exhibits inside an input, whatever its kind: the input itself for exhibit text, the
 * EX-99 documents (plain text or HTML) of an SGML block or a whole submission. HTML is
 * read through its rendering as text (src/html). Submissions are read as a
 * stream (src/submission/stream), so a 50 MB filing full of encoded graphics is never
 * held whole: only its header and one text document at a time.
 */
import { decode } from '../bytes/index.js';
import { htmlToText } from '../html/index.js';
import { parse } from '../parse/parse.js';
import { documentExhibit } from '../submission/exhibits.js';
import { readSubmission } from '../submission/stream/reader.js';
import type { Exhibit } from '../tree/nodes/exhibit.js';

export interface FoundExhibit {
  /** The submission's accession number, when its header gives one. */
  readonly accession: string | null;
  /** The enclosing document's `<SEQUENCE>` and `<TYPE>`, when there is a document. */
  readonly sequence: number | null;
  readonly documentType: string | null;
  /** `html`: the tree is of the exhibit's rendering as text (see `htmlToText`). */
  readonly format: 'text' | 'html';
  readonly tree: Exhibit;
}

/** The one exhibit of an exhibit's own bytes, plain text or HTML. */
export function fileExhibit(bytes: Uint8Array, format: 'text' | 'html'): FoundExhibit {
  const tree = format === 'html' ? parse(htmlToText(decode(bytes).text)) : parse(bytes);
  return { accession: null, sequence: null, documentType: null, format, tree };
}

/** The exhibits of a submission (or a lone `<DOCUMENT>` block) read from a byte stream. */
export async function* submissionExhibits(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<FoundExhibit> {
  let accession: string | null = null;
  for await (const part of readSubmission(chunks)) {
    if (part.kind === 'header') accession = part.header?.accessionNumber ?? null;
    if (part.kind !== 'document') continue;
    const found = documentExhibit(part.document);
    if (found) yield { accession, sequence: part.document.sequence, documentType: part.document.documentType, ...found };
  }
}
