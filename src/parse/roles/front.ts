/**
 * Front matter: the wire slug, the dateline paragraph, the headline and subheadlines, and
 * contact details that continue a contact block. How releases are laid out, in rules:
 *
 * - The body starts with the dateline paragraph: the first paragraph that opens with a
 *   place followed by a date, a wire or a dash, and goes on after it.
 * - The headline is the first headline-like block above the body; later ones are
 *   subheadlines. A wire slug line carries the headline after its codes.
 * - Headline-like: up to four short lines of words, no contact details, not a date,
 *   not a logo placeholder.
 */
import { tokenMatcher, type IToken, type TokenType } from 'chevrotain';
import type { Line } from '../lex.js';
import { isUpperCaseWords } from '../text/case.js';
import { endOf } from '../cst.js';
import { readDateline, type DatelineMatch } from '../inline/dateline.js';
import { assign, blockTokens, contentLines, derive, onlyBlankBetween, planned, SAMPLE_TOKENS, type DocView, type Planned } from './plan.js';
import { findTickers } from '../inline/tickers.js';
import * as T from '../../../grammars/tokens/text.js';
import { lineCells } from '../layout/cells.js';
import { isProseContact, proseContactStart, RELEASE_NUMBER_LABEL } from '../inline/contacts/index.js';
import { isContactLabel } from '../shapes.js';
import { spanText } from '../cst.js';
import { capitalisedShare, hasContactDetail, isDateOnly, isPlaceholder, words } from './signals.js';
import { isAddressLine } from '../inline/contacts/segments.js';
import { FIRM_ENDINGS, OPEN_ENDINGS } from '../lexicon/index.js';

/** Splits a slug block into the slug line proper and the headline that follows its codes. */
export function splitSlugLines(view: DocView, blocks: Planned[]): Planned[] {
  const out: Planned[] = [];
  for (const b of blocks) {
    if (b.role !== 'slugLine') {
      out.push(b);
      continue;
    }
    const toks = view.doc.lines[b.first]?.tokens ?? [];
    const m = view.evidence[b.first]?.slug;
    const lastCode = m ? toks[m.consumed - 1] : undefined;
    const rest = m ? toks[m.consumed] : undefined;
    if (!lastCode) {
      out.push(derive(b, 'slug-line-unmatched', { role: 'paragraph' }));
      continue;
    }
    if (!rest && b.last === b.first) {
      out.push(b);
      continue;
    }
    out.push({ ...b, rules: [...b.rules], last: b.first, end: endOf(lastCode) });
    const headStart = rest ? rest.startOffset : (view.doc.lines[b.first + 1]?.contentStart ?? b.end);
    out.push(derive(b, 'slug-line-headline', { role: 'headline', first: rest ? b.first : b.first + 1, start: headStart }));
  }
  return out;
}

/** Tokens after a dateline that show the paragraph goes on as running text. */
const MIN_BODY_TOKENS = 4;

/** Index of the dateline paragraph, with its dateline marked; -1 when none is found. */
export function findDateline(view: DocView, blocks: Planned[]): number {
  let seen = 0;
  let bodyParagraphs = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b) break;
    if (b.role !== 'paragraph') continue;
    // The dateline opens the first paragraph of running text; look no further than the
    // third such paragraph.
    if (++seen > 15 || (isRunningText(view, b) && ++bodyParagraphs > 3)) break;
    const found = datelineIn(view, b);
    if (!found) continue;
    if (found.line === b.first) {
      b.dateline = found.dateline;
      b.rules.push('dateline-paragraph');
      return i;
    }
    // Lines above the dateline in the same block (a headline with no blank line under
    // it) are a block of their own.
    const above = planned(view, 'paragraph', b.first, found.line - 1, [...b.rules, 'dateline-split-above']);
    const from = planned(view, 'paragraph', found.line, b.last, [...b.rules, 'dateline-paragraph']);
    from.dateline = found.dateline;
    blocks.splice(i, 1, above, from);
    return i + 1;
  }
  return -1;
}

/** Deepest indent of a dateline's line below other lines of its block (a paragraph indent). */
const DATELINE_INDENT = 8;

/** How many lines into a block a dateline may start (under a headline left unspaced). */
const DATELINE_LINE_REACH = 4;

/**
 * The dateline of a paragraph: at its first line, or at the start of one of its next few
 * lines when the line above ends a phrase (a dateline starts a line; its place never runs
 * on from the line above, so the place is read from a line start).
 */
