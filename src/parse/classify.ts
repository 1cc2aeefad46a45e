/**
 * Line classification: turns each line into a block token for the block grammar, using
 * the line grammar for shapes and layout geometry for verdicts (centred, gutters,
 * indentation). Context enters only through a few neighbour rules, each commented.
 */
import { createTokenInstance, type IToken, type TokenType } from 'chevrotain';
import * as B from '../../grammars/tokens/block.js';
import * as T from '../../grammars/tokens/text.js';
import { lineGrammar } from '../../grammars/line.js';
import { datelineGrammar } from '../../grammars/dateline.js';
import type { Lexed, Line } from './lex.js';
import type { RuleId } from './rules.js';
import { gatherEvidence, type LineEvidence } from './evidence.js';
import { matchWhole } from './match.js';
import { markInitials, markRunOnLabels } from './run-on-labels.js';
import { readDateline } from './constructs/dateline/reader.js';
import { endsWithJoiner } from './text/signals.js';
import { isContactColumnHeads } from './constructs/contact/rules.js';
import { hasGutter, lineCells } from './layout/cells.js';
import { hasEvenMargins, isCentred, pageWidth } from './layout/geometry.js';
import { UNWRAPPED_LINE } from './constructs/paragraph/hazards.js';
import {
  isContactLabel,
  isEditorLine,
  isEndMarker,
  isRule,
  isTableRow,
  isTableEndLine,
  isTableTagLine,
  startsWithListMarker,
} from './shapes.js';

export interface LineKinds {
  /** One block token per line, or per run of blank lines. */
  readonly tokens: IToken[];
  /** The kind given to each line (blank lines get BlankRun). */
  readonly kinds: readonly TokenType[];
  /** Page width the document is laid out on. */
  readonly width: number;
  /** Column where the page's running text starts. */
  readonly margin: number;
  /** For each line whose kind a neighbour rule changed, that rule. */
  readonly lineRules: ReadonlyMap<number, RuleId>;
  /** What each line could start, found once. */
  readonly evidence: readonly LineEvidence[];
}

/** Classifies every line of a lexed document. */
export function classify(doc: Lexed): LineKinds {
  const { lines } = doc;
  const width = pageWidth(proseRights(lines));
  const margin = pageMargin(lines);
  const evidence = lines.map((line) => gatherEvidence(line, doc.source));
  const kinds: TokenType[] = lines.map((line, i) => kindOf(line, evidence[i], lines[i - 1]));
  const lineRules = new Map<number, RuleId>();
  // Each neighbour rule may change a line's kind; the lines it changed remember it.
  const run = (rule: RuleId, mark: () => void): void => {
    const before = [...kinds];
    mark();
    for (let i = 0; i < kinds.length; i++) if (kinds[i] !== before[i]) lineRules.set(i, rule);
  };
  run('line-table-bridge', () => bridgeTables(lines, kinds));
  run('line-run-on-label', () => markRunOnLabels(lines, kinds));
  run('line-initial', () => markInitials(lines, kinds));
  run('line-page-number', () => markPageNumbers(lines, kinds));
  run('line-running-head', () => markRunningHeads(lines, kinds));
  run('line-lead', () => markLeads(doc.source, lines, kinds, { margin, width }));
  run('line-lone-dash', () => demoteLoneDashItems(lines, kinds));
  return { tokens: toBlockTokens(lines, kinds), kinds, width, margin, lineRules, evidence };
}

/** Right edges of lines of running text (five words or more, no column gutter): the page's measure. */
function proseRights(lines: readonly Line[]): number[] {
  const out: number[] = [];
  for (const l of lines) if (l.tokens.length >= 8 && !hasGutter(l)) out.push(l.right);
  return out.length >= 5 ? out : lines.map((l) => l.right);
}

/**
 * The page's left margin: where running text starts (a low percentile of its lines' indents,
 * so first-line indents and a stray line do not move it). Alignment is judged from there, so
 * a text indented as a whole reads as it does flush left.
 */
