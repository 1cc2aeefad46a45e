/**
 * Reads the dateline grammar's CST into dateline fields, and decides whether the match is
 * a dateline at all: the place must be capitalised words, and something must follow it —
 * a separator, a date or a wire.
 */
import { tokenMatcher, type CstNode, type IToken, type TokenType } from 'chevrotain';
import { datelineGrammar } from '../../../../grammars/dateline.js';
import * as T from '../../../../grammars/tokens/text.js';
import { matchPrefix, matchWhole } from '../../match.js';
import { isoDate, monthNumber } from '../../../normalize/date.js';
import { canonicalWire, looksLikeWire } from '../../../normalize/wire.js';
import { collapse } from '../../../normalize/text.js';
import { child, firstOffset, isNode, spanText as text, tokenFor, tokensOf } from '../../cst.js';
import { PLACE_PARTICLES, REGIONS } from '../../lexicon/index.js';
import { advance, columnAt } from '../../layout/geometry.js';

export interface DatelineMatch {
  readonly start: number;
  /** Offset after the last character of the dateline. */
  readonly end: number;
  readonly city: string | null;
  readonly region: string | null;
  readonly wire: string | null;
  readonly date: string | null;
  readonly dateText: string | null;
  /** Whether a wire service was named. */
  readonly hasWire: boolean;
  /** A date was written but is not a calendar date. */
  readonly badDate: boolean;
}

/** Most tokens a dateline can take (two places, a date and a wire are about 24). */
const MAX_TOKENS = 32;

/** Whether a line break stands between the first and the last of `tokens`. */
function spansLines(source: string, tokens: readonly IToken[]): boolean {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return false;
  for (let i = first.startOffset; i < last.startOffset; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** Spaces that part columns: wider than any justified line stretches a word gap. */
const GUTTER = 6;

/** Layout that takes no room on the line (form feed, vertical tab, byte-order mark): it neither opens nor closes a run of blanks. */
const noRoom = (c: number): boolean => c === 12 || c === 11 || c === 0xfeff;

/**
 * Whether a column gutter (a wide run of blanks inside a line, between two visible characters)
 * lies in `[from, to)`; `to` is a token's start. Measured in visual columns: a tab is as wide
 * as the columns it skips to its stop, as once expanded ("R<TAB>March 3 2005" stands as
 * "R       March 3 2005"); a no-break space is a space. Blanks that end a line ("S<TAB>" /
 * "(BW)X …") part no columns: nothing stands after them, and `format` drops them.
 */
function hasGutter(source: string, from: number, to: number): boolean {
  // The column the current run of blanks opened at (-1: none), and the column reached.
  let open = -1;
  let col = columnAt(source, from);
  let afterBreak = false;
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13) {
      [open, col, afterBreak] = [-1, 0, true];
      continue;
    }
    const blank = c === 32 || c === 9 || c === 0xa0;
    // A run opens after a visible character; indentation after a line break is no gutter.
    if (blank && open < 0 && !afterBreak) open = col;
    else if (!blank && !noRoom(c)) {
      // A visible character closes the run: wide enough, it was a gutter.
      if (open >= 0 && col - open >= GUTTER) return true;
      [open, afterBreak] = [-1, false];
    }
    col = advance(col, c);
  }
  return open >= 0 && col - open >= GUTTER;
}

/**
 * Reads a dateline at the start of `tokens`; null when there is none. A date alone on the
 * paragraph's first line, over a place that carries no date ("Thursday, October 17, 1996" then
 * "EAST CHICAGO, Ind. -- …"), is that dateline's date.
 */
export function readDateline(source: string, tokens: readonly IToken[]): DatelineMatch | null {
  return readOneDateline(source, tokens) ?? readDateAbove(source, tokens);
}

/** Most tokens a date takes on a line of its own ("Thursday, October 17, 1996" is 6). */
const DATE_LINE_TOKENS = 8;

