/**
 * Headline and subheadlines: headline-like blocks above the body. Headline-like: up to four
 * short lines of words, no contact details, not a date, not a logo placeholder nor
 * letterhead. Which of them is the headline the decider chooses (`src/parse/decide/`): the
 * last run of such blocks above the body, a title, a label or a contact between two of them
 * showing the upper one to be letterhead.
 *
 * > | CARROW FEDERAL SAVINGS BANK          <- letterhead
 * > | PRESS RELEASE
 * > | CARROW FEDERAL REPORTS EARNINGS …    <- headline
 * > | -- Deposits up 12% --                <- subheadline
 */
import { tokenMatcher, type IToken } from 'chevrotain';
import type { Line } from '../../lex.js';
import { isUpperCaseWords } from '../../text/case.js';
import { endOf } from '../../cst.js';
import { readDateline } from '../dateline/reader.js';
import { blockTokens, contentLines, derive, onlyBlankBetween, partOf, type DocView, type Planned } from '../../decide/plan.js';
import { append } from '../../../util/append.js';
import { findTickers } from '../tickers/reader.js';
import * as T from '../../../../grammars/tokens/text.js';
import { endsWithJoiner, hasContactDetail, isDateOnly, isPlaceholder, words } from '../../text/signals.js';
import { isLetterhead } from '../letterhead/rules.js';
import { FIELD_LINES, isContactLabel, isFieldBlock } from '../../shapes.js';
import { lineCells } from '../../layout/cells.js';

/** Whether tokens read whole as a dateline with a date: a place and a date, nothing after. */
function isDatelineOnly(view: DocView, toks: readonly IToken[]): boolean {
  const last = toks[toks.length - 1];
  const d = readDateline(view.doc.source, toks);
  return d !== null && d.date !== null && last !== undefined && d.end >= endOf(last);
}

/**
 * Most words a headline holds. The longest we know run to about 26 words over four lines; a
 * block of more is prose, however few lines it takes on a wide page.
 */
const MOST_HEADLINE_WORDS = 40;

/** Whether a block reads as a headline: the evidence, before any choice among such blocks. */
export function isHeadlineLike(view: DocView, b: Planned): boolean {
  const lines = contentLines(view, b);
  if (lines.length === 0 || lines.length > 4) return false;
  const toks = blockTokens(view, b);
  const wordCount = words(toks).length;
  if (wordCount < 2 || wordCount > MOST_HEADLINE_WORDS) return false;
  if (hasContactDetail(view.doc.source, toks) || isDateOnly(toks) || isPlaceholder(toks) || isLetterhead(view, b) || isFieldBlock(lines) || isNote(toks)) return false;
  // A place and a date alone ("Denver, Colorado -- October 14, 2003") date the release.
  if (isDatelineOnly(view, toks)) return false;
  // A line that only names the listing ("NASDAQ: ASFI", "TSX: CHM   NYSE Amex: CHMX") is not a headline.
  const tickers = findTickers(view.doc.source, toks);
  const listed = (t: IToken): boolean => tickers.some((k) => t.startOffset >= k.start && t.startOffset < k.end);
  if (tickers.length && (words(toks).length <= 3 || words(toks).every(listed))) return false;
  // A headline line typed and never wrapped may run past the page; prose typed so ends its
  // sentence with a stop.
  return lines.every((l) => l.right - l.indent <= WIDEST_HEADLINE_LINE || l.tokens[l.tokens.length - 1]?.tokenType !== T.Period);
}

/** Widest line of a wrapped headline, in columns. */
const WIDEST_HEADLINE_LINE = 100;

/**
 * A headline with a line of another kind under it, in the same block, has its
 * subheadline there: the block is cut. Another kind: under capitals, a mixed-case line or
 * one in brackets; under Title Case, a line in sentence case ("Bookings up 22%; Company
 * raises full-year revenue outlook"); under anything, a line wrapped in dashes
 * ("-- Revenue up 14% --").
 */
export function splitCaseChanges(view: DocView, blocks: readonly Planned[]): Planned[] {
  const out: Planned[] = [];
  for (const b of blocks) {
    // A letterhead (the name in capitals over its street address) stays whole, and so does a header of fields.
    const all = b.role === 'paragraph' && !isLetterhead(view, b) ? contentLines(view, b) : [];
    // A contact column set beside letterhead ("FOWEY MARINE CORPORATION      CONTACTS:") stays whole too.
    const lines = isFieldBlock(all.slice(0, FIELD_LINES + 1)) || all.some(hasContactColumn) ? [] : all;
    const cut = lines.length > 1 ? caseCut(lines) : -1;
    const at = lines[cut];
    if (cut <= 0 || !at) {
      out.push(b);
      continue;
    }
    // The part above ends on its last line that is not blank (a page turn's marker, maybe).
    let end = at.index - 1;
    while (end > b.first && view.doc.lines[end]?.blank) end--;
    out.push(partOf(view, b, b.first, end, b.rules));
    out.push(partOf(view, b, at.index, b.last, [...b.rules, 'case-change-split']));
  }
  return out;
}

