/**
 * A table's lines as geometry: each line's offsets in the source and its segments (runs of
 * text parted by two spaces or more), with their columns. Pure functions of the source.
 */
import { figureValue, isCurrency, isFigure } from '../figures.js';

export interface SourceLine {
  /** Offset of the line's first character and of its end (before the line break). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Segment {
  readonly text: string;
  /** Columns on the line, `to` exclusive. */
  readonly from: number;
  readonly to: number;
  /** Offsets in the source. */
  readonly start: number;
  readonly end: number;
}

/** How many lines around a table a reader looks at: its caption above, the rest of its rows below. */
const LINES_BEFORE = 40;
const LINES_AFTER = 200;

/** The lines of a window of the source, found and made on demand (a reader reads few of them). */
export interface LineWindow {
  /** Whether line `i` exists (lines below are found as far as they are asked for). */
  has(i: number): boolean;
  line(i: number): SourceLine;
  /** The first characters of line `i` (enough for a start-anchored test). */
  head(i: number, n: number): string;
}

/**
 * The lines near `[from, to)`: up to {@link LINES_BEFORE} lines before it and
 * {@link LINES_AFTER} after, and the indices of the lines holding `from` and `to`.
 */
export function linesAround(source: string, from: number, to: number): { lines: LineWindow; first: number; last: number } {
  let lo = Math.max(0, Math.min(from, source.length));
  for (let n = 0; lo > 0 && n <= LINES_BEFORE; ) if (isBreak(source.charCodeAt(--lo))) n++;
  if (lo > 0) lo++;
  // Line starts and ends, found line by line as the reader goes down; a line's text is sliced when read.
  const starts: number[] = [];
  const ends: number[] = [];
  let next = lo;
  let below = -1;
  const findNext = (): boolean => {
    if (next > source.length || below >= LINES_AFTER) return false;
    let i = next;
    while (i < source.length && !isBreak(source.charCodeAt(i))) i++;
    starts.push(next);
    ends.push(i);
    if (i >= to) below++;
    next = source.charCodeAt(i) === 13 && source.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    return true;
  };
  const has = (i: number): boolean => {
    while (starts.length <= i) if (!findNext()) return false;
    return i >= 0;
  };
  const made: Array<SourceLine | undefined> = [];
  const lines: LineWindow = {
    has,
    line: (i) => (made[i] ??= { start: starts[i] ?? 0, end: ends[i] ?? 0, text: source.slice(starts[i], ends[i]) }),
    head: (i, n) => source.slice(starts[i], Math.min(ends[i] ?? 0, (starts[i] ?? 0) + n)),
  };
  let first = 0;
  while (has(first + 1) && (ends[first] ?? 0) < from) first++;
  let last = first;
  while (has(last + 1) && (ends[last] ?? 0) < to) last++;
  return { lines, first, last };
}

const isBreak = (c: number): boolean => c === 10 || c === 13;

/** Every line of `source[from, to)` with its offsets; CR, LF and CRLF end a line. */
export function splitLines(source: string, from = 0, to = source.length): SourceLine[] {
  const out: SourceLine[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    const c = source.charCodeAt(i);
    if (i === to || c === 10 || c === 13) {
      out.push({ start, end: i, text: source.slice(start, i) });
      if (c === 13 && source.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return out;
}

/** A gap between cells: two spaces or more, or a tab. */
const isGapAt = (text: string, i: number): boolean => text[i] === '\t' || (text[i] === ' ' && (text[i + 1] === ' ' || text[i + 1] === '\t'));

/** The raw segments of a line (runs of text parted by gaps). */
function rawSegments(line: SourceLine): Segment[] {
  const out: Segment[] = [];
  const t = line.text;
  let i = 0;
  while (i < t.length) {
    while (i < t.length && (t[i] === ' ' || t[i] === '\t' || t[i] === '\f')) i++;
    if (i >= t.length) break;
    const from = i;
    while (i < t.length && t[i] !== '\t' && t[i] !== '\f' && !isGapAt(t, i)) i++;
    let to = i;
    while (to > from && t[to - 1] === ' ') to--;
    out.push({ text: t.slice(from, to), from, to, start: line.start + from, end: line.start + to });
  }
  return out;
}

const join = (a: Segment, b: Segment, line: SourceLine): Segment => ({
  text: line.text.slice(a.from, b.to),
  from: a.from,
  to: b.to,
  start: a.start,
  end: b.end,
});

/**
 * The segments of a line, a lone currency sign joined to the figure after it ("$     19,217")
 * and a lone "%" or ")" to the figure before it, so that a figure and its marks make one cell.
 */
export function segments(line: SourceLine): Segment[] {
  const out: Segment[] = [];
  for (const seg of rawSegments(line)) {
    const prev = out[out.length - 1];
    if (prev && isCurrency(prev.text) && isFigure(seg.text)) out[out.length - 1] = join(prev, seg, line);
    else if (prev && /^[%)]$/u.test(seg.text) && figureValue(prev.text + seg.text) !== null) out[out.length - 1] = join(prev, seg, line);
    else out.push(seg);
  }
  return out;
}

/** Indentation: columns before the first visible character. */
export function indentOf(line: SourceLine): number {
  const m = /^[ \t\f]*/u.exec(line.text);
  return m ? m[0].length : 0;
}
