/**
 * Line shapes: whether a line (or a cell of one) is an end marker, a rule, a title, an
 * exhibit label, a slug line, an editor line, a contact label, a table row or a list item.
 * Each check runs a line-grammar rule and then looks at the words it matched.
 */
import { tokenMatcher, type IToken, type TokenType } from 'chevrotain';
import * as T from '../../grammars/tokens/text.js';
import { textLexer } from '../../grammars/tokens/text.js';
import { lineGrammar } from '../../grammars/line.js';
import { matchPrefix, matchWhole, type Match } from './match.js';
import type { LineCell } from './layout/cells.js';
import { isUpperCaseWords } from './text/case.js';
import { isPhoneShaped } from './text/phone-shape.js';
import { CONTACT_LABEL_WORDS, CONTACT_ROLE_WORDS, type WordList } from './lexicon/index.js';
import { readDateline } from './constructs/dateline/reader.js';
import { endOf } from './cst.js';
import type { Line } from './lex.js';

/** Punctuation a contact label may hold besides words. */
const LABEL_TOKENS = new Set<TokenType>([T.LBracket, T.Slash, T.Ampersand, T.Comma, T.Hyphen, T.Period]);


/** SGML tags that open, close or lay out a table in EDGAR text. */
const TABLE_TAGS = new Set(['<table>', '</table>', '<s>', '<c>', '<caption>', '</caption>', '<fn>', '</fn>']);

/** Lower-case roman numerals up to 39, and single letters, as list markers. */
const ROMAN = /^x{0,3}(?:ix|iv|v?i{0,3})$/i;

/** Most tokens an end-marker line takes. */
const MAX_END_MARKER_TOKENS = 12;

/** "###", "-###-", "-30-", "- END -", "-0- 10/26/2006": end-marker shapes with the right numbers. */
export function isEndMarker(toks: readonly IToken[]): boolean {
  // The longest forms are "-0- 10/26/2006" (8 tokens) and "(END) DOW JONES NEWS 04-11-95" (11).
  if (toks.length > MAX_END_MARKER_TOKENS || !mayEndRelease(toks)) return false;
  const m = matchWhole(lineGrammar, lineGrammar.endMarker, toks);
  if (!m) return false;
  const num = toks.find((t) => t.tokenType === T.Number);
  // Only the dash forms "-30-" and "-0-" carry a number before any date.
  if (num && num === toks[1] && num.image !== '30' && num.image !== '0') return false;
  if (toks[0]?.tokenType === T.Hashes) return toks.reduce((n, t) => n + t.image.length, 0) >= 3;
  return true;
}

/** Characters a rule line is drawn with. */
const RULE_TOKENS = new Set<TokenType>([T.Hyphen, T.Dashes, T.Equals, T.Underscores, T.Tildes, T.Stars]);

/** Cheap look at the first tokens of an end marker: hashes, a dash before 0/30/END/###, or END. */
function mayEndRelease(toks: readonly IToken[]): boolean {
  const first = toks[0];
  if (!first) return false;
  if (first.tokenType === T.Hashes) return toks.every((t) => t.tokenType === T.Hashes);
  if (first.tokenType === T.Hyphen || first.tokenType === T.Dashes) {
    const second = toks[1];
    if (second?.tokenType === T.Hashes) return second.image.length >= 3;
    return second !== undefined && (second.tokenType === T.KwEnd || (second.tokenType === T.Number && (second.image === '0' || second.image === '30')));
  }
  if (first.tokenType === T.LParen) return toks[1]?.tokenType === T.KwEnd && toks[2]?.tokenType === T.RParen;
  // "ENDS", in capitals, alone on its line (the British closing); a word "end" is not one.
  return toks.length === 1 && first.tokenType === T.KwEnd && first.image === 'ENDS';
}

