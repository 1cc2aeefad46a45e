/**
 * The dateline paragraph opens the body: the first paragraph of running text that opens
 * with a place followed by a date, a wire or a dash, and goes on after it. Without one, the
 * body opens at the first paragraph of running text.
 *
 * > | SPRINGFIELD, Ill., March 3, 2004 /PRNewswire/ -- Acme Widgets, Inc. (Nasdaq: ACME)
 * > | today reported …
 */
import type { IToken } from 'chevrotain';
import { DATELINE_READ_TOKENS, readDateline, type DatelineMatch } from './reader.js';
import { tokensBetween } from '../../lex.js';
import { FIELD_LINES, isFieldBlock } from '../../shapes.js';
import * as T from '../../../../grammars/tokens/text.js';
import { blockTokens, contentLines, onlyBlankBetween, pageTurns, SAMPLE_TOKENS, tokensSkipping, type DocView, type PageTurn, type Planned } from '../../decide/plan.js';
import type { RuleId } from '../../rules.js';
import { capitalisedShare, endsWithJoiner, isDateOnly, words } from '../../text/signals.js';
import { isLetterhead } from '../letterhead/rules.js';

/** A block the body may open at, with what it costs to open it there. */
export interface BodyOpening {
  readonly index: number;
  /** The line the body opens at (a later line of the block when a headline sits unspaced above). */
  readonly line: number;
  readonly dateline: DatelineMatch | null;
  /** Lower is better: a dateline opens the body before running text does. */
  readonly cost: number;
  readonly rule: RuleId;
}

/** Most paragraphs looked at for the dateline, and most of them in running text. */
const DATELINE_PARAGRAPHS = 15;
const DATELINE_RUNNING_PARAGRAPHS = 3;

/**
 * Where the body may open, cheapest first: the first dateline among the first paragraphs (no
 * further than the third paragraph of running text), else the first paragraph of running
 * text. A later opening of the same kind never costs less than an earlier one, so the search
 * stops at the first; the decider takes the cheapest, the first on ties.
 */
export function bodyOpenings(view: DocView, blocks: readonly Planned[]): BodyOpening[] {
  const out: BodyOpening[] = [];
  let seen = 0;
  let running = 0;
  let weak: BodyOpening | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b) break;
    if (b.role !== 'paragraph') continue;
    if (++seen > DATELINE_PARAGRAPHS || (isRunningText(view, b) && ++running > DATELINE_RUNNING_PARAGRAPHS)) break;
    const below = blocks[i + 1];
    const bodyBelow = below !== undefined && below.role === 'paragraph' && onlyBlankBetween(view, b.last, below.first) && opensRunningText(view, below);
    const found = datelineIn(view, b, undefined, bodyBelow);
    if (!found) continue;
    const opening: BodyOpening = { index: i, line: found.line, dateline: found.dateline, cost: 0, rule: 'dateline-paragraph' };
    // A word alone before a dash with no more than a line's words after it ("CORRECTION --
    // Acme Declares Dividend") is the weakest dateline there is: one with a date or a wire
    // below opens the body instead. Words, not lines, so the reading holds when the lines of
    // a paragraph are joined; they count from the dateline's line: lines above it in its
    // block (a headline left unspaced) are a block apart.
    if (weak === null && isWeakDateline(found.dateline) && wordsFrom(view, b, found.line) <= LINE_OF_WORDS) {
      weak = opening;
      continue;
    }
    // Openings come cheapest first, in document order: none after this one can win.
    return [isWeakDateline(found.dateline) && weak ? weak : opening];
  }
  if (weak) return [weak];
  // Running text opens the body only where no dateline does; the first such paragraph is
  // the only one the decider could take, so the search stops there.
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b && b.role === 'paragraph' && opensRunningText(view, b)) {
      out.push({ index: i, line: b.first, dateline: null, cost: 1, rule: 'dateline-missing' });
      break;
    }
  }
  return out;
}

