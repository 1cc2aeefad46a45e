/**
 * Exhibit labels: "Exhibit 99.1", "EX-99", "Ex. 99". A line must not open with their word.
 *
 * > | EXHIBIT 99.1
 */
import type { FormatHazard } from '../hazard.js';

const EXHIBIT_WORD = /^ex(?:hibit|[.-]|$)/i;

export const exhibitLabelHazard: FormatHazard = {
  opensLine: (words, at) => EXHIBIT_WORD.test(words[at] ?? ''),
  opensBlock: (w) => EXHIBIT_WORD.test(w),
};