export function isRule(toks: readonly IToken[]): boolean {
  if (!toks.every((t) => RULE_TOKENS.has(t.tokenType))) return false;
  if (!matchWhole(lineGrammar, lineGrammar.ruleLine, toks)) return false;
  return toks.reduce((n, t) => n + t.image.length, 0) >= 3;
}

/**
 * A release title: "PRESS RELEASE", "FOR IMMEDIATE RELEASE", "INVESTOR NEWS" …
 *
 * > | FOR IMMEDIATE RELEASE: MONDAY, MARCH 11, 2002
 * > | HOLD FOR RELEASE UNTIL 10:00 A.M. EST, FRIDAY, DECEMBER 10, 1993
 * > | ASX / MEDIA RELEASE
 * > | N E W S   R E L E A S E
 */
export function isReleaseTitle(cell: LineCell, source: string): boolean {
  const toks = cell.tokens;
  const first = toks[0];
  const second = toks[1];
  // Cheap look first: "FOR" must go on with "IMMEDIATE" or "RELEASE"; titles are short.
  if (!first || toks.length > 24) return false;
  if (first.tokenType === T.KwFor && second?.tokenType !== T.KwImmediate && second?.tokenType !== T.KwRelease && second?.tokenType !== T.KwDistribution) return false;
  if (first.tokenType === T.KwHold && second?.tokenType !== T.KwFor) return false;
  if (isLetterSpaced(toks)) return isReleaseTitleWords(lettersAsWords(cell));
  const m = opensReleaseTitle(toks) ? matchPrefix(lineGrammar, lineGrammar.releaseTitleStart, toks, 5) : null;
  if (!m) return endsWithTitle(toks);
  if (m.consumed === toks.length) return true;
  // "FOR RELEASE: 4:05 PM EST", "FOR IMMEDIATE RELEASE: MONDAY, MARCH 11, 2002", "HOLD FOR
  // RELEASE UNTIL …", "EMBARGOED UNTIL …": the time or date the release is for is part of it.
  const timed = (first.tokenType === T.KwFor || first.tokenType === T.KwHold) && namesTime(toks.slice(m.consumed)) && titledDatelineAt(source, toks, m.consumed) < 0;
  return timed || (first.tokenType === T.KwFor && second?.tokenType === T.KwRelease) || (first.tokenType === T.KwEmbargoed && /^\p{Lu}/u.test(first.image));
}

/** Words that may follow a release kind ("MEDIA RELEASE", "INVESTOR ALERT", "INVESTOR NEWS"). */
const AFTER_RELEASE_KIND = new Set<TokenType>([T.KwRelease, T.KwNotice, T.KwNews]);

/**
 * Whether the title grammar (`releaseTitle` in grammars/line.ts) can match at the start of
 * `toks`, judged from the keywords that open its alternatives. "Financial results …" starts
 * like "FINANCIAL RELEASE" and fails on its second word, and a failed chevrotain match costs
 * an exception: a word or two looked at first say the same for a fraction of that.
 */
function opensReleaseTitle(toks: readonly IToken[]): boolean {
  const type = (k: number): TokenType | undefined => toks[k]?.tokenType;
  // [HOLD] FOR [IMMEDIATE] RELEASE
  const last = (k: number): boolean => type(k) === T.KwRelease || type(k) === T.KwDistribution;
  const forRelease = (k: number): boolean => type(k) === T.KwFor && (last(k + 1) || (type(k + 1) === T.KwImmediate && last(k + 2)));
  switch (type(0)) {
    case T.KwHold:
      return forRelease(1);
    case T.KwFor:
      return forRelease(0);
    case T.KwReleaseKind:
      return AFTER_RELEASE_KIND.has(type(1) as TokenType);
    case T.KwImmediate:
      return type(1) === T.KwRelease;
    // PRESS …, NEWS …, EMBARGOED …: the word alone is a title's start.
    case T.KwPress:
    case T.KwNews:
    case T.KwEmbargoed:
      return true;
    default:
      return false;
  }
}

