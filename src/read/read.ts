/**
 * One entry for any input: exhibit text, an HTML exhibit, a lone SGML `<DOCUMENT>` block or
 * a whole EDGAR submission, as a string or as bytes. It tells which, and gives every
 * exhibit in it with its tree, summary, format and filing context.
 */
import { htmlToText } from '../html/index.js';
import { decodeInput, kindOf, readDecoded, type ReadOptions } from './core.js';
import type { ReadResult } from './schema.js';

export type { ReadOptions } from './core.js';

/**
 * Reads any exhibit input. Bytes are decoded as UTF-16 (with a BOM), UTF-8 or
 * Windows-1252, and `encode(result.text, result.encoding)` gives them back exactly.
 * Throws `ReadError` for input with no text (empty, blank, binary); a submission
 * without an EX-99 press release gives no exhibits.
 */
export function read(input: string | Uint8Array, options: ReadOptions = {}): ReadResult {
  const decoded = decodeInput(input);
  return readDecoded(decoded, kindOf(decoded), htmlToText, options);
}