function pageMargin(lines: readonly Line[]): number {
  const prose: number[] = [];
  for (const l of lines) if (l.tokens.length >= 8 && !hasGutter(l)) prose.push(l.indent);
  const indents = prose.length >= 5 ? prose : lines.filter((l) => !l.blank).map((l) => l.indent);
  indents.sort((a, b) => a - b);
  return indents[Math.floor((indents.length - 1) * 0.05)] ?? 0;
}

/**
 * An em dash opens items only as one of a list's bullets: a lone em-dash line ("— said the
 * chairman", a headline set off by a dash) is text, wherever a blank line puts it.
 */
function demoteLoneDashItems(lines: readonly Line[], kinds: TokenType[]): void {
  const dashed: number[] = [];
  for (let i = 0; i < lines.length; i++) if (kinds[i] === B.ListItemLine && lines[i]?.tokens[0]?.image === '\u2014') dashed.push(i);
  if (dashed.length === 1) for (const i of dashed) kinds[i] = B.TextLine;
}

/** Whether an item may open under `above`: nothing or a blank line, an em-dash item, or a line closed by ";" or ":". */
function isItemPlace(above: Line | undefined): boolean {
  if (!above || above.blank) return true;
  const last = above.tokens[above.tokens.length - 1]?.tokenType;
  return above.tokens[0]?.image === '\u2014' || last === T.Semicolon || last === T.Colon;
}

function kindOf(line: Line, evidence: LineEvidence | undefined, above: Line | undefined): TokenType {
  if (line.blank) return line.formFeed ? B.PageMarker : B.BlankRun;
  const toks = line.tokens;
  const first = toks[0];
  if (first?.tokenType === T.PageTag && matchWhole(lineGrammar, lineGrammar.pageMarker, toks)) return B.PageMarker;
  if (isEndMarker(toks)) return B.EndMarkerLine;
  if (toks.length <= 10 && toks.some((t) => t.tokenType === T.KwMore) && matchWhole(lineGrammar, lineGrammar.continuation, toks)) {
    return B.ContinuationLine;
  }
  const cellList = evidence?.cells ?? lineCells(line);
  if (evidence ? evidence.rule : isRule(toks)) return cellList.length > 1 ? B.TableRowLine : B.RuleLine;
  // Heads over contacts set side by side, before a title among them ("Investors     Press").
  if (cellList.length > 1 && isContactColumnHeads(cellList, above === undefined || above.blank)) return B.ContactLabelLine;
  if (evidence?.exhibitLabel) return B.ExhibitLabelLine;
  if (evidence && evidence.releaseTitle >= 0) return B.ReleaseTitleLine;
  if (evidence?.slug) return B.SlugLine;
  if (isEditorLine(toks)) return B.EditorLine;
  if (isContactLabel(toks)) return B.ContactLabelLine;
  if (isTableEndLine(toks)) return B.TableEndLine;
  if (isTableTagLine(toks) || isTableRow(cellList)) return B.TableRowLine;
  if (startsWithListMarker(toks, isItemPlace(above))) return B.ListItemLine;
  return B.TextLine;
}

/**
 * Tables: label rows ("Revenues:") between two rows of numbers belong to the table, and
 * so do rules and column headings directly above or below a row.
 */
/** Most blank lines a table bridge looks across for the row above or below a label row. */
export const TABLE_BRIDGE_BLANKS = 2;

function bridgeTables(lines: readonly Line[], kinds: TokenType[]): void {
  const isRow = (i: number): boolean => kinds[i] === B.TableRowLine || kinds[i] === B.TableEndLine;
  const nearest = (i: number, step: number): number => {
    let j = i + step;
    let blanks = 0;
    while (j >= 0 && j < lines.length && kinds[j] === B.BlankRun) {
      blanks++;
      j += step;
    }
    return blanks <= TABLE_BRIDGE_BLANKS && j >= 0 && j < lines.length ? j : -1;
  };
  // Rules and label lines between rows.
  for (let i = 0; i < lines.length; i++) {
    const k = kinds[i];
    if (k !== B.TextLine && k !== B.RuleLine) continue;
    const line = lines[i];
    if (!line) continue;
    const up = nearest(i, -1);
    const down = nearest(i, 1);
    const rowAbove = up >= 0 && isRow(up);
    const rowBelow = down >= 0 && isRow(down);
    if (k === B.RuleLine && (rowAbove || rowBelow) && (up === i - 1 || down === i + 1)) kinds[i] = B.TableRowLine;
    else if (k === B.TextLine && rowAbove && rowBelow && isLabelRow(line)) kinds[i] = B.TableRowLine;
  }
  // Column headings directly above the first row (no blank line between).
  for (let i = lines.length - 1; i > 0; i--) {
    if (kinds[i] !== B.TableRowLine) continue;
    let j = i - 1;
    while (j >= 0 && kinds[j] === B.TextLine && isColumnHeading(lines[j])) {
      kinds[j] = B.TableRowLine;
      j--;
    }
  }
}