/** Whether tokens name a day or a time of day: a weekday, a month, or hours and minutes. */
/** Tokens after a dateline that show running text goes on after it (the line may end soon after). */
const RUNNING_ON = 1;

/**
 * Where a dateline opens after a release title and a dash, the body's first sentence running
 * on after it ("FOR IMMEDIATE RELEASE -- KANSAS CITY, Mo., Nov. 5, 2002 -- Mirabel Foods …"):
 * the index of the dateline's first token, or -1. `title` tokens are the title's.
 */
export function titledDatelineAt(source: string, toks: readonly IToken[], title: number): number {
  const sep = toks[title];
  if (sep?.tokenType !== T.Dashes && sep?.tokenType !== T.Hyphen) return -1;
  const rest = toks.slice(title + 1);
  const d = readDateline(source, rest);
  if (!d || (d.date === null && !d.hasWire)) return -1;
  const after = rest.filter((t) => t.startOffset >= d.end).length;
  return after >= RUNNING_ON ? title + 1 : -1;
}

function namesTime(toks: readonly IToken[]): boolean {
  return toks.some((t, k) => t.tokenType === T.Weekday || t.tokenType === T.Month || (t.tokenType === T.Colon && toks[k - 1]?.tokenType === T.Number && toks[k + 1]?.tokenType === T.Number));
}

/** Most words a qualifier before a title takes ("ASX / MEDIA RELEASE", "JOINT NEWS RELEASE"). */
const TITLE_QUALIFIER = 2;

/** Marks a title's qualifier may hold besides words ("ASX / MEDIA RELEASE"). */
const QUALIFIER_MARKS = new Set<TokenType>([T.Slash, T.Ampersand, T.Hyphen]);

/** A short line in capitals that ends in a title: a qualifier, then "MEDIA RELEASE". */
function endsWithTitle(toks: readonly IToken[]): boolean {
  if (toks.length < 3 || toks.length > TITLE_QUALIFIER + 2 || !isUpperCaseWords(toks)) return false;
  if (!toks.slice(0, -2).every((t) => tokenMatcher(t, T.AnyWord) || QUALIFIER_MARKS.has(t.tokenType))) return false;
  return matchWhole(lineGrammar, lineGrammar.releaseTitle, toks.slice(-2)) !== null;
}

/** Letters set apart by single spaces, words by wider gaps: "N E W S   R E L E A S E". */
function isLetterSpaced(toks: readonly IToken[]): boolean {
  return toks.length >= 4 && toks.every((t) => t.image.length === 1 && tokenMatcher(t, T.AnyWord));
}

/** The words of a letter-spaced cell: letters one column apart join, wider gaps part words. */
function lettersAsWords(cell: LineCell): string[] {
  const words: string[] = [];
  let last = -Infinity;
  for (const t of cell.tokens) {
    if (t.startOffset - last > 2 || words.length === 0) words.push(t.image);
    else words[words.length - 1] += t.image;
    last = t.startOffset;
  }
  return words;
}

/** Words that make a title when read together ("NEWS RELEASE"), by the title grammar. */
function isReleaseTitleWords(words: readonly string[]): boolean {
  const toks = textLexer.tokenize(words.join(' ')).tokens;
  return toks.length > 0 && matchWhole(lineGrammar, lineGrammar.releaseTitle, toks) !== null;
}

/** The slug grammar's match of a wire slug line's codes ("(BW) (NY-ACME) (NASDAQ:ACME) …"). */
export function slugMatch(toks: readonly IToken[]): Match | null {
  // "(BW)": a word alone in parentheses opens the line.
  if (toks[0]?.tokenType !== T.LParen || !toks[1] || !tokenMatcher(toks[1], T.AnyWord) || toks[2]?.tokenType !== T.RParen) return null;
  const m = matchPrefix(lineGrammar, lineGrammar.slugStart, toks, 40);
  if (!m) return null;
  const code = toks[1]?.image ?? '';
  // Wire codes are short capitals ("BW", "PRN"), and a slug line has more than the code.
  return code.length >= 2 && code.length <= 5 && code === code.toUpperCase() && m.consumed >= 4 ? m : null;
}

