/**
 * Wire-trailer lines open with "/" ("/CONTACT: … /", "/Web site: …/"). A line must not.
 *
 * > |     /CONTACT: Jane Roe of Acme Widgets, +1-212-555-0100/
 */
import type { FormatHazard } from '../hazard.js';

const TRAILER_CHAR = /^\//;

export const trailerHazard: FormatHazard = {
  opensLine: (words, at) => TRAILER_CHAR.test(words[at] ?? ''),
  opensBlock: (w) => TRAILER_CHAR.test(w),
};