/**
 * Most tokens {@link readDateline} looks at: a date line above (the date's tokens and the one
 * after them), then a dateline. Callers may hand it no more than this from a long paragraph.
 */
export const DATELINE_READ_TOKENS = DATE_LINE_TOKENS + MAX_TOKENS;

function readDateAbove(source: string, tokens: readonly IToken[]): DatelineMatch | null {
  const first = tokens[0];
  if (!first || !(tokenMatcher(first, T.Weekday) || tokenMatcher(first, T.Month) || first.tokenType === T.Number)) return null;
  let n = 1;
  while (n < tokens.length && n <= DATE_LINE_TOKENS && !spansLines(source, [tokens[n - 1] as IToken, tokens[n] as IToken])) n++;
  if (n > DATE_LINE_TOKENS || n >= tokens.length) return null;
  const m = matchWhole(datelineGrammar, datelineGrammar.date, tokens.slice(0, n));
  if (!m) return null;
  const below = readOneDateline(source, tokens.slice(n));
  if (!below || below.date !== null || below.dateText !== null) return null;
  const date = readDate(m.cst);
  return {
    ...below,
    start: first.startOffset,
    date: date.iso,
    dateText: text(source, tokens.slice(0, n)),
    badDate: date.iso === null,
  };
}

function readOneDateline(source: string, tokens: readonly IToken[]): DatelineMatch | null {
  if (!mayOpenDateline(tokens)) return null;
  const slice = tokens.slice(0, MAX_TOKENS);
  if (!tailMayOpen(slice)) return null;
  const m = matchPrefix(datelineGrammar, datelineGrammar.datelineStart, slice);
  const root = m && child(m.cst, 'dateline');
  if (!m || !root) return null;
  const consumed = slice.slice(0, m.consumed);
  const places = child(root, 'places');
  const firstPlace = places && child(places, 'place');
  if (!firstPlace) return null;
  const cityNode = child(firstPlace, 'city');
  const regionNode = child(firstPlace, 'region');
  const cityToks = cityNode ? tokensOf(cityNode) : [];
  const seps = (root.children['sep'] ?? []).filter(isNode);
  // Date first, then words with no separator after them: the words open the body's first
  // sentence ("April 19, 2005 -- Greaves Mutual Bancorp, Inc. (Nasdaq: …) today …"), unless a
  // place in capitals ("March 3, 2005 -- DALLAS, Texas -- …").
  const dateFirst = child(root, 'date');
  if (dateFirst && seps.length === 1 && !isAllCaps(cityToks)) return dateOnly(source, dateFirst, seps[0]);
  if (!cityToks.length || !isPlaceName(cityToks)) return null;
  // A place is written on one line: words above it belong to a headline or a letterhead.
  if (spansLines(source, cityToks)) return null;
  const regionToks = regionNode ? tokensOf(regionNode) : [];
  if (regionToks.length && !isPlaceName(regionToks)) return null;

  // Pieces after the place (or before it, in the date-first form), in source order.
  let wire: string | null = null;
  let hasWire = false;
  let dateNode: CstNode | null = child(root, 'date');
  let hasSep = (root.children['sep'] ?? []).length > 0;
  let hasDash = hasSep;
  let cut = consumed.length;
  const tail = child(root, 'tail');
  if (tail) {
    const pieces = [
      ...(tail.children['sep'] ?? []),
      ...(tail.children['date'] ?? []),
      ...(tail.children['wire'] ?? []),
      ...(tail.children['parenDate'] ?? []),
    ].filter(isNode);
    pieces.sort((a, b) => firstOffset(a) - firstOffset(b));
    for (const [k, piece] of pieces.entries()) {
      if (piece.name === 'sep') {
        hasSep = true;
        if (tokensOf(piece).some((t) => t.tokenType !== T.Colon)) hasDash = true;
      } else if (piece.name === 'date' || piece.name === 'parenDate') {
        if (dateNode) {
          // A second date is body text ("… -- On March 3, …"): the dateline ends before it.
          cut = consumed.findIndex((t) => t.startOffset >= firstOffset(piece));
          break;
        }
        dateNode = piece.name === 'date' ? piece : child(piece, 'date');
      } else if (piece.name === 'wire') {
        const words = (piece.children['words'] ?? []).filter(isNode).map((w) => text(source, tokensOf(w))).join('-');
        const known = canonicalWire(words.split('-')[0] ?? words) ?? canonicalWire(words);
        // "(CCNMatthews - March 17, 2005)": a dated attribution is a wire, known or not; so is
        // a one-word name in parentheses between the place and the date ("Boston, MA (PRWEB)
        // February 4, 2008 --").
        const oneWord = !words.includes('-') && !/\s/.test(words);
        const dated = child(piece, 'date') !== null || (oneWord && !dateNode && pieces[k + 1]?.name === 'date');
        // "--(EON: Enhanced Online News)--": a service named after its code, framed by dashes
        // as Business Wire frames its own name.
        const service = child(piece, 'service');
        const framed = service !== null && pieces[k - 1]?.name === 'sep' && pieces[k + 1]?.name === 'sep';
        if (!known && !looksLikeWire(words) && !dated && !framed) {
          // Not a wire: the dateline ends before this parenthesis.
          cut = consumed.findIndex((t) => t.startOffset >= firstOffset(piece));
          break;
        }
        hasWire = true;
        wire = known ?? (service ? `${words}: ${collapse(text(source, tokensOf(service)))}` : collapse(words.replace(/-/g, ' ')));
        const inner = child(piece, 'date');
        if (inner && !dateNode) dateNode = inner;
      }
    }
  }
  const kept = consumed.slice(0, cut);
  if (!dateNode && !hasWire && !hasSep) return null;
  // A place alone before a dash ("ATLANTA -") must be in capitals — or name a state or
  // province ("Yonkers, New York -") — and the dash a dash: a colon after a capitalised word
  // is a label ("COMPANY:"), not a dateline.
  const region = regionToks.length ? text(source, regionToks).replace(/\./g, '').toLowerCase() : '';
  const knownRegion = region !== '' && (REGIONS.has(region) || REGIONS.has(region.replace(/ /g, '')));
  if (!dateNode && !hasWire && ((!isAllCaps(cityToks) && !knownRegion) || !hasDash)) return null;
  const last = kept[kept.length - 1];
  const first = kept[0];
  if (!first || !last) return null;

  // Columns, not a dateline: "One Constitution Plaza        January 31, 2001".
  if (hasGutter(source, first.startOffset, last.startOffset)) return null;

  const date = dateNode ? readDate(dateNode) : null;
  return {
    start: first.startOffset,
    end: last.startOffset + last.image.length,
    city: text(source, cityToks),
    region: regionToks.length ? text(source, regionToks) : null,
    wire,
    date: date?.iso ?? null,
    dateText: dateNode ? text(source, tokensOf(dateNode)) : null,
    hasWire,
    badDate: date !== null && date.iso === null,
  };
}

