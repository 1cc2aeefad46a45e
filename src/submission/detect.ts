/**
 * Telling a submission from an exhibit by its first characters: an EDGAR submission opens
 * with the PEM envelope, `<SEC-DOCUMENT>`, `<SEC-HEADER>` or `<SUBMISSION>`; a lone
 * document block with `<DOCUMENT>`. Exhibits open with anything else.
 */

const OPENINGS = ['-----BEGIN PRIVACY-ENHANCED MESSAGE-----', '<SEC-DOCUMENT>', '<SEC-HEADER>', '<SUBMISSION>', '<DOCUMENT>'];

/** How much of the input is looked at. */
const HEAD = 1024;

/** Whether `input` (text or bytes) is a submission file or a lone `<DOCUMENT>` block. */
export function looksLikeSubmission(input: string | Uint8Array): boolean {
  // Latin-1 maps every byte to one character, and the openings are ASCII.
  let head = typeof input === 'string' ? input.slice(0, HEAD) : String.fromCharCode(...input.subarray(0, HEAD));
  head = head.replace(LEADING, '');
  return OPENINGS.some((o) => head.startsWith(o));
}

/** A byte-order mark (as text, or as UTF-8 bytes read as Latin-1) and layout before it all. */
const LEADING = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?[ \t\r\n\f]*/;
