/**
 * A rule line: a run of "=", "_" or "-". A line must not open with those characters.
 *
 * > | ===========================================
 */
import type { FormatHazard } from '../hazard.js';

const RULE_CHAR = /^[=_-]/;

export const ruleHazard: FormatHazard = {
  opensLine: (words, at) => RULE_CHAR.test(words[at] ?? ''),
  opensBlock: (w) => RULE_CHAR.test(w),
};
