/**
 * What kind of input a decoded text is, from its start: a whole EDGAR submission, a lone
 * SGML `<DOCUMENT>` block, an HTML exhibit, an exhibit's text — or no text at all.
 */
import { looksLikeHtml } from '../html/detect.js';
import { looksLikeSubmission } from '../submission/detect.js';
import type { InputKind } from './schema.js';
import type { ReadErrorCode } from './errors.js';

/** How much of the start is looked at. */
export const SNIFF_CHARS = 8192;

/** A document block opens the input (after a BOM and layout). */
const DOCUMENT_TAG = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?\s*<DOCUMENT>/i;

/** Share of control characters above which a text is not text (one NUL settles it). */
const CONTROL_SHARE = 0.1;

/** Whether the character code is a C0 control other than tab, line feed, form feed, CR. */
const isControl = (c: number): boolean => c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13;
/** Space, tab, line breaks, form feed, BOM. */
const isLayout = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 12 || c === 13 || c === 0xfeff;

/** `empty` or `binary` for text that is not text, else null. */
export function notText(text: string): ReadErrorCode | null {
  const head = text.slice(0, SNIFF_CHARS);
  let control = 0;
  let visible = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return 'binary';
    if (isControl(c)) control++;
    else if (!isLayout(c)) visible++;
  }
  if (head.length > 0 && control / head.length > CONTROL_SHARE) return 'binary';
  return visible === 0 ? 'empty' : null;
}

/** The kind of a text input (that {@link notText} passed). */
export function inputKind(text: string): InputKind {
  const head = text.slice(0, SNIFF_CHARS);
  if (looksLikeSubmission(head)) return DOCUMENT_TAG.test(head) ? 'sgml' : 'submission';
  return looksLikeHtml(head) ? 'html' : 'exhibit';
}