export function isEditorLine(toks: readonly IToken[]): boolean {
  if (!toks.some((t) => t.tokenType === T.KwEditor)) return false;
  if (!matchWhole(lineGrammar, lineGrammar.editorLine, toks)) return false;
  // "BUSINESS EDITORS" in capitals, or a capitalised address with a colon ("Attention
  // Business Editors:") — never a sentence that mentions editors.
  if (isUpperCaseWords(toks)) return true;
  const words = toks.filter((t) => tokenMatcher(t, T.AnyWord));
  return toks[toks.length - 1]?.tokenType === T.Colon && words.length <= 6 && words.every((t) => /^\p{Lu}/u.test(t.image));
}

export function isContactLabel(toks: readonly IToken[]): boolean {
  if (isBareContactLabel(toks)) return true;
  // A label is a few words and a colon.
  const colon = toks.findIndex((t) => t.tokenType === T.Colon);
  if (colon < 1 || colon > 8 || !toks.slice(0, colon).every((t) => LABEL_TOKENS.has(t.tokenType) || tokenMatcher(t, T.AnyWord))) return false;
  const m = matchPrefix(lineGrammar, lineGrammar.contactLabelStart, toks, 10);
  if (!m) return false;
  const words = toks.slice(0, m.consumed).filter((t) => tokenMatcher(t, T.AnyWord));
  if (words.length === 0 || words.length > 6) return false;
  // "AT THE COMPANY:", "At Financial Relations Board:": where the people below can be reached,
  // in capitals or title case, the whole line.
  if (words[0]?.image.toLowerCase() === 'at' && words.length >= 2 && m.consumed === toks.length && words.slice(1).every((w) => /^[A-Z]/.test(w.image) || w.image === 'the')) {
    return true;
  }
  let hasContact = false;
  let hasRole = false;
  for (const w of words) {
    const lower = w.image.toLowerCase();
    if (w.tokenType === T.KwContact) hasContact = true;
    else if (CONTACT_ROLE_WORDS.has(lower)) hasRole = true;
    else if (!CONTACT_LABEL_WORDS.has(lower)) return false;
  }
  // "For further information:", "For more information:".
  const informs = words[0]?.tokenType === T.KwFor && words.some((w) => w.image.toLowerCase() === 'information');
  return hasContact || hasRole || informs;
}

/**
 * A label alone on its line without a colon, as HTML letterheads set them in bold:
 * "Investor Relations Contact", "Media Contacts" — label words ending in "Contact(s)".
 */
function isBareContactLabel(toks: readonly IToken[]): boolean {
  const last = toks[toks.length - 1];
  if (last?.tokenType !== T.KwContact || toks.length > 5) return false;
  // The label words take in the role words.
  return toks.every((t) => t.tokenType === T.KwContact || isCapitalLabelWord(t, CONTACT_LABEL_WORDS));
}

/**
 * A capitalised word of `words`, as a label is written ("Investor", "Media"; "Contact" too
 * when `contact`): the words of labels written without a colon, or heading columns.
 */
export function isCapitalLabelWord(t: IToken, words: WordList, contact = false): boolean {
  return tokenMatcher(t, T.AnyWord) && /^\p{Lu}/u.test(t.image) && ((contact && t.tokenType === T.KwContact) || words.has(t.image.toLowerCase()));
}

/** Whether the line is an SGML `</TABLE>` tag, which closes a table. */
export function isTableEndLine(toks: readonly IToken[]): boolean {
  return toks[0]?.tokenType === T.SgmlTag && toks[0].image.toLowerCase() === '</table>';
}

