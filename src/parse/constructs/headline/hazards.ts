/**
 * Headline shapes format must not make: a date standing as the last line of a block (it is
 * split off as a date line, `splitDateLines`), and a line between dashes (a subheadline,
 * `isDashWrapped`, never a bullet).
 *
 * > | Acme Widgets Reports Record Sales
 * > | Monday March 7, 8:31 am ET        <- a date line of its own
 * > | -- Revenue up 14% --              <- a subheadline
 */
import type { FormatHazard } from '../hazard.js';

/** The opening of a date line: a month or weekday name, or a number ("7 March", "10/26/2006"). */
const DATE_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|\d)/i;

/** A date line is short: "Monday March 7, 8:31 am ET" has nine tokens or fewer. */
const MAX_DATE_LINE_WORDS = 9;

/** A word opening with a dash as the lexer reads one: a hyphen, or an en or em dash ("--", "–", "—"). */
const OPENS_WITH_DASH = /^[-\u2013\u2014]/;

/** A word closing with a dash, hyphen or en or em dash. */
const CLOSES_WITH_DASH = /[-\u2013\u2014]$/;

export const headlineHazard: FormatHazard = {
  // A date as the last line of a block would be split off as a date line.
  opensLine: (words, at) => DATE_WORD.test(words[at] ?? '') && words.length - at <= MAX_DATE_LINE_WORDS,
  // Any dash the lexer reads as Hyphen or Dashes frames it: "-M g —" is as dash-wrapped as "-- M g --".
  isLine: (words, start, end) => OPENS_WITH_DASH.test(words[start] ?? '') && CLOSES_WITH_DASH.test(words[end - 1] ?? ''),
};