/** Whether a contact label opens a column of the line other than its first ("…      CONTACTS:"). */
function hasContactColumn(line: Line): boolean {
  return lineCells(line, 3).slice(1).some((c) => isContactLabel(c.tokens));
}

/** Most lines of a block the Title Case rule looks at: a headline's. */
const HEADLINE_LINES = 4;

/** Where a block of headline lines changes kind, or -1. */
function caseCut(lines: readonly Line[]): number {
  // A line in brackets under the headline is its subheadline, whatever the case.
  for (let k = 1; k < Math.min(lines.length, HEADLINE_LINES + 1); k++) {
    if (isBracketed(lines[k]) && !isBracketed(lines[k - 1])) return k;
  }
  // The first line after a run of capital lines that is not one (or opens a bracket).
  for (const [k, l] of lines.entries()) {
    const capital = isCapitalLine(l);
    if (k > 0 && (!capital || l.tokens[0]?.tokenType === T.LBracket)) return k;
    if (!capital) break;
  }
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k];
    const above = lines[k - 1];
    if (!line || !above) break;
    if (isDashWrapped(line) && !isDashWrapped(above)) return k;
  }
  if (lines.length > HEADLINE_LINES) return -1;
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k];
    const above = lines[k - 1];
    if (!line || !above || !isTitleCaseLine(above) || endsWithJoiner(above.tokens)) break;
    if (isSentenceCaseLine(line)) return k;
  }
  return -1;
}

/**
 * "[Three License Transactions Deferred to Second Quarter]", "(Comparable Store Sales Increase
 * 5.8%; Gross Margin Expands 140 Basis Points)": a line wholly in one pair of brackets.
 */
function isBracketed(line: Line | undefined): boolean {
  const toks = line?.tokens ?? [];
  const open = toks[0]?.tokenType;
  const close = open === T.LBracket ? T.RBracket : open === T.LParen ? T.RParen : undefined;
  if (toks.length <= 2 || close === undefined || toks[toks.length - 1]?.tokenType !== close) return false;
  // The bracket that opens the line closes only at its end ("(a) … (b)" is no such line).
  let depth = 0;
  for (let k = 0; k < toks.length - 1; k++) {
    const t = toks[k]?.tokenType;
    if (t === open) depth++;
    else if (t === close && --depth === 0) return false;
  }
  return true;
}

/** "-- Revenue up 14%; backlog reaches record $212 million --": a line between dashes. */
function isDashWrapped(line: Line): boolean {
  const first = line.tokens[0];
  const last = line.tokens[line.tokens.length - 1];
  const dash = (t: IToken | undefined): boolean => t?.tokenType === T.Hyphen || t?.tokenType === T.Dashes;
  return line.tokens.length > 2 && dash(first) && dash(last);
}

/** Words long enough to be capitalised in Title Case (short function words need not be). */
const longWords = (line: Line): IToken[] => line.tokens.filter((t) => tokenMatcher(t, T.AnyWord) && t.image.length >= 4);

/** Every long word capitalised, two at least: "Frayne Instruments Reports First Quarter Results". */
function isTitleCaseLine(line: Line): boolean {
  const ws = longWords(line);
  return ws.length >= 2 && ws.every((w) => /^\p{Lu}/u.test(w.image));
}

/** Two long words or more in lower case after the first word: "Company raises full-year revenue outlook". */
function isSentenceCaseLine(line: Line): boolean {
  return longWords(line).filter((w, i) => (i > 0 || w !== line.tokens[0]) && /^\p{Ll}/u.test(w.image)).length >= 2;
}

/** A line whose letters are all capitals (and that has some). */
function isCapitalLine(line: Line): boolean {
  return isUpperCaseWords(line.tokens.filter((t) => tokenMatcher(t, T.AnyWord)));
}

/**
 * A date line written under the headline in the same block ("Monday March 7, 8:31 am ET")
 * is not part of it: it becomes a paragraph of its own.
 */
