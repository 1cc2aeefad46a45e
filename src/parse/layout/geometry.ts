/**
 * Layout geometry of fixed-width text: pure functions over visual columns.
 * Verdicts here (centred, indented, column gutters) feed the line classifier;
 * nothing here knows about press releases.
 */

/** The typewriter page of EDGAR text, in columns. */
export const TYPEWRITER_WIDTH = 72;

/** Tab stops every 8 columns, as EDGAR's fixed-width text assumes. */
export const TAB_WIDTH = 8;

/** The column after a character (its UTF-16 code) standing at `col`. */
export function advance(col: number, code: number): number {
  if (code === 9) return (Math.floor(col / TAB_WIDTH) + 1) * TAB_WIDTH;
  return code === 12 || code === 11 || code === 0xfeff ? col : col + 1;
}

/**
 * Visual start columns of `count` ascending offsets within one line that starts at
 * `lineStart`; `offsetAt(k)` gives the k-th. Tabs advance to the next multiple of
 * {@link TAB_WIDTH}; form feeds, vertical tabs and byte-order marks take no room.
 */
export function visualColumns(source: string, lineStart: number, count: number, offsetAt: (k: number) => number): number[] {
  const out = new Array<number>(count);
  let col = 0;
  let pos = lineStart;
  for (let k = 0; k < count; k++) {
    const target = offsetAt(k);
    while (pos < target) col = advance(col, source.charCodeAt(pos++));
    out[k] = col;
  }
  return out;
}

/**
 * The visual column of `offset` in its line (counted as {@link visualColumns} counts):
 * how wide a gap between two offsets of one line stands once its tabs are expanded.
 */
export function columnAt(source: string, offset: number): number {
  let start = offset;
  while (start > 0 && source.charCodeAt(start - 1) !== 10 && source.charCodeAt(start - 1) !== 13) start--;
  return visualColumns(source, start, 1, () => offset)[0] ?? 0;
}

/**
 * How many columns the tab at `offset` takes: to the next stop, counted from the last tab
 * or line break before it (each ends on a stop), so the cost is bounded by that distance.
 */
export function tabWidthAt(source: string, offset: number): number {
  let col = 0;
  for (let i = offset - 1; i >= 0; i--) {
    const c = source.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13) break;
    col = advance(col, c);
  }
  return TAB_WIDTH - (col % TAB_WIDTH);
}

/** A run of tokens on one line, separated from its neighbours by a gutter. */
export interface Cell {
  /** Index of the first token of the cell in the line's tokens. */
  readonly from: number;
  /** Index after the last token. */
  readonly to: number;
  /** Visual start column. */
  readonly left: number;
  /** Visual column after the last character. */
  readonly right: number;
}

/** Minimum blank columns between two tokens for a gutter (justified text has runs of 2–3). */
export const GUTTER = 4;

/**
 * Splits a line's tokens into cells wherever the blank space between two tokens is at
 * least `gutter` columns wide; `width(i)` is the width of token `i`.
 */
export function cells(columns: readonly number[], width: (index: number) => number, gutter: number = GUTTER): Cell[] {
  const out: Cell[] = [];
  let from = 0;
  for (let i = 1; i <= columns.length; i++) {
    const prevEnd = (columns[i - 1] ?? 0) + width(i - 1);
    const next = columns[i];
    if (next === undefined || next - prevEnd >= gutter) {
      out.push({ from, to: i, left: columns[from] ?? 0, right: prevEnd });
      from = i;
    }
  }
  return out;
}

/** The page width a document is laid out on: the widest line, at least 60 columns. */
export function pageWidth(rights: readonly number[]): number {
  // Use a high percentile rather than the maximum: one stray long line (a URL, a table)
  // should not move the centre of every other line.
  const sorted = [...rights].filter((r) => r > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return TYPEWRITER_WIDTH;
  const p = sorted[Math.floor((sorted.length - 1) * 0.95)] ?? TYPEWRITER_WIDTH;
  return Math.max(60, p);
}

/**
 * Whether text spanning [left, right) is centred on a page of `width` columns: indented
 * by at least 4 columns with the margins on both sides within a tolerance.
 */
export function isCentred(left: number, right: number, width: number): boolean {
  const rightMargin = width - right;
  // A line that nearly fills the page is not centred, whatever its margins.
  if (left < 4 || rightMargin < 4) return false;
  // Hand-centred text is off by a few columns at most; allow more on wide margins.
  return Math.abs(left - rightMargin) <= Math.max(3, Math.round(Math.min(left, rightMargin) * 0.2));
}

/** Whether text ending at `right` is pushed to the right margin (a right-aligned label). */
export function isRightAligned(left: number, right: number, width: number): boolean {
  return left >= width / 2 && width - right <= 6;
}

/** Whether text has about even margins on both sides (looser than {@link isCentred}). */
export function hasEvenMargins(left: number, right: number, width: number): boolean {
  const rightMargin = Math.max(0, width - right);
  return Math.abs(left - rightMargin) <= Math.max(4, Math.round(Math.max(left, rightMargin) * 0.25));
}
