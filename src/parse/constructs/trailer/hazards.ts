/**
 * Wire-trailer lines open with "/" ("/CONTACT: … /", "/Web site: …/"). A line must not.
 * And a paragraph opening with "SOURCE" opens the trailer: one the parser cut off from the
 * block above it (a change of case) after it had looked for the trailer must not stand apart.
 *
 * > |     /CONTACT: Jane Roe of Acme Widgets, +1-212-555-0100/
 * > | ACME WIDGETS
 * > | SOURCE l          <- a subheadline here; apart, the trailer
 */
import type { FormatHazard } from '../hazard.js';
import { textLexer } from '../../../../grammars/tokens/text.js';
import { isTrailerSource } from './rules.js';

const TRAILER_CHAR = /^\//;

export const trailerHazard: FormatHazard = {
  opensLine: (words, at) => TRAILER_CHAR.test(words[at] ?? ''),
  opensBlock: (w) => TRAILER_CHAR.test(w),
  opensApart: (w) => isTrailerSource(textLexer.tokenize(w).tokens[0]),
};
