/**
 * Datelines: the parser looks for one at the start of a paragraph's first lines, not only
 * its first (under a headline left unspaced), so a re-flowed line must not open with one
 * where the source had none. The dateline reader itself is asked, on the words from the
 * break on: wider than the parser, which also wants running text after it (a break moved
 * one word earlier costs nothing).
 *
 * > | … COMPLETES PURCHASE OF GULF COAST FOUNDRY BATON
 * > | ROUGE, La., June 2 -- The company …     <- a dateline, where the source ran on
 */
import type { FormatHazard } from '../hazard.js';
import { textLexer } from '../../../../grammars/tokens/text.js';
import { readDateline } from './reader.js';
import { PLACE_PARTICLES } from '../../lexicon/index.js';

/** Words a dateline takes at most ("SOUTH SAN FRANCISCO, Calif., March 3, 2005 /PRNewswire-FirstCall/ --"). */
const DATELINE_WORDS = 14;

/** A place, a month or a weekday opens with a capital; a date-first dateline with a digit. */
const OPENS_DATELINE = /^[\p{Lu}\d]/u;

/**
 * A word that ends a dateline's place or opens what follows it: a comma after the place, a
 * dash or colon, a wire's slash, a parenthesis. A dateline has one within its first words.
 */
const PLACE_END = /[,:(/\u2013\u2014]|^-+$/;

/** Words before that mark a place may take, capitals run together ("OF GULF COAST FOUNDRY BATON ROUGE,"). */
const PLACE_WORDS = 8;

/**
 * Whether the words from `at` on could be a place and the mark after it: capitalised words
 * (or particles, "de", "la"), the last of them or the next one marking the place's end.
 */
function placeEnds(words: readonly string[], at: number): boolean {
  for (let i = at; i < Math.min(words.length, at + PLACE_WORDS); i++) {
    const w = words[i] ?? '';
    if (PLACE_END.test(w)) return true;
    if (!OPENS_DATELINE.test(w) && !PLACE_PARTICLES.has(w.toLowerCase())) return false;
  }
  return false;
}

export const datelineHazard: FormatHazard = {
  opensLine: (words, at) => {
    // Cheap tests first: most line starts are not capitalised, or run on with no mark.
    if (!OPENS_DATELINE.test(words[at] ?? '') || !placeEnds(words, at)) return false;
    const text = words.slice(at, at + DATELINE_WORDS).join(' ');
    return readDateline(text, textLexer.tokenize(text).tokens) !== null;
  },
};
