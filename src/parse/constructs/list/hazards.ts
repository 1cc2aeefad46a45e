/**
 * List items open with a marker: a bullet, a number or letter closed by "." or ")", or one
 * in parentheses. A line must not open with one where the source had none.
 *
 * > | (1) the timing of orders;   <- a list item, where the source ran on
 */
import type { FormatHazard } from '../hazard.js';
import { BULLETS } from '../../lexicon/index.js';

/** A short word closed by "." or ")" — "1.", "a)", "iv.", "U.S.", "Inc.'s", "No." */
const CLOSED_SHORT_WORD = /^[\p{L}\p{N}]{1,5}[.)]/u;

/** Characters that open a marker: "-", "*", "(", "+" and the bullets. */
const MARKER_CHAR = /^[-*(+]/;

/**
 * A word that opens a list item as the parser reads one: a bullet, a number up to 50 or a
 * letter or roman numeral closed by "." or ")", or one of those in parentheses ("(1)", "(iv)").
 */
const LIST_OPENER = /^(?:(?:[1-4]?\d|50)[.)]|\((?:[1-4]?\d|50|[a-z]|[ivx]{2,})\)|(?:[a-z]|[ivx]{2,})[.)])/i;

/** A number up to 50, a letter or a roman numeral alone: a marker when "." or ")" follows as a word ("A . the …"). */
const BARE_OPENER = /^(?:[1-4]?\d|50|[a-z]|[ivx]{2,})$/i;

/** Whether a marker's closing mark stands apart after it, as the parser still reads a marker. */
const closedApart = (w: string, next: string | undefined): boolean => (next === '.' || next === ')') && BARE_OPENER.test(w);

/** A bullet word, or a word opening with a bullet character ("o" only alone: "of" is no bullet). */
const isBullet = (w: string): boolean => BULLETS.has(w) || (w.charAt(0) !== 'o' && BULLETS.has(w.charAt(0)));

export const listHazard: FormatHazard = {
  opensLine: (words, at) => {
    const w = words[at] ?? '';
    return MARKER_CHAR.test(w) || CLOSED_SHORT_WORD.test(w) || isBullet(w) || closedApart(w, words[at + 1]);
  },
  opensBlock: (w, next) => LIST_OPENER.test(w) || MARKER_CHAR.test(w) || isBullet(w) || closedApart(w, next),
};
