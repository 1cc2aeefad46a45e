/**
 * The reading behind {@link read}, with the HTML renderer passed in: `read` binds
 * `htmlToText`; the node entry and the CLI load the HTML reader only for input that may
 * hold HTML.
 */
import { decode, type Encoding } from '../bytes/index.js';
import { parseWithWarnings } from '../parse/parse.js';
import type { Warning } from '../parse/warning.js';
import { documentExhibitWith, type HtmlRenderer } from '../submission/document-exhibit.js';
import { submissionHeader } from '../submission/header.js';
import { parseSubmission } from '../submission/parse.js';
import { inferYears } from '../submission/year.js';
import { summarize } from '../summary/summarize.js';
import type { Document } from '../tree/nodes/document.js';
import type { Exhibit } from '../tree/nodes/exhibit.js';
import type { SecHeader } from '../tree/nodes/sec-header.js';
import { exhibitContext, NO_CONTEXT } from './context.js';
import { inputKind, notText } from './detect.js';
import { ReadError } from './errors.js';
import type { ExhibitContext, ExhibitFormat, InputKind, ReadExhibit, ReadResult } from './schema.js';

export type { HtmlRenderer } from '../submission/document-exhibit.js';

export interface ReadOptions {
  /**
   * Filing date (ISO `YYYY-MM-DD`) that gives yearless datelines their year when the
   * input carries none (an exhibit or a lone `<DOCUMENT>` block); a submission header's date wins.
   */
  readonly filingDate?: string;
}

/** An input decoded: its text, and how its bytes were written (null for a string). */
export interface DecodedInput {
  readonly text: string;
  readonly encoding: Encoding | null;
}

/** Decodes bytes (UTF-16 with a BOM, UTF-8, else Windows-1252); a string is taken as it is. */
export function decodeInput(input: string | Uint8Array): DecodedInput {
  return typeof input === 'string' ? { text: String(input), encoding: null } : decode(input);
}

/** The kind of a decoded input; throws {@link ReadError} when it is no text. */
export function kindOf(input: DecodedInput): InputKind {
  const bad = notText(input.text);
  if (bad) throw new ReadError(bad);
  return inputKind(input.text);
}

function exhibitOf(tree: Exhibit, format: ExhibitFormat, context: ExhibitContext, warnings: readonly Warning[]): ReadExhibit {
  return { format, tree, summary: summarize(tree), context, warnings: [...warnings] };
}

/** An exhibit read on its own, as text or rendered from HTML. */
function standalone(input: DecodedInput, format: ExhibitFormat, render: HtmlRenderer, filingDate: string | null): ReadExhibit {
  const { tree, warnings } = parseWithWarnings(format === 'html' ? render(input.text) : input.text);
  // Text read from bytes remembers how it was written, so stringifyBytes gives them back.
  if (format === 'text' && input.encoding) tree.data = { ...tree.data, encoding: input.encoding };
  if (filingDate) inferYears(tree, filingDate);
  return exhibitOf(tree, format, NO_CONTEXT, warnings);
}

/** The exhibit a document of a submission holds, with its context; null for a document that holds none. */
export function documentReadExhibit(document: Document, header: SecHeader | null, render: HtmlRenderer, filingDate: string | null): ReadExhibit | null {
  const found = documentExhibitWith(document, render);
  if (!found) return null;
  // parseSubmission dates plain-text exhibits; a rendered HTML one is dated here.
  const filed = header?.filedAsOf ?? filingDate;
  if (found.format === 'html' && filed) inferYears(found.tree, filed);
  return exhibitOf(found.tree, found.format, exhibitContext(header, document), []);
}

/** {@link read} of a decoded input of a known kind, with the renderer given. */
export function readDecoded(input: DecodedInput, kind: InputKind, render: HtmlRenderer, options: ReadOptions = {}): ReadResult {
  const encoding = input.encoding ?? 'utf-8';
  const filingDate = options.filingDate ?? null;
  if (kind === 'exhibit' || kind === 'html') {
    return { kind, encoding, text: input.text, exhibits: [standalone(input, kind === 'html' ? 'html' : 'text', render, filingDate)] };
  }
  const tree = parseSubmission(input.text, filingDate ? { filingDate } : {});
  const header = submissionHeader(tree);
  const exhibits: ReadExhibit[] = [];
  for (const c of tree.children) {
    if (c.type !== 'document') continue;
    const found = documentReadExhibit(c, header, render, filingDate);
    if (found) exhibits.push(found);
  }
  return { kind, encoding, text: input.text, exhibits };
}
