/**
 * Token-level signals the role rules share: does a block hold contact details, is it a
 * date line, a logo placeholder, a run of capitalised words.
 */
import { tokenMatcher, type IToken } from 'chevrotain';
import * as T from '../../../grammars/tokens/text.js';
import { isPhoneShaped } from './phone-shape.js';
import { datelineGrammar } from '../../../grammars/dateline.js';
import { matchWhole } from '../match.js';
import { OPEN_ENDINGS } from '../lexicon/index.js';
import { tabWidthAt } from '../layout/geometry.js';

/** Whether the tokens (of `source`) hold an e-mail address or something shaped like a phone number. */
export function hasContactDetail(source: string, tokens: readonly IToken[]): boolean {
  if (tokens.some((t) => t.tokenType === T.Email)) return true;
  return findPhoneRuns(source, tokens).length > 0;
}

/** Token index ranges [from, to) that read as phone numbers. */
export function findPhoneRuns(source: string, tokens: readonly IToken[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !(t.tokenType === T.Number || t.tokenType === T.LParen || (t.tokenType === T.Other && t.image === '+'))) continue;
    // Longest run of phone characters from here, no more than 9 tokens.
    for (let j = Math.min(tokens.length, i + 9); j > i + 0; j--) {
      const run = tokens.slice(i, j);
      if (isPhoneShaped(run) && contiguous(source, run)) {
        out.push([i, j]);
        i = j - 1;
        break;
      }
    }
  }
  return out;
}

/**
 * Spaces left at a line's end, the line ending and the next line's indentation, nothing
 * else: a number wrapped onto the next line.
 */
const WRAP_GAP = /^[ \t\u00A0]*(?:\r\n|\r|\n)[ \t\u00A0]*$/;

/**
 * Tokens that follow each other with at most one space between, or a line ending and the
 * next line's indentation: a CRLF is one line ending as a LF is, and neither spaces left
 * at the end of the line nor how far the next line is set in matter (the same text with
 * either ending, trimmed or re-indented, reads alike).
 */
function contiguous(source: string, run: readonly IToken[]): boolean {
  for (let k = 1; k < run.length; k++) {
    const a = run[k - 1];
    const b = run[k];
    if (!a || !b) return false;
    const end = a.startOffset + a.image.length;
    const gap = b.startOffset - end;
    // A tab is as wide as it stands (one column at most is one space).
    const wide = gap > 1 || (gap === 1 && source.charCodeAt(end) === 9 && tabWidthAt(source, end) > 1);
    if (wide && !WRAP_GAP.test(source.slice(end, b.startOffset))) return false;
  }
  return true;
}

/** A line that is only a date ("Jan. 25, 2005", "Monday March 7, 8:31 am ET"). */
export function isDateOnly(tokens: readonly IToken[]): boolean {
  if (tokens.length === 0) return false;
  if (matchWhole(datelineGrammar, datelineGrammar.date, tokens)) return true;
  // A date followed by a time of day.
  const first = tokens[0];
  return first !== undefined && (first.tokenType === T.Weekday || first.tokenType === T.Month) && tokens.length <= 9 && tokens.some((t) => t.tokenType === T.Colon);
}

/** "[Company Logo]": a bracketed placeholder for an image. */
export function isPlaceholder(tokens: readonly IToken[]): boolean {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return first?.tokenType === T.LBracket && last?.tokenType === T.RBracket;
}

/** Words in the tokens. */
export function words(tokens: readonly IToken[]): IToken[] {
  return tokens.filter((t) => tokenMatcher(t, T.AnyWord));
}

/** Share of words that start with a capital letter. */
export function capitalisedShare(tokens: readonly IToken[]): number {
  const ws = words(tokens);
  if (ws.length === 0) return 0;
  return ws.filter((w) => /^[A-Z]/.test(w.image)).length / ws.length;
}

/** Whether the last token ends a sentence. */
export function endsSentence(tokens: readonly IToken[]): boolean {
  const last = tokens[tokens.length - 1];
  if (!last) return false;
  if (last.tokenType === T.Period || last.tokenType === T.Quote) return true;
  return last.tokenType === T.Other && (last.image === '!' || last.image === '?');
}

/** Whether a line's last token leaves its phrase open (a comma, "and", "of" …): the next line goes on with it. */
export function endsWithJoiner(tokens: readonly IToken[]): boolean {
  const last = tokens[tokens.length - 1];
  return last !== undefined && (OPEN_ENDINGS.has(last.image.toLowerCase()) || last.tokenType === T.Comma);
}
