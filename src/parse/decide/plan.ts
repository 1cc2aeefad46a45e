/**
 * The plan: blocks with the role they play in the release, before any node is built.
 * Roles are assigned on line ranges; builders turn the plan into the tree.
 */
import type { IToken, TokenType } from 'chevrotain';
import * as B from '../../../grammars/tokens/block.js';
import { tokensBetween, type Lexed, type Line } from '../lex.js';
import type { RawBlock } from '../blocks.js';
import type { DatelineMatch } from '../constructs/dateline/reader.js';
import type { Heading } from '../../tree/nodes/heading.js';
import type { RuleId } from '../rules.js';
import type { LineEvidence } from '../evidence.js';

export type Role =
  | 'pageBreak'
  | 'exhibitLabel'
  | 'releaseTitle'
  | 'contact'
  | 'slugLine'
  | 'headline'
  | 'subheadline'
  | 'editorLine'
  | 'paragraph'
  | 'heading'
  | 'list'
  | 'riskList'
  | 'table'
  | 'endMarker'
  | 'continuation'
  | 'rule';

export interface Planned {
  role: Role;
  /** The rules that gave the block its extent and reading, in the order they acted. */
  rules: RuleId[];
  /** First and last line (inclusive). */
  first: number;
  last: number;
  /** Offsets of the block's first and after its last visible character. */
  start: number;
  end: number;
  /** List items: first line of each item. */
  items?: number[];
  /** List items written without markers, one paragraph each (a risk list's). */
  unmarked?: boolean;
  /** The dateline that opens this paragraph. */
  dateline?: DatelineMatch;
  /** Text beside a label or title on its line ("Source: Acme Corp."): never a headline. */
  aside?: boolean;
  /** The first block of a wire trailer. */
  trailer?: boolean;
  /** A heading's role. */
  headingRole?: Heading['role'];
  /** A block set in a column beside a title: the column's left edge. */
  column?: number;
  /** A paragraph that is the risk list the block above announced ("… include the following:"). */
  riskListIntroduced?: boolean;
}

export interface Section {
  kind: 'safeHarbor' | 'wireTrailer';
  /** Indices into the planned blocks, inclusive. */
  from: number;
  to: number;
}

export interface Plan {
  blocks: Planned[];
  sections: Section[];
}

/** What role analysis reads: lines, their kinds and the page width. */
export interface DocView {
  readonly doc: Lexed;
  readonly kinds: readonly TokenType[];
  /** For each line whose kind a neighbour rule set, that rule. */
  readonly lineRules: ReadonlyMap<number, RuleId>;
  /** What each line could start, found once. */
  readonly evidence: readonly LineEvidence[];
  readonly width: number;
  /** Column where the page's running text starts. */
  readonly margin: number;
}

const FORM_FEED = 12;

/** Offset of a line's first visible character; a form-feed-only line starts at its form feed. */
export function lineStart(view: DocView, line: Line): number {
  if (line.tokens.length || !line.formFeed) return line.contentStart;
  const src = view.doc.source;
  for (let i = line.start; i < line.end; i++) if (src.charCodeAt(i) === FORM_FEED) return i;
  return line.contentStart;
}

/** Offset after a line's last visible character; for a form-feed-only line, after its last form feed. */
export function lineEnd(view: DocView, line: Line): number {
  if (line.tokens.length || !line.formFeed) return line.contentEnd;
  const src = view.doc.source;
  for (let i = line.end - 1; i >= line.start; i--) if (src.charCodeAt(i) === FORM_FEED) return i + 1;
  return line.contentEnd;
}

/** A planned block over lines `first..last` with the default offsets, read so by `rules`. */
export function planned(view: DocView, role: Role, first: number, last: number, rules: readonly RuleId[], extra: Partial<Planned> = {}): Planned {
  const lines = view.doc.lines;
  const a = lines[first];
  const b = lines[last];
  return {
    role,
    rules: [...rules],
    first,
    last,
    start: a ? lineStart(view, a) : 0,
    end: b ? lineEnd(view, b) : 0,
    ...extra,
  };
}

/** The tokens of a planned block, in order (within its offsets); at most `limit`. */
export function blockTokens(view: DocView, b: Planned, limit = Infinity): IToken[] {
  return tokensBetween(view.doc, b.start, b.end, limit);
}

/**
 * Tokens enough to judge how a block reads (its share of capitals, its word count): a long
 * block is judged by its start, so judging stays linear however long the block.
 */
export const SAMPLE_TOKENS = 400;

/** Whether only blank lines (or none) stand between lines `a` and `b`. */
export function onlyBlankBetween(view: DocView, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (!view.doc.lines[i]?.blank) return false;
  return true;
}

/** Page furniture: a page-marker, page-number or "- more -" line. */
export function isPageFurniture(view: DocView, line: number): boolean {
  const kind = view.kinds[line];
  return kind === B.PageMarker || kind === B.PageNumber || kind === B.ContinuationLine;
}

/** A page turn inside a block: its lines (inclusive) and the offsets of its first and after its last visible character. */
export interface PageTurn {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
}

