/**
 * Lexing and line records: the one pass over the characters. Everything after this
 * works on tokens and lines, never re-scanning the text with patterns.
 */
import type { IToken } from 'chevrotain';
import { FormFeed, LineEnd, textLexer } from '../../grammars/tokens/text.js';
import { visualColumns } from './layout/geometry.js';
import type { LineCell } from './layout/cells.js';
import { OPEN_ENDINGS } from './lexicon/index.js';

/** One physical line of the source. Offsets are UTF-16 code units into the source. */
export interface Line {
  /** 0-based line number. */
  readonly index: number;
  /** Offset of the line's first character. */
  readonly start: number;
  /** Offset where the line ending starts (or the end of input). */
  readonly end: number;
  /** Offset just after the line ending. */
  readonly next: number;
  /** Offset of the first non-layout character (`end` when blank). */
  readonly contentStart: number;
  /** Offset after the last non-layout character (`start` when blank). */
  readonly contentEnd: number;
  /** The non-layout tokens of the line, in order. */
  readonly tokens: readonly IToken[];
  /** Whether the line holds nothing but layout. */
  readonly blank: boolean;
  /** Whether the line holds a form feed. */
  readonly formFeed: boolean;
  /** Visual column (0-based, tabs to multiples of 8) of `contentStart`. */
  readonly indent: number;
  /** Visual column just after `contentEnd`. */
  readonly right: number;
  /** Visual start column of every token, parallel to `tokens`. */
  readonly columns: readonly number[];
  /** Cells of the line by gutter width, filled on demand by `lineCells`. */
  readonly cellCache: Array<readonly LineCell[] | undefined>;
}

export interface Lexed {
  readonly source: string;
  /** All non-layout tokens, in order. */
  readonly tokens: readonly IToken[];
  readonly lines: readonly Line[];
}

/** Lexes `source` and cuts it into lines. Total: never throws, drops nothing. */
export function lex(source: string): Lexed {
  const { tokens, lines } = physicalLines(source);
  return { source, tokens, lines: isDoubleSpaced(lines) ? joinSpacing(lines) : lines };
}

/** Whether the parser reads `source` as double-spaced text (see isDoubleSpaced). */
export function readsDoubleSpaced(source: string): boolean {
  return isDoubleSpaced(physicalLines(source).lines);
}

/** The tokens of `source` and its physical lines, a blank line one line. */
function physicalLines(source: string): { tokens: IToken[]; lines: Line[] } {
  const result = textLexer.tokenize(source);
  const content = result.tokens;
  const layout = result.groups['layout'] ?? [];
  const lines: Line[] = [];

  let c = 0; // cursor into content tokens
  let lineStart = 0;
  let lineFirst = 0; // index in `content` of the line's first token
  let formFeed = false;

  const closeLine = (end: number, next: number): void => {
    // A line's tokens are a run of `content`: one exact-size slice, no growing array per line.
    const lineTokens = content.slice(lineFirst, c);
    const first = lineTokens[0];
    const last = lineTokens[lineTokens.length - 1];
    const contentStart = first ? first.startOffset : end;
    const contentEnd = last ? last.startOffset + last.image.length : lineStart;
    const columns = visualColumns(source, lineStart, lineTokens.length, (k) => (lineTokens[k] as IToken).startOffset);
    const lastCol = columns[columns.length - 1];
    lines.push({
      index: lines.length,
      start: lineStart,
      end,
      next,
      contentStart,
      contentEnd,
      tokens: lineTokens,
      blank: lineTokens.length === 0,
      formFeed,
      indent: columns[0] ?? 0,
      right: last && lastCol !== undefined ? lastCol + last.image.length : 0,
      columns,
      cellCache: [],
    });
    lineStart = next;
    lineFirst = c;
    formFeed = false;
  };

  // Layout tokens cut the content tokens into lines: take the content tokens before each.
  for (const lt of layout) {
    while (c < content.length && (content[c] as IToken).startOffset < lt.startOffset) c++;
    if (lt.tokenType === LineEnd) closeLine(lt.startOffset, lt.startOffset + lt.image.length);
    else if (lt.tokenType === FormFeed) formFeed = true;
  }
  c = content.length;
  // The last line has no line ending; an input ending in a line ending has no last line.
  if (lineStart < source.length || lines.length === 0) closeLine(source.length, source.length);
  return { tokens: content, lines };
}

