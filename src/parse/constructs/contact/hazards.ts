/**
 * Contact labels: "Contact:", "Media Contact:", "Investors:", "For more information:". A line
 * must not open a few words before a colon when one of them names a contact.
 *
 * > | Media Contact: Jane Roe
 */
import type { FormatHazard } from '../hazard.js';
import { CONTACT_LABEL_WORDS, CONTACT_ROLE_WORDS } from '../../lexicon/index.js';

/**
 * How far a contact label's colon may come: the parser takes up to eight tokens before it
 * (isContactLabel in src/parse/shapes.ts), and a word here holds one token or more.
 */
const MAX_LABEL_WORDS = 9;

/**
 * Within this many words a contact word is avoided at a line's start, colon or not (wider
 * than the parser's rule: a break moved one word earlier costs nothing); further on, only
 * a label the parser would take: label words up to the colon.
 */
const NEAR_WORDS = 6;

/** Label words besides the roles: "Contacts:", "Information:", "Investor Relations:". */
const CONTACT_WORD = /^(?:contacts?|information|relations)\b/i;

/** A word of a contact label, or punctuation (", and , Contact:" is a label to the parser). */
const isLabelWord = (w: string): boolean => {
  const letters = /^[a-z]+/i.exec(w)?.[0]?.toLowerCase();
  return letters === undefined ? !/[\p{L}\p{N}]/u.test(w) : CONTACT_LABEL_WORDS.has(letters);
};

/** A word opening with a role word ("Media:", "Investors/Analysts:"). */
const namesRole = (w: string): boolean => CONTACT_ROLE_WORDS.has(/^[a-z]+/i.exec(w)?.[0]?.toLowerCase() ?? '');

/** Punctuation before a word's letters: the parser lexes it apart (".Contact:" opens with a label word). */
const LEADING_PUNCTUATION = /^[^\p{L}\p{N}]+/u;

export const contactHazard: FormatHazard = {
  opensLine: (words, at) => {
    let labelWords = true;
    for (let i = at; i < Math.min(words.length, at + MAX_LABEL_WORDS); i++) {
      const raw = words[i] ?? '';
      const w = raw.replace(LEADING_PUNCTUATION, '');
      const named = CONTACT_WORD.test(w) || namesRole(w);
      if (named && i < at + NEAR_WORDS) return true;
      labelWords &&= named || isLabelWord(w);
      if (raw.endsWith(':')) return labelWords && i >= at + NEAR_WORDS;
    }
    return false;
  },
};