/** Words a typed line holds: a weak dateline with no more after it stands alone. */
const LINE_OF_WORDS = 12;

/** How many words a block holds from line `line` on, counted among its first 3 × LINE_OF_WORDS tokens (enough to tell). */
function wordsFrom(view: DocView, b: Planned, line: number): number {
  const from = view.doc.lines[line]?.contentStart ?? b.start;
  return words(tokensBetween(view.doc, Math.max(b.start, from), b.end, 3 * LINE_OF_WORDS)).length;
}

/**
 * A place and a dash, no date and no wire ("ATLANTA --"): with no more than a line's words
 * after it, it gives way to a dated dateline below (bodyOpenings).
 */
const isWeakDateline = (d: { readonly date: string | null; readonly wire: string | null }): boolean => d.date === null && d.wire === null;

/** Tokens after a dateline that show the paragraph goes on as running text. */
const MIN_BODY_TOKENS = 4;

/** Deepest indent of a dateline's line below other lines of its block (a paragraph indent). */
const DATELINE_INDENT = 8;

/** How many lines into a block a dateline may start (under a headline left unspaced). */
const DATELINE_LINE_REACH = 4;

/**
 * The dateline of a paragraph: at its first line, or at the start of one of its next few
 * lines when the line above ends a phrase (a dateline starts a line; its place never runs
 * on from the line above, so the place is read from a line start). With `skip`, the block is
 * read without that page turn in it, as `format` prints it (see datelineAcrossTurn).
 */
function datelineIn(view: DocView, b: Planned, skip?: PageTurn, bodyBelow = false): { line: number; dateline: DatelineMatch } | null {
  if (isFieldBlock(contentLines(view, b, FIELD_LINES + 1))) return null;
  const lines = skip ? contentLines(view, b, DATELINE_LINE_REACH + skip.last - skip.first + 1).filter((l) => l.index < skip.first || l.index > skip.last).slice(0, DATELINE_LINE_REACH) : contentLines(view, b, DATELINE_LINE_REACH);
  // The block's tokens from offset `from` on (the turn's left out), at most `limit`.
  const tokensFrom = (from: number, limit: number): IToken[] => tokensSkipping(view, b, skip ? [skip] : [], from, limit);
  for (const [k, line] of lines.entries()) {
    const above = lines[k - 1];
    if (k > 0 && endsWithJoiner(above?.tokens ?? [])) continue;
    // Under an unspaced headline the dateline comes back to the margin; a line set in as far
    // as the line above is still the headline ("… THREE RURAL" / "HOSPITALS TO … --") unless
    // it is a full dateline: a wire and a date are no headline's words.
    const setInUnder = above !== undefined && line.indent > DATELINE_INDENT && line.indent >= above.indent - 4;
    // The block's tokens from this line on, as many as the reader looks at: a paragraph may be
    // a whole document long, and only its opening tokens can hold a dateline.
    const rest = tokensFrom(line.contentStart, DATELINE_READ_TOKENS);
    if (rest.length === 0) break;
    const d = readDateline(view.doc.source, rest);
    if (!d || (setInUnder && !(d.hasWire && d.date !== null))) continue;
    // The tokens after the dateline, up to as many as running text needs: fewer means all of them.
    const after = tokensFrom(d.end, MIN_BODY_TOKENS);
    if (after.length >= MIN_BODY_TOKENS) return { line: line.index, dateline: d };
    // A full dateline (wire and date) may stand alone, or before a run-in label such as
    // Business Wire's "Regulatory News:", with the body in the next paragraph: on the
    // block's first line, or under a headline left unspaced.
    const label = after.length === 0 || after[after.length - 1]?.tokenType === T.Colon;
    if (d.hasWire && d.date !== null && label) return { line: line.index, dateline: d };
    // A place and a date alone on the block's first lines ("LOWELL, MASSACHUSETTS" / "September
    // 14, 1995"), the running text right under them: the body's dateline, set apart.
    if (bodyBelow && k === 0 && after.length === 0 && d.date !== null && d.city !== null) return { line: line.index, dateline: d };
  }
  return null;
}