/**
 * The page turns inside a block (a paragraph joined across a page): each run of page-marker,
 * page-number and jump lines, blank lines between, that holds a page marker (or a running
 * head's form feed) — a jump line or a number alone is text. What the tree keeps as
 * pageBreak nodes, and what `format` drops.
 */
export function pageTurns(view: DocView, b: Planned): PageTurn[] {
  const out: PageTurn[] = [];
  for (let i = b.first; i <= b.last; i++) {
    if (!isPageFurniture(view, i)) continue;
    let j = i;
    // Take page numbers and markers separated only by blank lines.
    for (let k = i + 1; k <= b.last; k++) {
      if (isPageFurniture(view, k)) j = k;
      else if (view.kinds[k] !== B.BlankRun) break;
    }
    const first = view.doc.lines[i];
    const last = view.doc.lines[j];
    let marker = false;
    for (let k = i; k <= j && !marker; k++) marker = view.kinds[k] === B.PageMarker || (view.kinds[k] === B.PageNumber && view.doc.lines[k]?.formFeed === true);
    if (first && last && marker) out.push({ first: i, last: j, start: lineStart(view, first), end: lineEnd(view, last) });
    i = j;
  }
  return out;
}

/**
 * The tokens of a block from offset `from` on, its page turns left out (pagination is
 * layout: the block reads as it does once `format` drops them); at most `limit`.
 */
export function tokensWithoutPages(view: DocView, b: Planned, from = b.start, limit = Infinity): IToken[] {
  return tokensSkipping(view, b, pageTurns(view, b), from, limit);
}

/** The tokens of a block from offset `from` on, the page turns `turns` (in order) left out; at most `limit`. */
export function tokensSkipping(view: DocView, b: Planned, turns: readonly PageTurn[], from = b.start, limit = Infinity): IToken[] {
  const out: IToken[] = [];
  let at = Math.max(from, b.start);
  for (const turn of turns) {
    if (turn.end <= at) continue;
    if (turn.start > at) for (const t of tokensBetween(view.doc, at, turn.start, limit - out.length)) out.push(t);
    at = turn.end;
    if (out.length >= limit) return out;
  }
  for (const t of tokensBetween(view.doc, at, b.end, limit - out.length)) out.push(t);
  return out;
}

/**
 * The lines of text of a block: not blank, not a page marker (a paragraph joined across a
 * page turn holds the marker's line, which says nothing of what the block is). A page-number
 * line stays: a short line next to a marker may be text as well ("A" / "<PAGE>"). The first
 * `limit` of them.
 */
export function contentLines(view: DocView, b: Planned, limit = Infinity): Line[] {
  const out: Line[] = [];
  for (let i = b.first; i <= b.last && out.length < limit; i++) {
    const l = view.doc.lines[i];
    if (l && !l.blank && view.kinds[i] !== B.PageMarker) out.push(l);
  }
  return out;
}

/**
 * A paragraph cut from block `b` (lines `first..last`), read so by `rules`: it keeps what was
 * known of `b` — letterhead set beside a label or title (`aside`) stays letterhead in every part,
 * and the part that opens the block still opens a wire trailer `b` opened (`trailer`): a cut
 * made after the trailer was found (a change of case, a date line) must not lose it.
 */
export function partOf(view: DocView, b: Planned, first: number, last: number, rules: readonly RuleId[]): Planned {
  const extra: Partial<Planned> = {};
  if (b.aside) extra.aside = true;
  if (b.trailer && first === b.first) extra.trailer = true;
  return planned(view, 'paragraph', first, last, rules, extra);
}

/** Gives a block a reading, recording the rule that decided it. */
export function assign(b: Planned, role: Role, rule: RuleId): void {
  b.role = role;
  b.rules.push(rule);
}

/** A copy of `b` with `changes`, read so by `rule` besides the rules already behind it. */
export function derive(b: Planned, rule: RuleId, changes: Partial<Planned>): Planned {
  return { ...b, ...changes, rules: [...b.rules, rule] };
}

const BLOCK_RULES: Readonly<Record<RawBlock['kind'], RuleId>> = {
  pageBreak: 'block-page-break',
  exhibitLabel: 'block-exhibit-label',
  releaseTitle: 'block-release-title',
  endMarker: 'block-end-marker',
  continuation: 'block-continuation',
  rule: 'block-rule',
  editorLine: 'block-editor-line',
  slugLine: 'block-slug-line',
  contact: 'block-contact',
  list: 'block-list',
  table: 'block-table',
  paragraph: 'block-paragraph',
};

/** Converts the grammar's raw blocks to planned blocks with their default roles. */
export function initialPlan(view: DocView, raw: readonly RawBlock[]): Planned[] {
  return raw.map((r) => {
    const rules: RuleId[] = [BLOCK_RULES[r.kind]];
    for (let i = r.first; i <= r.last; i++) {
      const rule = view.lineRules.get(i);
      if (rule && !rules.includes(rule)) rules.push(rule);
    }
    return planned(view, r.kind, r.first, r.last, rules, r.items ? { items: r.items } : {});
  });
}
