/**
 * Contact labels: "Contact:", "Media Contact:", "Investors:", "For more information:". A line
 * must not open a few words before a colon when one of them names a contact.
 *
 * > | Media Contact: Jane Roe
 */
import type { FormatHazard } from '../hazard.js';
import { CONTACT_ROLE_WORDS } from '../../lexicon/index.js';

/** How far a contact label's colon may come. */
const MAX_LABEL_WORDS = 6;

/** Label words besides the roles: "Contacts:", "Information:", "Investor Relations:". */
const CONTACT_WORD = /^(?:contacts?|information|relations)\b/i;

/** A word opening with a role word ("Media:", "Investors/Analysts:"). */
const namesRole = (w: string): boolean => CONTACT_ROLE_WORDS.has(/^[a-z]+/i.exec(w)?.[0]?.toLowerCase() ?? '');

export const contactHazard: FormatHazard = {
  opensLine: (words, at) => {
    for (let i = at; i < Math.min(words.length, at + MAX_LABEL_WORDS); i++) {
      const w = words[i] ?? '';
      if (CONTACT_WORD.test(w) || namesRole(w)) return true;
      if (w.endsWith(':')) return false;
    }
    return false;
  },
};
