/**
 * The body of `<TEXT>`: an opaque payload, an exhibit tree (EX-99 plain text), or text.
 *
 * Ownership: a line ending right after `<TEXT>` ends the tag's line and belongs to the
 * document; the body is everything after it up to `</TEXT>`. That body is exactly the
 * exhibit file EDGAR tools extract, so the exhibit parsed here is the exhibit parsed alone.
 */
import type { DocumentContent } from '../../tree/content.js';
import { parse } from '../../parse/parse.js';
import type { SubmissionContext } from './context.js';
import { visibleEnd, type Placed } from './leaves.js';
import { payloadOf } from '../payload.js';
import { shiftPositions } from '../shift.js';

/** Exhibit 99 and its sub-numbers: press releases and other additional exhibits. */
const EX_99 = /^EX-99/i;
/** File names of marked-up documents, which the exhibit parser does not read. */
const MARKUP_FILE = /\.(?:html?|xml|xsd)$/i;
/** How a marked-up body opens. */
const MARKUP_START = /^(?:<html|<!doctype|<\?xml|<xml>|<xbrl>|<head>|<body)/i;

/** Length of the line ending at `i` (0 when none): CRLF, CR or LF. */
export function lineEndLength(text: string, i: number): number {
  if (text.startsWith('\r\n', i)) return 2;
  return text[i] === '\r' || text[i] === '\n' ? 1 : 0;
}

/** Whether a document type is an Exhibit 99 ("EX-99", "EX-99.1", "EX-99.(A)"). */
export function isExhibit99(documentType: string | null): boolean {
  return documentType !== null && EX_99.test(documentType);
}

/** Whether a document of this type and file name, with this body, is read as an exhibit. */
export function isPlainExhibit(documentType: string | null, filename: string | null, body: string): boolean {
  if (!isExhibit99(documentType)) return false;
  if (filename && MARKUP_FILE.test(filename)) return false;
  return !MARKUP_START.test(body.slice(0, 64).trimStart());
}

export interface DocumentMeta {
  readonly documentType: string | null;
  readonly filename: string | null;
}

/** The node for the body in `[start, end)` (after the `<TEXT>` line), if it needs one. */
export function bodyNode(ctx: SubmissionContext, meta: DocumentMeta, start: number, end: number): Placed<DocumentContent>[] {
  const { source, at } = ctx;
  if (end <= start) return [];
  const text = source.slice(start, end);
  const payload = payloadOf(meta.documentType, text);
  if (payload) return [{ node: { type: 'payload', ...payload, value: text, position: at(start, end) }, start, end }];
  if (isPlainExhibit(meta.documentType, meta.filename, text)) {
    const exhibit = parse(text);
    shiftPositions(exhibit, at(start, start).start);
    return [{ node: exhibit, start, end }];
  }
  // Any other document is one text leaf, layout and all. A body of layout only is left to
  // the document, which fills it with whitespace leaves like any gap.
  if (visibleEnd(source, start, end) === start) return [];
  return [{ node: { type: 'text', value: text, position: at(start, end) }, start, end }];
}