/**
 * Whether paragraph `before`, joined across the page turn under it with paragraph `after`,
 * would open with a dateline the turn cuts: read without the turn (as `format`, which drops
 * page markers, prints the joined block), a dateline found in `before` ends in `after`
 * ("e" / "J" / <PAGE> / "MARCH 3, 3, 2"). A dateline is a span of text the tree cannot cut with
 * a page break, so the text does not run on across such a turn (see page-turn/rules.ts).
 */
export function datelineAcrossTurn(view: DocView, before: Planned, after: Planned): boolean {
  // The turn: the page-marker lines between the two (blank lines aside).
  const turn = pageTurns(view, { ...before, first: before.last + 1, last: after.first - 1 })[0];
  if (!turn) return false;
  const found = datelineIn(view, { ...before, last: after.last, end: after.end }, turn);
  return found !== null && found.dateline.start < turn.start && found.dateline.end > turn.end;
}

/** Most of a text's words that may open with a capital letter for it to be running text. */
const RUNNING_CAPITALS = 0.6;

/** Whether the first tokens of a block (SAMPLE_TOKENS of them) are mostly lower-case words, as running text is. */
export function inLowerCase(sample: readonly IToken[]): boolean {
  return capitalisedShare(sample) <= RUNNING_CAPITALS;
}

/**
 * Three lines or more of mostly lower-case words: running text rather than a title, a
 * label or a long subheadline in title case ("– Partnership Combines Alnylam's Leadership
 * in RNAi Therapeutics with Roche's Proven Track Record … –").
 */
function isRunningText(view: DocView, b: Planned): boolean {
  return b.last - b.first >= 2 && contentLines(view, b).length >= 3 && inLowerCase(blockTokens(view, b, SAMPLE_TOKENS));
}

/** Running text the body may open with: sentences in mostly lower-case words, over lines or one long line. */
function opensRunningText(view: DocView, b: Planned): boolean {
  if (isLetterhead(view, b)) return false;
  const lines = contentLines(view, b);
  const toks = blockTokens(view, b, SAMPLE_TOKENS);
  let longest = 0;
  for (const l of lines) longest = Math.max(longest, l.right - l.indent);
  if (!inLowerCase(toks)) return false;
  return lines.length >= 3 || (longest >= 60 && words(toks).length >= 12);
}

/**
 * A date set on a line of its own, a blank line above a paragraph whose dateline names the
 * place with no date ("August 17, 1993" / "ROCHESTER, Minn. -- The Board …"): the dateline's
 * date. The two are one block, read as a date line over its place (readDateline).
 */
export function joinDateAbove(view: DocView, blocks: Planned[]): Planned[] {
  const out: Planned[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const next = blocks[i + 1];
    if (b && next && isDateLineAbove(view, b, next)) {
      out.push({ ...next, first: b.first, start: b.start, rules: [...next.rules, 'date-above-dateline'] });
      i++;
      continue;
    }
    if (b) out.push(b);
  }
  return out;
}

function isDateLineAbove(view: DocView, b: Planned, next: Planned): boolean {
  if (b.role !== 'paragraph' || next.role !== 'paragraph' || b.first !== b.last || !onlyBlankBetween(view, b.last, next.first)) return false;
  const date = blockTokens(view, b);
  // A full date, its year written ("August 17, 1993").
  if (!isDateOnly(date) || !date.some((t) => t.tokenType === T.Number && t.image.length === 4)) return false;
  const place = readDateline(view.doc.source, blockTokens(view, next, DATELINE_READ_TOKENS));
  return place !== null && place.date === null && place.dateText === null && blockTokens(view, next, SAMPLE_TOKENS).length > MIN_BODY_TOKENS * 2;
}
