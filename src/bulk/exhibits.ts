/**
 * The exhibits inside an input, whatever its kind, each with its filing keys: the input
 * itself for exhibit text, the EX-99 documents (plain text or HTML) of an SGML block or a
 * whole submission. HTML is read through its rendering as text (src/html). Submissions are
 * read as a stream (src/submission/stream), so a 50 MB filing full of encoded graphics is
 * never held whole: only its header and one text document at a time.
 *
 * The HTML reader and the submission reader are loaded on first use: a worker thread whose
 * inputs are all exhibit text never loads them (module loading is a worker's start-up cost).
 *
 * This module is the one place a bulk run turns an input into exhibits: a single entry for
 * any input (`read`, src/read) would replace `fileExhibit` and `submissionExhibits` here.
 */
import { decode } from '../bytes/index.js';
import { parse } from '../parse/parse.js';
import { inferYears } from '../submission/year.js';
import type { Exhibit } from '../tree/nodes/exhibit.js';
import { documentKeys, headerKeys, pathKeys } from './filing.js';
import type { FilingKeys } from './record.js';

/** Text documents held whole by the bulk reader; larger bodies pass through unread. */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

export interface FoundExhibit {
  readonly keys: FilingKeys;
  /** `html`: the tree is of the exhibit's rendering as text (see `htmlToText`). */
  readonly format: 'text' | 'html';
  /** Yearless dateline dates already completed from `keys.filingDate`. */
  readonly tree: Exhibit;
}

/** Completes yearless dateline dates from the filing date, when there is one. */
function dated(keys: FilingKeys, format: 'text' | 'html', tree: Exhibit): FoundExhibit {
  if (keys.filingDate) inferYears(tree, keys.filingDate);
  return { keys, format, tree };
}

/** The one exhibit of an exhibit's own bytes, plain text or HTML. */
export async function fileExhibit(path: string, bytes: Uint8Array, format: 'text' | 'html', filingDate: string | null): Promise<FoundExhibit> {
  const tree = format === 'html' ? parse((await import('../html/index.js')).htmlToText(decode(bytes).text)) : parse(bytes);
  return dated(pathKeys(path, filingDate), format, tree);
}

/**
 * The exhibits of a submission (or a lone `<DOCUMENT>` block) read from a byte stream.
 * An EX-99 document too large to hold is an error (never silently left out).
 */
export async function* submissionExhibits(chunks: AsyncIterable<Uint8Array>, filingDate: string | null): AsyncGenerator<FoundExhibit> {
  const [{ readSubmission }, { documentExhibit }, { isExhibit99 }] = await Promise.all([
    import('../submission/stream/reader.js'),
    import('../submission/exhibits.js'),
    import('../submission/build/body.js'),
  ]);
  let keys = headerKeys(null, filingDate);
  for await (const part of readSubmission(chunks, { maxPartBytes: MAX_DOCUMENT_BYTES })) {
    if (part.kind === 'header') keys = headerKeys(part.header, filingDate);
    if (part.kind === 'documentStart' && part.document && isExhibit99(part.document.documentType)) {
      throw new Error(`exhibit ${part.document.documentType} (sequence ${part.document.sequence ?? '?'}) is larger than ${MAX_DOCUMENT_BYTES} bytes`);
    }
    if (part.kind !== 'document') continue;
    const found = documentExhibit(part.document);
    if (found) yield dated(documentKeys(keys, part.document), found.format, found.tree);
  }
}