export function isTableTagLine(toks: readonly IToken[]): boolean {
  const first = toks[0];
  return first?.tokenType === T.SgmlTag && TABLE_TAGS.has(first.image.toLowerCase());
}

/** Tokens a number cell may hold: "$ (1,234.5)", "12%", "-", "--". */
const NUMERIC_TOKENS = new Set<TokenType>([T.Number, T.Dollar, T.Percent, T.LParen, T.RParen, T.Hyphen, T.Dashes, T.Period, T.Comma]);

export function isNumericCell(cell: LineCell): boolean {
  if (!cell.tokens.every((t) => NUMERIC_TOKENS.has(t.tokenType))) return false;
  if (isPhoneShaped(cell.tokens)) return false;
  return cell.tokens.some((t) => t.tokenType === T.Number || t.tokenType === T.Hyphen || t.tokenType === T.Dashes);
}

/** A fixed-width table row: two or more cells, one after the first holding a number. */
export function isTableRow(cellList: readonly LineCell[]): boolean {
  if (cellList.length < 2) return false;
  return cellList.slice(1).some(isNumericCell) || cellList.filter(isNumericCell).length >= 2;
}

/** Types of a first token that may open a list item. */
const LIST_OPENERS = new Set<TokenType>([T.BulletChar, T.Stars, T.Hyphen, T.Dashes, T.Number, T.LParen]);

/** A cheap first look: a marker token, "o", or a short word closed by "." or ")". */
function mayOpenList(toks: readonly IToken[]): boolean {
  const first = toks[0];
  if (!first) return false;
  const next = toks[1]?.tokenType;
  if (first.tokenType === T.Number) return next === T.Period || next === T.RParen;
  // "(1)", "(iv)": a short number or word closed right after.
  if (first.tokenType === T.LParen) return toks[2]?.tokenType === T.RParen && (toks[1]?.image.length ?? 99) <= 5;
  if (LIST_OPENERS.has(first.tokenType)) return true;
  return first.image === 'o' || (first.image.length <= 4 && (next === T.Period || next === T.RParen));
}

/**
 * Whether a line opens with a bullet or an item number followed by text. `itemPlace`: the
 * line stands where an item may open — nothing above it but a blank line, an item opened by
 * the same dash, or a line closed by ";" or ":" — where an em dash opens an item as a bullet;
 * inside running text it is a dash that opens a wrapped line.
 */
export function startsWithListMarker(toks: readonly IToken[], itemPlace = false): boolean {
  if (!mayOpenList(toks)) return false;
  const m = matchPrefix(lineGrammar, lineGrammar.listMarkerStart, toks, 3);
  if (!m || m.consumed >= toks.length) return false;
  const first = toks[0];
  const last = toks[toks.length - 1];
  if (!first || !last) return false;
  const t = first.tokenType;
  if (t === T.Hyphen || t === T.Dashes) {
    // "- SUBHEAD -" wrapped in dashes is a subheadline, not a bullet; "- -" is EDGAR's escaped dash.
    if (last.tokenType === T.Hyphen || last.tokenType === T.Dashes || toks[1]?.tokenType === T.Hyphen) return false;
    // "--" opens a bullet only when written as one: two hyphens, or an en dash (Windows-1252
    // documents type bullets so), or an em dash where an item may open; not a long rule.
    // An en dash is a bullet only with space after it ("–  the price of oil"), as typed.
    const spaced = toks[1] !== undefined && toks[1].startOffset > first.startOffset + first.image.length;
    return t === T.Hyphen || first.image === '--' || (first.image === '\u2013' && spaced) || (first.image === '\u2014' && spaced && itemPlace);
  }
  if (t === T.Stars) return first.image.length === 1;
  if (t === T.BulletChar) return true;
  if (t === T.Number) return !first.image.includes('.') && !first.image.includes(',') && Number(first.image) <= 50;
  if (t === T.LParen) {
    const inner = toks[1];
    if (!inner) return false;
    if (inner.tokenType === T.Number) return Number(inner.image) <= 50 && !inner.image.includes('.');
    return inner.image.length === 1 || ROMAN.test(inner.image);
  }
  // A bare word: "o" bullets, or "a." / "iv)" with closing punctuation — and then a gap,
  // or "U.S. producer" at the start of a wrapped line would open a list.
  const after = toks[m.consumed];
  const close = toks[m.consumed - 1];
  if (!after || !close || after.startOffset === close.startOffset + close.image.length) return false;
  if (m.consumed === 1) return first.image === 'o';
  return first.image.length === 1 || ROMAN.test(first.image);
}