function datelineIn(view: DocView, b: Planned): { line: number; dateline: DatelineMatch } | null {
  const toks = blockTokens(view, b);
  const lines = contentLines(view, b).slice(0, DATELINE_LINE_REACH);
  for (const [k, line] of lines.entries()) {
    const above = lines[k - 1];
    if (k > 0 && endsWithJoiner(above?.tokens ?? [])) continue;
    // Under an unspaced headline the dateline comes back to the margin; a line set in as far
    // as the line above is still the headline ("… THREE RURAL" / "HOSPITALS TO … --").
    if (above && line.indent > DATELINE_INDENT && line.indent >= above.indent - 4) continue;
    const from = toks.findIndex((t) => t.startOffset >= line.contentStart);
    if (from < 0) break;
    const rest = toks.slice(from);
    const d = readDateline(view.doc.source, rest);
    if (!d) continue;
    const after = rest.filter((t) => t.startOffset >= d.end);
    if (after.length >= MIN_BODY_TOKENS) return { line: line.index, dateline: d };
    // A full dateline (wire and date) may stand alone, or before a run-in label such as
    // Business Wire's "Regulatory News:", with the body in the next paragraph.
    const label = after.length === 0 || after[after.length - 1]?.tokenType === T.Colon;
    if (d.hasWire && d.date !== null && label && k === 0) return { line: line.index, dateline: d };
  }
  return null;
}

/**
 * Three lines or more of mostly lower-case words: running text rather than a title, a
 * label or a long subheadline in title case ("– Partnership Combines Alnylam's Leadership
 * in RNAi Therapeutics with Roche's Proven Track Record … –").
 */
function isRunningText(view: DocView, b: Planned): boolean {
  return b.last - b.first >= 2 && contentLines(view, b).length >= 3 && capitalisedShare(blockTokens(view, b, SAMPLE_TOKENS)) <= 0.6;
}

/**
 * Where the body starts when no dateline was found: the first paragraph of running text
 * (three lines or more, or one long line).
 */
export function findBodyStart(view: DocView, blocks: readonly Planned[]): number {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b || b.role !== 'paragraph' || isLetterhead(view, b)) continue;
    const lines = contentLines(view, b);
    const toks = blockTokens(view, b, SAMPLE_TOKENS);
    let longest = 0;
    for (const l of lines) longest = Math.max(longest, l.right - l.indent);
    // Running text: sentences in mostly lower-case words, over lines or one long line.
    if (capitalisedShare(toks) > 0.6) continue;
    if (lines.length >= 3 || (longest >= 60 && words(toks).length >= 12)) return i;
  }
  return blocks.length;
}

/** Most lines a letterhead block spans (logo, name, two address lines, phone, fax, web). */
const LETTERHEAD_LINES = 8;

/** Last words of a company's name ("… CORPORATION", "…, Inc."). */

/**
 * Letterhead: a logo placeholder, a postal address (a ZIP code), or a company's name
 * alone on its line. None of it is a headline or the start of the body.
 */
function isLetterhead(view: DocView, b: Planned): boolean {
  // A letterhead is a few short lines; a long block is something else.
  if (b.last - b.first >= LETTERHEAD_LINES) return false;
  const toks = blockTokens(view, b);
  if (toks[0]?.tokenType === T.LBracket && toks.some((t) => t.tokenType === T.RBracket)) return true;
  const lines = contentLines(view, b);
  if (lines.some((l) => isAddressLine(l.tokens))) return true;
  if (lines.length !== 1) return false;
  // "ACME WIDGETS, INC." alone, or in the first column ("HOLLOWAY BRANDS, INC.   NYSE: HBR").
  const first = lines[0] ? lineCells(lines[0], 3)[0] : undefined;
  return [toks, first?.tokens ?? []].some((cell) => {
    const ws = words(cell);
    const last = ws[ws.length - 1];
    return ws.length <= 6 && last !== undefined && FIRM_ENDINGS.has(last.image.toLowerCase());
  });
}

/** Whether tokens read whole as a dateline with a date: a place and a date, nothing after. */
function isDatelineOnly(view: DocView, toks: readonly IToken[]): boolean {
  const last = toks[toks.length - 1];
  const d = readDateline(view.doc.source, toks);
  return d !== null && d.date !== null && last !== undefined && d.end >= endOf(last);
}

/** Blocks that may stand between a headline and its subheadlines. */
const WITHIN_HEADLINES = new Set<Planned['role']>(['paragraph', 'pageBreak', 'rule']);

