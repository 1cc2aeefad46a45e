/**
 * One entry for any input: exhibit text, an HTML exhibit, a lone SGML `<DOCUMENT>` block or
 * a whole EDGAR submission, as a string or as bytes. It tells which, and gives every
 * exhibit in it with its tree, summary, format and filing context.
 */
import { decode, type Encoding } from '../bytes/index.js';
import { htmlToText } from '../html/index.js';
import { parseWithWarnings } from '../parse/parse.js';
import type { Warning } from '../parse/warning.js';
import { documentExhibit, submissionHeader } from '../submission/exhibits.js';
import { parseSubmission } from '../submission/parse.js';
import { inferYears } from '../submission/year.js';
import { summarize } from '../summary/summarize.js';
import type { Document } from '../tree/nodes/document.js';
import type { Exhibit } from '../tree/nodes/exhibit.js';
import type { SecHeader } from '../tree/nodes/sec-header.js';
import { exhibitContext, NO_CONTEXT } from './context.js';
import { inputKind, notText } from './detect.js';
import { ReadError } from './errors.js';
import type { ExhibitContext, ExhibitFormat, ReadExhibit, ReadResult } from './schema.js';

export interface ReadOptions {
  /**
   * Filing date (ISO `YYYY-MM-DD`) that gives yearless datelines their year when the
   * input carries none (an exhibit or a lone `<DOCUMENT>` block); a submission header's date wins.
   */
  readonly filingDate?: string;
}

function exhibitOf(tree: Exhibit, format: ExhibitFormat, context: ExhibitContext, warnings: readonly Warning[]): ReadExhibit {
  return { format, tree, summary: summarize(tree), context, warnings: [...warnings] };
}

/** An exhibit read on its own, as text or rendered from HTML. */
function standalone(text: string, format: ExhibitFormat, encoding: Encoding | null, filingDate: string | null): ReadExhibit {
  const { tree, warnings } = parseWithWarnings(format === 'html' ? htmlToText(text) : text);
  // Text read from bytes remembers how it was written, so stringifyBytes gives them back.
  if (format === 'text' && encoding) tree.data = { ...tree.data, encoding };
  if (filingDate) inferYears(tree, filingDate);
  return exhibitOf(tree, format, NO_CONTEXT, warnings);
}

/**
 * The exhibit a document of a submission holds, with its context; null for a document
 * that holds none. Shared with the streaming reader of `sec-exhibit/node`.
 */
export function documentReadExhibit(document: Document, header: SecHeader | null, filingDate: string | null): ReadExhibit | null {
  const found = documentExhibit(document);
  if (!found) return null;
  // parseSubmission dates plain-text exhibits; a rendered HTML one is dated here.
  const filed = header?.filedAsOf ?? filingDate;
  if (found.format === 'html' && filed) inferYears(found.tree, filed);
  return exhibitOf(found.tree, found.format, exhibitContext(header, document), []);
}

/**
 * Reads any exhibit input. Bytes are decoded as UTF-16 (with a BOM), UTF-8 or
 * Windows-1252, and `encode(result.text, result.encoding)` gives them back exactly.
 * Throws {@link ReadError} for input with no text (empty, blank, binary); a submission
 * without an EX-99 press release gives no exhibits.
 */
export function read(input: string | Uint8Array, options: ReadOptions = {}): ReadResult {
  const decoded = typeof input === 'string' ? null : decode(input);
  const text = decoded ? decoded.text : String(input);
  const encoding = decoded?.encoding ?? 'utf-8';
  const bad = notText(text);
  if (bad) throw new ReadError(bad);
  const kind = inputKind(text);
  const filingDate = options.filingDate ?? null;
  if (kind === 'exhibit' || kind === 'html') {
    const format = kind === 'html' ? 'html' : 'text';
    return { kind, encoding, text, exhibits: [standalone(text, format, decoded ? encoding : null, filingDate)] };
  }
  const tree = parseSubmission(text, filingDate ? { filingDate } : {});
  const header = submissionHeader(tree);
  const exhibits: ReadExhibit[] = [];
  for (const c of tree.children) {
    if (c.type !== 'document') continue;
    const found = documentReadExhibit(c, header, filingDate);
    if (found) exhibits.push(found);
  }
  return { kind, encoding, text, exhibits };
}