/** Share of the widest line's width that a wrapped line reaches. */
const WRAPPED_LINE = 0.6;

/** Columns a wrapped line reaches at least: a few letters are no line a typist wrapped. */
const SHORTEST_WRAPPED_LINE = 30;

/** Fewest sentence continuations that decide a document's line spacing on their own. */
const MIN_CONTINUATIONS = 3;

/**
 * A typewritten, double-spaced document puts a blank line after every line, so a blank line
 * no longer separates blocks. The evidence is how a sentence runs on from a full line (one
 * that was wrapped) to the next (which opens in lower case, or under a line that stops on a
 * comma or a joining word): in a single-spaced text such
 * lines are adjacent; in a double-spaced one, one blank line stands between them. A short
 * release may have few such lines: one is enough when no two lines of the whole text touch.
 *
 * > |   The Company said that its revenue for the
 * > |
 * > |   quarter rose 12% to $14.2 million.
 */
export function isDoubleSpaced(lines: readonly Line[]): boolean {
  // Widths of text, not right edges: a centred or indented title is no wrapped line, and
  // re-indenting a text (as `format` does) must not change how it is spaced.
  const width = (line: Line): number => line.right - line.indent;
  let widest = 0;
  for (const line of lines) if (width(line) > widest) widest = width(line);
  const wrapped = (line: Line): boolean => width(line) >= Math.max(widest * WRAPPED_LINE, SHORTEST_WRAPPED_LINE);
  let adjacent = 0;
  let spaced = 0;
  let touching = 0;
  let prev: Line | undefined;
  let blanks = 0;
  for (const line of lines) {
    if (line.blank) {
      blanks += line.formFeed ? 2 : 1;
      continue;
    }
    if (prev && blanks === 0) touching++;
    if (prev && wrapped(prev) && (opensLowerCase(line) || endsOpen(prev))) {
      if (blanks === 0) adjacent++;
      else if (blanks === 1) spaced++;
    }
    prev = line;
    blanks = 0;
  }
  if (spaced <= adjacent) return false;
  return spaced >= MIN_CONTINUATIONS ? spaced >= 2 * adjacent : touching === 0;
}

/** A line that opens with a lower-case word of two letters or more (a lone "o" is a bullet). */
const opensLowerCase = (line: Line): boolean => /^[a-z]{2}/.test(line.tokens[0]?.image ?? '');

/**
 * A line that stops mid-phrase, on a comma or a joining word ("… PER SHARE, FOR"): its sentence
 * runs on, in capitals as in lower case.
 */
const endsOpen = (line: Line): boolean => {
  const last = line.tokens[line.tokens.length - 1]?.image ?? '';
  return last === ',' || OPEN_ENDINGS.has(last.toLowerCase());
};

/**
 * Logical lines of a double-spaced document: a single blank line between two lines of text
 * is line spacing, so it joins the line above as part of its line ending (`end..next`). Runs
 * of two or more blank lines, and lines holding a form feed, still separate blocks.
 */
function joinSpacing(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const spacing = lines[i + 1];
    const after = lines[i + 2];
    // Lines typed touching (a headline's two lines, a contact's name over its phone) show
    // that part single-spaced: a blank line beside them parts blocks, as it does there.
    const touching = lines[i - 1]?.blank === false || lines[i + 3]?.blank === false;
    if (!line.blank && spacing?.blank && !spacing.formFeed && after && !after.blank && !touching) {
      out.push({ ...line, index: out.length, next: spacing.next });
      i++;
      continue;
    }
    out.push(line.index === out.length ? line : { ...line, index: out.length });
  }
  return out;
}

/** Index of the line holding `offset` (binary search over line starts). */
export function lineAt(doc: Lexed, offset: number): number {
  const { lines } = doc;
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}


/**
 * The tokens starting in `[start, end)`, in order: one slice of `doc.tokens`, found by binary
 * search, instead of gathering a block's tokens line by line; at most `limit` of them.
 */
export function tokensBetween(doc: Lexed, start: number, end: number, limit = Infinity): IToken[] {
  const { tokens } = doc;
  const first = firstTokenFrom(tokens, start);
  const last = firstTokenFrom(tokens, end, first);
  return tokens.slice(first, Math.min(last, first + limit));
}

/** Index of the first token starting at or after `offset` (`tokens.length` when none). */
function firstTokenFrom(tokens: readonly IToken[], offset: number, lo = 0): number {
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as IToken).startOffset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
