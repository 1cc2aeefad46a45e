/**
 * Jump lines: "- more -", "(continued)", "[more]", "(more follows)". A line must not open
 * with "[" (the other openers are list markers already), nor be one whole.
 *
 * > |                                   -more-
 */
import type { FormatHazard } from '../hazard.js';

const OPENS_JUMP = /^[-([]/;
const CLOSES_JUMP = /[-)\]]$/;

/** The words that make a jump line. */
const JUMP_WORD = /\b(?:more|continued|follows?)\b/i;

/** Jump lines are short. */
const MAX_JUMP_WORDS = 10;

export const continuationHazard: FormatHazard = {
  opensLine: (words, at) => (words[at] ?? '').startsWith('['),
  opensBlock: (w) => w.startsWith('['),
  isLine: (words, start, end) => {
    if (end - start > MAX_JUMP_WORDS) return false;
    const first = words[start] ?? '';
    const last = words[end - 1] ?? '';
    return OPENS_JUMP.test(first) && CLOSES_JUMP.test(last) && JUMP_WORD.test(words.slice(start, end).join(' '));
  },
};