/** What may follow an exhibit label on its cell: "EXHIBIT 99.1 - PRESS RELEASE". */
const LABEL_TAIL = new Set<TokenType>([T.Hyphen, T.Dashes, T.Colon]);

/** Most tokens a label takes: "Exhibit No. (a)(1)(A)" is 12. */
export const EXHIBIT_LABEL_TOKENS = 16;

/** Most tokens of a filer's header before the label it closes with ("ACME CORP. - FORM 8-K - EXHIBIT 99.1"). */
const LABEL_HEADER_TOKENS = 16;

/**
 * The label grammar's match when a cell is an exhibit label ("Exhibit 99.1"), alone or before
 * a dash and a description, or closing a filer's header after a dash ("MOELFRE SHIPPING LTD. -
 * FORM 8-K - EXHIBIT 99.1").
 */
export function exhibitLabelMatch(cell: LineCell): Match | null {
  const toks = cell.tokens;
  if (toks[0]?.tokenType !== T.KwExhibit) {
    const at = Math.max(1, toks.length - EXHIBIT_LABEL_TOKENS);
    for (let k = at; k < toks.length && k <= LABEL_HEADER_TOKENS; k++) {
      const dash = toks[k - 1];
      if (toks[k]?.tokenType !== T.KwExhibit || !dash || (dash.tokenType !== T.Hyphen && dash.tokenType !== T.Dashes)) continue;
      const m = matchPrefix(lineGrammar, lineGrammar.exhibitLabelStart, toks.slice(k), EXHIBIT_LABEL_TOKENS);
      if (m && k + m.consumed === toks.length) return m;
    }
    return null;
  }
  const m = matchPrefix(lineGrammar, lineGrammar.exhibitLabelStart, toks, EXHIBIT_LABEL_TOKENS);
  if (!m) return null;
  const next = toks[m.consumed];
  return next === undefined || (LABEL_TAIL.has(next.tokenType) && m.consumed + 1 < toks.length) ? m : null;
}

/** Whether a cell is an exhibit label. */
export const isExhibitLabel = (cell: LineCell): boolean => exhibitLabelMatch(cell) !== null;

/** Most lines of a header of fields that are looked at. */
export const FIELD_LINES = 8;

/** Most words of a field's name ("Sent", "Release Date"). */
const FIELD_NAME_WORDS = 2;

/**
 * Lines that each open with a field's name and a colon, the value after it ("From:", "Sent:",
 * "To:", "Subject:" of an e-mail pasted above the release): a header, not running text, so
 * no dateline ("Sent:     Wednesday, March 14, 2007 7:02 AM" names no place).
 */
export function isFieldBlock(lines: readonly Line[]): boolean {
  if (lines.length < 2) return false;
  return lines.every((l) => {
    const colon = l.tokens.findIndex((t) => t.tokenType === T.Colon);
    const name = l.tokens.slice(0, colon);
    const before = name[name.length - 1];
    return colon > 0 && colon <= FIELD_NAME_WORDS && colon < l.tokens.length - 1 && before !== undefined && endOf(before) === l.tokens[colon]?.startOffset && name.every((t) => /^[A-Z]/.test(t.image));
  });
}