/** A dateline that gives a date and no place: the date and the separator after it. */
function dateOnly(source: string, dateNode: CstNode, sep: CstNode | undefined): DatelineMatch | null {
  const dateToks = tokensOf(dateNode);
  const first = dateToks[0];
  const last = (sep ? tokensOf(sep) : dateToks).at(-1);
  if (!first || !last) return null;
  const date = readDate(dateNode);
  return {
    start: first.startOffset,
    end: last.startOffset + last.image.length,
    city: null,
    region: null,
    wire: null,
    date: date.iso,
    dateText: text(source, dateToks),
    hasWire: false,
    badDate: date.iso === null,
  };
}

/** Punctuation or words that must appear among a dateline's place words or right after them. */
const DATELINE_MARKS = new Set<TokenType>([T.Comma, T.Hyphen, T.Dashes, T.Slash, T.LParen, T.Ellipsis, T.Colon, T.Month, T.Weekday]);

/**
 * A cheap first look: a dateline opens with capitalised words (or a date), and a comma,
 * dash, slash, parenthesis or month comes before the first lower-case word of the text.
 */
function mayOpenDateline(tokens: readonly IToken[]): boolean {
  for (let i = 0; i < Math.min(tokens.length, 14); i++) {
    const t = tokens[i];
    if (!t) return false;
    if (DATELINE_MARKS.has(t.tokenType)) return true;
    if (tokenMatcher(t, T.AnyWord) && /^[a-z]/.test(t.image) && t.image.length > 3) return false;
  }
  return false;
}