/** A table's label row: short, no sentence end. */
function isLabelRow(line: Line): boolean {
  const last = line.tokens[line.tokens.length - 1];
  if (!last) return false;
  if (last.tokenType === T.Period && line.tokens.length > 8) return false;
  return line.right - line.indent <= 60;
}

/** A column heading: indented far, or split into cells. */
function isColumnHeading(line: Line | undefined): boolean {
  if (!line) return false;
  return line.indent >= 30 || lineCells(line).length >= 2;
}

/** Page numbers count only next to a page marker. */
function markPageNumbers(lines: readonly Line[], kinds: TokenType[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== B.TextLine) continue;
    const line = lines[i];
    if (!line || line.tokens.length > 5 || line.tokens.filter((t) => t.tokenType === T.Number).length !== 1) continue;
    if (!matchWhole(lineGrammar, lineGrammar.pageNumber, line.tokens)) continue;
    const num = line.tokens.find((t) => t.tokenType === T.Number);
    if (!num || num.image.length > 3 || /\D/.test(num.image)) continue;
    const next = neighbour(kinds, i, 1);
    const prev = neighbour(kinds, i, -1);
    if (next === B.PageMarker || prev === B.PageMarker) kinds[i] = B.PageNumber;
  }
}

/** Lines of text in a row that show the body has begun (no front-matter block runs so long). */
const BODY_LINES = 4;

/** Most lines a running head takes ("Acme Corporation" over "First Quarter Results - Page 2"). */
const RUNNING_HEAD_LINES = 3;

/**
 * A running head at the top of a page: up to three lines right after a page marker, one
 * ending in "Page 2" (or "Page 2 of 5"), then a blank line, or the last a line of its
 * own that is only "Page 2", with text running on under it. It is page furniture,
 * like a page number, whatever the words before it. So is a head whose last line ends in
 * the release's date, where the text above the marker goes on below it.
 *
 * > | <PAGE>
 * > | Acme Corporation
 * > | First Quarter Results - Page 2
 *
 * The form feed may stand on the head's first line rather than a line of its own.
 */
function markRunningHeads(lines: readonly Line[], kinds: TokenType[]): void {
  let textRun = 0;
  let bodySeen = false;
  for (let i = 0; i < lines.length; i++) {
    textRun = kinds[i] === B.TextLine || kinds[i] === B.LeadLine ? textRun + 1 : 0;
    if (textRun >= BODY_LINES) bodySeen = true;
    // A form feed may open the head's first line itself ("\fAcme Insurance Group   Page 3").
    const fedHead = kinds[i] === B.TextLine && lines[i]?.formFeed === true && textRun === 1;
    if (kinds[i] !== B.PageMarker && !fedHead) continue;
    let j = fedHead ? i : i + 1;
    while (kinds[j] === B.BlankRun) j++;
    // A release title at the head of a later page ("NEWS RELEASE, August 16, 2006") repeats
    // the first page's title: page furniture, once running text has begun.
    if (bodySeen && kinds[j] === B.ReleaseTitleLine) {
      kinds[j] = B.PageNumber;
      continue;
    }
    let k = j;
    while (k < j + RUNNING_HEAD_LINES && kinds[k] === B.TextLine) k++;
    // Text may run on under the head with no blank line when the head ends on a line that
    // is nothing but the page number ("Page 3").
    let end = j;
    while (end < k && !isPageLine(lines[end])) end++;
    if (end < k) k = end + 1;
    else if (k === j || (k < lines.length && kinds[k] !== B.BlankRun && kinds[k] !== B.PageMarker)) continue;
    // The last line names the page, or (once the body has begun) repeats the release's date:
    // "Acme Corp. - November 12, 2013".
    else if (!lines.slice(j, k).some(endsWithPageNumber) && !(bodySeen && goesOnAcross(lines, kinds, i) && endsWithDate(lines[k - 1], k - 1 > j))) continue;
    for (let m = j; m < k; m++) kinds[m] = B.PageNumber;
  }
  markRunningFeet(lines, kinds);
}

