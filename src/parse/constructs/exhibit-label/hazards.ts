/**
 * Exhibit labels: "Exhibit 99.1", "EX-99", "Ex. 99". A line must not open with their word,
 * nor close on a label, where a filer's header line ends with one ("… Up 9% - EXHIBIT 99.1").
 *
 * > | EXHIBIT 99.1
 */
import type { FormatHazard } from '../hazard.js';

const EXHIBIT_WORD = /^ex(?:hibit|[.-]|$)/i;

export const exhibitLabelHazard: FormatHazard = {
  opensLine: (words, at) => EXHIBIT_WORD.test(words[at] ?? ''),
  opensBlock: (w) => EXHIBIT_WORD.test(w),
  // "… Up 9% - EXHIBIT 99.1": a label after a dash closing the line, as the parser reads it.
  isLine: (words, start, end) => end - start >= 3 && /^(?:-+|[\u2013\u2014|])$/.test(words[end - 3] ?? '') && EXHIBIT_WORD.test(words[end - 2] ?? '') && /^\d/.test(words[end - 1] ?? ''),
};
