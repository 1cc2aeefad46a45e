/**
 * Layout geometry of fixed-width text: pure functions over visual columns.
 * Verdicts here (centred, indented, column gutters) feed the line classifier;
 * nothing here knows about press releases.
 */

/** Tab stops every 8 columns, as EDGAR's fixed-width text assumes. */
export const TAB_WIDTH = 8;

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
    while (pos < target) {
      const ch = source.charCodeAt(pos);
      if (ch === 9) col = (Math.floor(col / TAB_WIDTH) + 1) * TAB_WIDTH;
      else if (ch !== 12 && ch !== 11 && ch !== 0xfeff) col++;
      pos++;
    }
    out[k] = col;
  }
  return out;
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
  if (sorted.length === 0) return 72;
  const p = sorted[Math.floor((sorted.length - 1) * 0.95)] ?? 72;
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
