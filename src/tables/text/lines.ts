/**
 * A table's lines as geometry: each line's offsets in the source and its segments (runs of
 * text parted by two spaces or more), with their columns. Pure functions of the source.
 */
import { figureValue, isCurrency, isFigure } from '../figures.js';
import { advance } from '../../parse/layout/geometry.js';

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

/**
 * The physical lines of one source (CR, LF and CRLF end a line), found in one pass and made
 * on demand: every table read in a document shares them instead of splitting its text again.
 */
export class SourceLines {
  /** Offset of each line's first character and of its end (before the line break). */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly made: Array<SourceLine | undefined> = [];

  constructor(readonly source: string) {
    // The next CR and LF at or after `start` (-1: none left), found with indexOf, not char by char.
    let cr = -2;
    let lf = -2;
    for (let start = 0; ; ) {
      if (cr !== -1 && cr < start) cr = source.indexOf('\r', start);
      if (lf !== -1 && lf < start) lf = source.indexOf('\n', start);
      const brk = cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf);
      this.starts.push(start);
      if (brk === -1) {
        this.ends.push(source.length);
        return;
      }
      this.ends.push(brk);
      start = brk === cr && lf === cr + 1 ? brk + 2 : brk + 1;
    }
  }

  get count(): number {
    return this.starts.length;
  }

  line(g: number): SourceLine {
    return (this.made[g] ??= { start: this.starts[g] ?? 0, end: this.ends[g] ?? 0, text: this.source.slice(this.starts[g], this.ends[g]) });
  }

  end(g: number): number {
    return this.ends[g] ?? 0;
  }

  /** Index of the line starting at `offset`, or -1 when no line starts there. */
  startingAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.starts[lo] === offset ? lo : -1;
  }
}

/**
 * The lines a reader sees around `[from, to)`: up to {@link LINES_BEFORE} line breaks before
 * it and {@link LINES_AFTER} lines after it, as window indices (0 = the window's first line),
 * and the window indices of the lines holding `from` and `to`. The window's bounds decide
 * how far a table may run, so every read of a block sees the same lines whoever read before.
 */
export interface LineWindow {
  /** Whether window line `i` exists. */
  has(i: number): boolean;
  line(i: number): SourceLine;
  /** The document line of window line `i`, or -1 for a window's partial first line. */
  global(i: number): number;
}

export function windowAround(doc: SourceLines, from: number, to: number): { lines: LineWindow; first: number; last: number } {
  const { source } = doc;
  // Counted in break characters, as a scan back would: a CRLF counts twice.
  let lo = Math.max(0, Math.min(from, source.length));
  for (let n = 0; lo > 0 && n <= LINES_BEFORE; ) if (isBreak(source.charCodeAt(--lo))) n++;
  if (lo > 0) lo++;
  // Stopping between a CR and its LF leaves an empty first line at the LF.
  const partial = doc.startingAt(lo) < 0;
  const base = partial ? doc.startingAt(lo + 1) : doc.startingAt(lo);
  const shift = partial ? 1 : 0;
  const available = doc.count - base + shift;
  const endOf = (i: number): number => (partial && i === 0 ? lo : doc.end(base + i - shift));
  // The window ends LINES_AFTER lines below the first line that reaches `to`.
  let reach = 0;
  while (reach < available - 1 && endOf(reach) < to) reach++;
  const size = Math.min(available, reach + LINES_AFTER + 1);
  const partialLine: SourceLine = { start: lo, end: lo, text: '' };
  const lines: LineWindow = {
    has: (i) => i >= 0 && i < size,
    line: (i) => (partial && i === 0 ? partialLine : doc.line(base + i - shift)),
    global: (i) => (partial && i === 0 ? -1 : base + i - shift),
  };
  let first = 0;
  while (first + 1 < size && endOf(first) < from) first++;
  let last = first;
  while (last + 1 < size && endOf(last) < to) last++;
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

/**
 * The visual column of every character of a line and of its end: tabs to the next multiple of
 * eight as the parser counts them (geometry.ts) (a table typed with tabs lines up so), form
 * feeds, vertical tabs and byte-order marks taking no room.
 */
function columnsOf(text: string): number[] {
  const cols = new Array<number>(text.length + 1);
  let col = 0;
  for (let i = 0; i < text.length; i++) {
    cols[i] = col;
    col = advance(col, text.charCodeAt(i));
  }
  cols[text.length] = col;
  return cols;
}

/** The raw segments of a line (runs of text parted by gaps); `from`/`to` in visual columns. */
function rawSegments(line: SourceLine): Segment[] {
  const out: Segment[] = [];
  const t = line.text;
  const cols = t.includes('\t') ? columnsOf(t) : null;
  const at = (i: number): number => (cols ? (cols[i] ?? i) : i);
  let i = 0;
  while (i < t.length) {
    while (i < t.length && (t[i] === ' ' || t[i] === '\t' || t[i] === '\f')) i++;
    if (i >= t.length) break;
    const from = i;
    while (i < t.length && t[i] !== '\t' && t[i] !== '\f' && !isGapAt(t, i)) i++;
    let to = i;
    while (to > from && t[to - 1] === ' ') to--;
    out.push({ text: t.slice(from, to), from: at(from), to: at(to), start: line.start + from, end: line.start + to });
  }
  return out;
}

const join = (a: Segment, b: Segment, line: SourceLine): Segment => ({
  text: line.text.slice(a.start - line.start, b.end - line.start),
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
  let col = 0;
  for (let i = 0; i < line.text.length; i++) {
    const c = line.text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 12) break;
    col = advance(col, c);
  }
  return col;
}
