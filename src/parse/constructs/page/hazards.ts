/**
 * Page furniture and SGML tags: `<PAGE>`, `<TABLE>`, `<S>` open with "<". A line must not.
 *
 * > | <PAGE>
 */
import type { FormatHazard } from '../hazard.js';

const TAG_CHAR = /^</;

export const pageHazard: FormatHazard = {
  opensLine: (words, at) => TAG_CHAR.test(words[at] ?? ''),
  opensBlock: (w) => TAG_CHAR.test(w),
};