export function splitDateLines(view: DocView, blocks: Planned[]): Planned[] {
  const out: Planned[] = [];
  for (const b of blocks) {
    if (b.role === 'paragraph' && b.last === b.first) {
      append(out, dateColumnApart(view, b));
      continue;
    }
    if (b.role !== 'paragraph') {
      out.push(b);
      continue;
    }
    let last = b.last;
    while (last > b.first && isDateOnly(view.doc.lines[last]?.tokens ?? []) && !endsWithJoiner(view.doc.lines[last - 1]?.tokens ?? [])) last--;
    if (last === b.last) {
      out.push(b);
      continue;
    }
    out.push(partOf(view, b, b.first, last, b.rules));
    out.push(partOf(view, b, last + 1, b.last, [...b.rules, 'date-line-split']));
  }
  return out;
}


/**
 * A date set in a column of its own at the end of a line, a gutter before it, is no part of
 * the line's text: it becomes a paragraph of its own.
 *
 * > | MOELFRE SHIPPING REPORTS FIRST QUARTER 2001 RESULTS                June 12, 2001
 */
function dateColumnApart(view: DocView, b: Planned): Planned[] {
  // The block's own cells (a column already set apart from its line holds only some).
  const cells = (view.evidence[b.first]?.cells ?? []).filter((c) => (c.tokens[0]?.startOffset ?? -1) >= b.start && (c.tokens[c.tokens.length - 1]?.startOffset ?? Infinity) < b.end);
  const date = cells[cells.length - 1];
  const rest = cells[cells.length - 2];
  if (cells.length < 2 || !date || !rest || !isDateOnly(date.tokens)) return [b];
  const restEnd = rest.tokens[rest.tokens.length - 1];
  const dateStart = date.tokens[0];
  if (!restEnd || !dateStart) return [b];
  return [
    { ...b, rules: [...b.rules], end: endOf(restEnd) },
    derive(b, 'date-line-split', { start: dateStart.startOffset }),
  ];
}

/** Most words of a note's label ("NOTE TO EDITORS:", "EDITORS' NOTE:"). */
const NOTE_LABEL_WORDS = 4;

/**
 * A note to editors opens with a label naming it a note ("EDITORS' NOTE: A photograph of
 * the tanker is available …"): it tells the desk something, it is no headline.
 */
function isNote(toks: readonly IToken[]): boolean {
  const colon = toks.findIndex((t) => t.tokenType === T.Colon);
  if (colon <= 0 || colon > NOTE_LABEL_WORDS + 2) return false;
  return toks.slice(0, colon).some((t) => /^notes?$/i.test(t.image));
}

/** Most words of a kicker line. */
const KICKER_WORDS = 3;

/**
 * A kicker: one short line in capitals that names the kind of news above a headline of
 * many more words. It is not the headline; the headline is under it.
 *
 * > | QUARTERLY RESULTS
 * > |
 * > | Halberd Instruments Posts Record First Quarter
 * > | Revenue of $22.4 Million
 */
export function isKicker(view: DocView, b: Planned, headline: Planned): boolean {
  const lines = contentLines(view, b);
  const line = lines[0];
  if (lines.length !== 1 || !line) return false;
  const kicker = words(line.tokens).length;
  const under = words(blockTokens(view, headline)).length;
  if (isCapitalLine(line)) return kicker <= KICKER_WORDS && under >= 2 * kicker + 2;
  // In Title Case a kicker is a name of two words at most ("Dividend Announcement") over a
  // headline of four times as many: a headline so short is rare, its subheadline so long too.
  return kicker <= TITLE_CASE_KICKER_WORDS && isTitleCaseLine(line) && under >= 4 * kicker;
}

/** Most words of a kicker in Title Case. */
const TITLE_CASE_KICKER_WORDS = 2;


/** A headline's last token leaves it open: a comma, a semicolon ("… Results;" / "Will Close …") or a joining word. */
function stopsMidPhrase(toks: readonly IToken[]): boolean {
  return endsWithJoiner(toks) || toks[toks.length - 1]?.tokenType === T.Semicolon;
}

/**
 * A headline that stops mid-phrase, on a comma, a semicolon or a joining word, goes on in the block under
 * it: no headline ends so, and set apart by a blank line (two paragraphs of an HTML page,
 * say) its second part would read as a subheadline.
 *
 * > | Acme Reports Second Quarter Results,
 * > |
 * > | Highlighted by Record Sales in Europe
 */
export function joinRunOnHeadlines(view: DocView, blocks: readonly Planned[]): Planned[] {
  const out: Planned[] = [];
  for (const b of blocks) {
    const above = out[out.length - 1];
    if (above?.role === 'headline' && b.role === 'subheadline' && stopsMidPhrase(blockTokens(view, above)) && onlyBlankBetween(view, above.last, b.first)) {
      above.last = b.last;
      above.end = b.end;
      above.rules.push('headline-runs-on');
      continue;
    }
    out.push(b);
  }
  return out;
}