/** Whether a line ends in "Page 2" (or "Page 2 of 5"). */
function endsWithPageNumber(line: Line | undefined): boolean {
  const toks = line?.tokens ?? [];
  const page = toks.findIndex((t) => t.tokenType === T.KwPage);
  return page >= 0 && matchWhole(lineGrammar, lineGrammar.pageNumber, toks.slice(page)) !== null;
}

/**
 * Whether the text above page marker `i` goes on past it: its last line ends on a comma, a
 * semicolon, a colon or a joining word ("… include, among others:" / <PAGE> / head / "- the …").
 */
function goesOnAcross(lines: readonly Line[], kinds: readonly TokenType[], i: number): boolean {
  let p = i - 1;
  while (p >= 0 && (kinds[p] === B.BlankRun || kinds[p] === B.PageNumber)) p--;
  const toks = lines[p]?.tokens ?? [];
  const last = toks[toks.length - 1];
  return last !== undefined && (last.tokenType === T.Semicolon || last.tokenType === T.Colon || endsWithJoiner(toks));
}

/**
 * Whether a line ends in a full date ("… - November 12, 2013"): after words of its own, or
 * alone when `mayStandAlone` (the head's last line, under its first).
 */
function endsWithDate(line: Line | undefined, mayStandAlone: boolean): boolean {
  const toks = line?.tokens ?? [];
  for (let k = toks.length - 2; k >= (mayStandAlone ? 0 : 1); k--) {
    if (toks[k]?.tokenType !== T.Month) continue;
    const date = matchWhole(datelineGrammar, datelineGrammar.date, toks.slice(k));
    return date !== null && toks[toks.length - 1]?.image.length === 4;
  }
  return false;
}

/** A line that is a page number and nothing else: "Page 3", "Page 3 of 5". */
function isPageLine(line: Line | undefined): boolean {
  const toks = line?.tokens ?? [];
  return toks[0]?.tokenType === T.KwPage && matchWhole(lineGrammar, lineGrammar.pageNumber, toks) !== null;
}

/**
 * A running foot at the bottom of a page: up to three lines right before a page marker (a
 * blank line above them), the last ending in "Page 2". Page furniture, like a running head.
 *
 * > | Acme Corporation
 * > | First Quarter Results - Page 2
 * > | <PAGE>
 */
function markRunningFeet(lines: readonly Line[], kinds: TokenType[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== B.PageMarker) continue;
    let j = i - 1;
    while (j >= 0 && kinds[j] === B.BlankRun) j--;
    // The last line may already be the page number ("Page 2" next to the marker).
    if (j < 0 || (kinds[j] !== B.TextLine && kinds[j] !== B.PageNumber) || !endsWithPageNumber(lines[j])) continue;
    let k = j - 1;
    while (k > j - RUNNING_HEAD_LINES && k >= 0 && kinds[k] === B.TextLine) k--;
    if (k >= 0 && kinds[k] !== B.BlankRun) continue;
    for (let m = k + 1; m <= j; m++) kinds[m] = B.PageNumber;
  }
}

/** The kind of the nearest line that is not blank, however many blank lines stand between. */
function neighbour(kinds: readonly TokenType[], i: number, step: number): TokenType | undefined {
  let j = i + step;
  while (kinds[j] === B.BlankRun) j += step;
  return kinds[j];
}

/** Columns two centred lines' centres may differ by (odd widths, hand centring). */
const CENTRE_SLACK = 4;

/** Columns from the margin a line may start at and still be flush left. */
const MARGIN_SLACK = 4;

/** Sentence-ending punctuation at the end of a line. */
const SENTENCE_END = new Set<TokenType>([T.Period, T.Quote]);