/** Marks the dateline grammar's places hold besides words: "ST. LOUIS, Mo.", "WINSTON-SALEM", "… and HARTFORD". */
const PLACE_MARKS = new Set<TokenType>([T.Comma, T.Period, T.Hyphen, T.KwAnd, T.Ampersand]);

/** Tokens that open a piece of the grammar's tail other than a date: a separator, a wire, a slash, a parenthesised date. */
const TAIL_OPENERS = new Set<TokenType>([T.Hyphen, T.Dashes, T.Colon, T.Ellipsis, T.Slash, T.LParen]);

/** Whether a date starts at `tokens[k]`, as the grammar's `startsDateAt` judges it. */
function startsDateAt(tokens: readonly IToken[], k: number): boolean {
  const type = (i: number): TokenType | undefined => tokens[i]?.tokenType;
  switch (type(k)) {
    case T.Weekday:
      return true;
    case T.Month:
      return type(k + 1) === T.Number || (type(k + 1) === T.Period && type(k + 2) === T.Number);
    case T.Number:
      return type(k + 1) === T.Month || type(k + 1) === T.Slash;
    default:
      return false;
  }
}

/**
 * Whether the dateline grammar can match `tokens` at all, by what it needs most: its places
 * hold only words and their marks, and its tail opens right after them with a separator, a
 * wire, a slash or a date (the date-first form opens with the date). Where the run of place
 * tokens ends on anything else, with no hyphen inside it, the grammar fails; and a failed
 * chevrotain match costs an exception, more than a match does. A headline in capitals and
 * commas runs to its end: "Apple Computer, Inc. Agrees to Acquire NeXT Software Inc."
 */
function tailMayOpen(tokens: readonly IToken[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as IToken;
    // A hyphen may end the places as a separator ("ATLANTA - …").
    if (t.tokenType === T.Hyphen) return true;
    if (!tokenMatcher(t, T.Name) && !PLACE_MARKS.has(t.tokenType)) return TAIL_OPENERS.has(t.tokenType) || startsDateAt(tokens, i);
  }
  return false;
}

function readDate(node: CstNode): { iso: string | null } {
  const toks = tokensOf(node);
  const month = toks.find((t) => tokenMatcher(t, T.Month));
  const day = tokenFor(node, 'day');
  const year = tokenFor(node, 'year');
  const monthNum = month ? monthNumber(month.image) : Number(tokenFor(node, 'month')?.image);
  if (!monthNum || !day) return { iso: null };
  return { iso: isoDate(year ? Number(year.image) : null, monthNum, Number(day.image)) };
}

/** Every word of a place name starts with a capital letter ("San Jose", "KING OF PRUSSIA"). */
function isPlaceName(toks: readonly IToken[]): boolean {
  const words = toks.filter((t) => tokenMatcher(t, T.AnyWord));
  if (words.length === 0 || words.length > 6) return false;
  // Particles inside a name ("Isle of Man", "Rio de Janeiro") may be lower case.
  return words.every((w, i) => /^[A-Z\u00C0-\u00DE]/.test(w.image) || (i > 0 && PLACE_PARTICLES.has(w.image)));
}


function isAllCaps(toks: readonly IToken[]): boolean {
  return toks.every((t) => t.image.toUpperCase() === t.image);
}