/**
 * Marks headline and subheadlines among the blocks before the body. They are the last run of
 * headline-like blocks above the body: a title, a label or a contact block between two such
 * blocks shows the upper one to be letterhead (the firm's name over "PRESS RELEASE").
 *
 * > | CARROW FEDERAL SAVINGS BANK          <- letterhead
 * > | PRESS RELEASE
 * > | CARROW FEDERAL REPORTS EARNINGS …    <- headline
 */
export function markHeadlines(view: DocView, blocks: Planned[], bodyStart: number): void {
  let headline = blocks.slice(0, bodyStart).some((b) => b.role === 'headline');
  const candidates: number[] = [];
  for (let i = 0; i < bodyStart; i++) {
    const b = blocks[i];
    if (b && b.role === 'paragraph' && !b.aside && isHeadlineLike(view, b)) candidates.push(i);
  }
  // The last run: candidates with only paragraphs, rules or page breaks between them.
  let from = candidates.length - 1;
  while (from > 0 && blocks.slice((candidates[from - 1] ?? 0) + 1, candidates[from]).every((b) => WITHIN_HEADLINES.has(b.role))) from--;
  for (const i of candidates.slice(Math.max(0, from))) {
    const b = blocks[i];
    if (!b) continue;
    if (headline) assign(b, 'subheadline', 'subheadline-after-headline');
    else assign(b, 'headline', 'headline-first-above-body');
    headline = true;
  }
}

function isHeadlineLike(view: DocView, b: Planned): boolean {
  const lines = contentLines(view, b);
  if (lines.length === 0 || lines.length > 4) return false;
  const toks = blockTokens(view, b);
  if (words(toks).length < 2) return false;
  if (hasContactDetail(toks) || isDateOnly(toks) || isPlaceholder(toks) || isLetterhead(view, b)) return false;
  // A place and a date alone ("Denver, Colorado -- October 14, 2003") date the release.
  if (isDatelineOnly(view, toks)) return false;
  // A line that only names the listing ("NASDAQ: ASFI") is not a headline.
  const tickers = findTickers(view.doc.source, toks);
  if (tickers.length && words(toks).length <= 3) return false;
  return lines.every((l) => l.right - l.indent <= 100);
}

/** Marks that frame a lone word on its line: "-or-", "- and -", "(or)". */
const FRAMING = new Set<TokenType>([T.Hyphen, T.Dashes, T.LParen, T.RParen]);

/** Most lines of a block that goes on with a contact block above it (two people, six lines each). */
const MAX_CONTACT_LINES = 14;

/** Widest column of a contact block, in characters. */
const MAX_CONTACT_CELL = 60;

/**
 * Blocks right after a contact block (blank lines between) that hold contact details —
 * another person, a phone, an e-mail — laid out in short columns continue it. A table of
 * such columns (EDGAR wraps letterheads in <TABLE> tags) does too, unless it holds money.
 */
export function extendContacts(view: DocView, blocks: Planned[]): void {
  for (let i = 1; i < blocks.length; i++) {
    // A page turn between a contact block and what goes on with it changes nothing.
    let p = i - 1;
    while (p > 0 && blocks[p]?.role === 'pageBreak') p--;
    const prev = blocks[p];
    const b = blocks[i];
    if (!prev || !b || prev.role !== 'contact' || (b.role !== 'paragraph' && b.role !== 'table')) continue;
    const lines = contentLines(view, b);
    // "OR" alone between two people's blocks joins them (also framed: "-or-", "(or)").
    const only = lines.length === 1 ? lines[0]?.tokens.filter((t) => !FRAMING.has(t.tokenType)) : undefined;
    if (only?.length === 1 && (only[0]?.tokenType === T.KwOr || only[0]?.tokenType === T.KwAnd)) {
      assign(b, 'contact', 'contact-or-joiner');
      continue;
    }
    if (lines.length > MAX_CONTACT_LINES) continue;
    const toks = blockTokens(view, b);
    if (b.role === 'table' && toks.some((t) => t.tokenType === T.Dollar || t.tokenType === T.Percent)) continue;
    const narrow = lines.every((l) => lineCells(l, 3).every((c) => c.right - c.left <= MAX_CONTACT_CELL));
    // A label alone ("For further information:") announces the block under it, however set.
    const announced = prev.first === prev.last && endsWithColon(view, prev);
    if ((narrow || announced) && (hasContactDetail(toks) || (b.role === 'table' && toks.some((t) => t.tokenType === T.SgmlTag)))) assign(b, 'contact', 'contact-continues');
  }
}

/**
 * Consecutive contact blocks (only blank lines between) are one contact block: a label
 * line, columns of people, an address line after a blank line are read together.
 */