/**
 * A text line starts a new block, though no blank line comes before it, when the
 * alignment changes (centred to flush or back), when it is indented past a short
 * line that ended a sentence (paragraphs marked by first-line indent only), or when the line
 * above ended a sentence and was never wrapped (one line per paragraph).
 */
function markLeads(source: string, lines: readonly Line[], kinds: TokenType[], page: { margin: number; width: number }): void {
  // Columns counted from the page's left margin.
  const width = page.width - page.margin;
  for (let i = 1; i < lines.length; i++) {
    if (kinds[i] !== B.TextLine) continue;
    const prev = lines[i - 1];
    const line = lines[i];
    if (!prev || !line || prev.blank) continue;
    const prevKind = kinds[i - 1];
    if (prevKind !== B.TextLine && prevKind !== B.LeadLine) continue;
    // Centred to flush-left text, or flush-left to centred. Lines whose margins are about
    // even on both sides (a wrapped centred headline) count as neither.
    const centredPrev = isCentred(prev.indent - page.margin, prev.right - page.margin, width);
    const centredHere = isCentred(line.indent - page.margin, line.right - page.margin, width);
    const evenPrev = hasEvenMargins(prev.indent - page.margin, prev.right - page.margin, width);
    const evenHere = hasEvenMargins(line.indent - page.margin, line.right - page.margin, width);
    // A line that opens in lower case goes on with the sentence above, however that looks
    // (a paragraph's indented first line can sit as if centred).
    // Two lines centred on the same column are one wrapped centred block, whatever the
    // page width was taken to be.
    const sameCentre = Math.abs(prev.indent + prev.right - (line.indent + line.right)) <= 2 * CENTRE_SLACK;
    const continues = /^\p{Ll}/u.test(line.tokens[0]?.image ?? '') || (sameCentre && line.indent > 0 && prev.indent > 0);
    // A line that opens with a dateline is the body's first line, however centred it looks
    // ("     LONG BEACH, California, April 19, 2000 -- Pacific Harbor Bancorp").
    const fromCentred = centredPrev && !evenHere && line.indent < prev.indent - 4 && readDateline(source, prev.tokens) === null;
    if (!continues && (fromCentred || (centredHere && !evenPrev && line.indent > prev.indent + 4))) {
      kinds[i] = B.LeadLine;
      continue;
    }
    // From a column in the page's right half back to the margin ("(717) 555-0129" set under
    // a contact label beside the title, then the headline flush left): another block.
    // A line set in two columns again (the left one resuming) is the same block.
    const fromRightColumn = prev.indent - page.margin >= width / 2 && line.indent - page.margin <= MARGIN_SLACK && !centredPrev && lineCells(line, 3).length === 1;
    if (fromRightColumn && !/^\p{Ll}/u.test(line.tokens[0]?.image ?? '')) {
      kinds[i] = B.LeadLine;
      continue;
    }
    const lastPrev = prev.tokens[prev.tokens.length - 1];
    const endedSentence = lastPrev !== undefined && SENTENCE_END.has(lastPrev.tokenType);
    // Lines centred on one column ("RYDAL NETWORKS, INC." / "AND" / …) are set so, not indented.
    if (endedSentence && line.indent >= prev.indent + 3 && prev.right - page.margin < width * 0.9 && !(sameCentre && centredPrev && centredHere)) kinds[i] = B.LeadLine;
    // A line longer than any printed page is a paragraph left unwrapped: the break after
    // its sentence is the paragraph's end.
    else if (endedSentence && prev.right - prev.indent > UNWRAPPED_LINE) kinds[i] = B.LeadLine;
  }
}


/** One block token per line; a run of blank lines makes one BlankRun token. */
function toBlockTokens(lines: readonly Line[], kinds: readonly TokenType[]): IToken[] {
  const out: IToken[] = [];
  for (let i = 0; i < lines.length; i++) {
    const kind = kinds[i];
    const line = lines[i];
    if (!kind || !line) continue;
    let last = i;
    if (kind === B.BlankRun) {
      while (kinds[last + 1] === B.BlankRun) last++;
    }
    const end = lines[last]?.end ?? line.end;
    out.push(createTokenInstance(kind, kind.name, line.start, end, i, last, 0, 0));
    i = last;
  }
  return out;
}
