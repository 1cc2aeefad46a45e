/**
 * What kind of file an input is, from its first bytes: a whole EDGAR submission, a lone
 * SGML `<DOCUMENT>` block, an exhibit in HTML, an exhibit's text, or something that is no
 * text at all.
 */
import { looksLikeHtml } from '../html/detect.js';
import { looksLikeSubmission } from '../submission/detect.js';
import type { InputKind } from './record.js';

export type { InputKind };

/** How much of the start of a file the detection reads. */
export const SNIFF_BYTES = 8192;

/** A document block opens the file (after layout). */
const DOCUMENT_TAG = /^\s*<DOCUMENT>/i;

/** Share of control bytes above which a file is not text (NUL alone settles it). */
const BINARY_SHARE = 0.1;

export function detectKind(head: Uint8Array): InputKind {
  if (head.length === 0) return 'empty';
  let control = 0;
  let visible = 0;
  for (const b of head) {
    if (b === 0) return 'binary';
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) control++;
    else if (b > 32) visible++;
  }
  if (control / head.length > BINARY_SHARE) return 'binary';
  if (visible === 0) return 'empty';
  const text = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1');
  if (looksLikeSubmission(text)) return DOCUMENT_TAG.test(text) ? 'sgml' : 'submission';
  return looksLikeHtml(text) ? 'html' : 'exhibit';
}