export function mergeContacts(view: DocView, blocks: Planned[]): Planned[] {
  const out: Planned[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (prev && prev.role === 'contact' && b.role === 'contact' && onlyBlankBetween(view, prev.last, b.first)) {
      prev.last = b.last;
      prev.end = b.end;
      prev.rules.push('contact-merge');
      continue;
    }
    out.push(b);
  }
  return out;
}

function endsWithColon(view: DocView, b: Planned): boolean {
  return view.doc.lines[b.last]?.tokens.at(-1)?.tokenType === T.Colon;
}



function endsWithJoiner(tokens: readonly IToken[]): boolean {
  const last = tokens[tokens.length - 1];
  return last !== undefined && (OPEN_ENDINGS.has(last.image.toLowerCase()) || last.tokenType === T.Comma);
}

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
    // A letterhead (the name in capitals over its street address) stays whole.
    const lines = b.role === 'paragraph' && !isLetterhead(view, b) ? contentLines(view, b) : [];
    const cut = lines.length > 1 ? caseCut(lines) : -1;
    const at = lines[cut];
    if (cut <= 0 || !at) {
      out.push(b);
      continue;
    }
    out.push(planned(view, 'paragraph', b.first, at.index - 1, b.rules));
    out.push(planned(view, 'paragraph', at.index, b.last, [...b.rules, 'case-change-split']));
  }
  return out;
}

/** Most lines of a block the Title Case rule looks at: a headline's. */
const HEADLINE_LINES = 4;

/** Where a block of headline lines changes kind, or -1. */
function caseCut(lines: readonly Line[]): number {
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
    if (b.role !== 'paragraph' || b.last === b.first) {
      out.push(b);
      continue;
    }
    let last = b.last;
    while (last > b.first && isDateOnly(view.doc.lines[last]?.tokens ?? []) && !endsWithJoiner(view.doc.lines[last - 1]?.tokens ?? [])) last--;
    if (last === b.last) {
      out.push(b);
      continue;
    }
    out.push(planned(view, 'paragraph', b.first, last, b.rules));
    out.push(planned(view, 'paragraph', last + 1, b.last, [...b.rules, 'date-line-split']));
  }
  return out;
}

/** Front-matter text with a "Release No: 2005-12" line is contact information. */
export function markReleaseNumbers(view: DocView, blocks: Planned[], bodyStart: number): void {
  for (let i = 0; i < bodyStart; i++) {
    const b = blocks[i];
    if (!b || b.role !== 'paragraph') continue;
    for (const line of contentLines(view, b)) {
      if (lineCells(line, 3).some((c) => RELEASE_NUMBER_LABEL.test(spanText(view.doc.source, c.tokens)))) assign(b, 'contact', 'release-number-contact');
    }
  }
}

/**
 * A paragraph of the body that is a contact sentence ("For more information contact Gail
 * Stroud at (800) 555-0192 or gstroud@…") is the release's contact.
 */
export function markProseContacts(view: DocView, blocks: readonly Planned[], from: number): void {
  for (let i = Math.max(0, from); i < blocks.length; i++) {
    const b = blocks[i];
    // A cheap look at how the block opens first.
    if (!b || b.role !== 'paragraph' || proseContactStart(blockTokens(view, b, OPENING_TOKENS)) < 0) continue;
    if (isProseContact(blockTokens(view, b, SAMPLE_TOKENS), contentLines(view, b).length)) assign(b, 'contact', 'contact-in-prose');
  }
}

/** Tokens enough to see how a contact sentence opens. */
const OPENING_TOKENS = 12;

/** Most lines of a letterhead with a contact column beside it. */
const LETTERHEAD_CONTACT_LINES = 8;

/**
 * A letterhead with a contact column beside it ("FOR:  ACME FOODS, INC.      CONTACT:  Ann
 * Vries" over "Omaha, Nebraska      (402) 555-0188"): the columns share lines, so the block
 * is read whole as a contact block, column by column.
 */
export function markContactColumns(view: DocView, blocks: readonly Planned[], bodyStart: number): void {
  for (let i = 0; i < Math.min(bodyStart, blocks.length); i++) {
    const b = blocks[i];
    if (!b || b.role !== 'paragraph' || b.last - b.first >= LETTERHEAD_CONTACT_LINES) continue;
    const lines = contentLines(view, b);
    const beside = lines.some((l) => lineCells(l, 3).some((c, k) => k > 0 && isContactLabel(c.tokens.slice(0, c.tokens.findIndex((t) => t.tokenType === T.Colon) + 1))));
    if (beside && hasContactDetail(blockTokens(view, b))) assign(b, 'contact', 'contact-column-beside');
  }
}
