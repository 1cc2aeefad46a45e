/**
 * Column layout of a data table: columns that are empty in every row are dropped (spacer
 * columns), each kept column is as wide as its widest cell, cells spanning several columns
 * widen the last of them when they need to, and rows print as fixed lines with cells
 * padded to their columns and separated by a gutter.
 */
import { columns as printed } from '../characters.js';
import type { Align } from '../box.js';
import { BLANK, type Line } from '../line.js';
import { hasContent, type Cell, type Grid } from './grid.js';
import { wrapText } from '../wrap.js';

/**
 * Blank columns between two cells: four, the gutter the exhibit parser splits text tables
 * at (justified prose has runs of two or three spaces, never four).
 */
export const GUTTER = 4;

/** A grid reduced to the columns that hold something. */
export interface Columns {
  /** Kept column index for each original column, or -1 when dropped. */
  readonly index: readonly number[];
  /** Width of each kept column. */
  readonly widths: number[];
  /** Where each kept column starts, set by {@link measure}. */
  readonly starts: number[];
}

/** Decides which columns to keep: those where some one-column cell has content. */
export function keptColumns(grid: Grid): Columns {
  const used = new Array<boolean>(grid.columns).fill(false);
  for (const row of grid.rows) for (const cell of row.cells) if (cell.span === 1 && hasContent(cell)) used[cell.column] = true;
  // A spanning cell over columns nobody else uses keeps its first column.
  for (const row of grid.rows) {
    for (const cell of row.cells) {
      if (cell.span === 1 || !hasContent(cell)) continue;
      let any = false;
      for (let k = cell.column; k < cell.column + cell.span && k < used.length; k++) any ||= used[k] === true;
      if (!any) used[cell.column] = true;
    }
  }
  const index: number[] = [];
  let kept = 0;
  for (const u of used) index.push(u ? kept++ : -1);
  return { index, widths: new Array<number>(kept).fill(0), starts: new Array<number>(kept).fill(0) };
}

/** The kept columns a cell covers: [first, count]; count 0 when it covers none. */
export function placement(cols: Columns, cell: Cell): [number, number] {
  let first = -1;
  let count = 0;
  for (let k = cell.column; k < cell.column + cell.span && k < cols.index.length; k++) {
    const i = cols.index[k] ?? -1;
    if (i < 0) continue;
    if (first < 0) first = i;
    count++;
  }
  return [first, count];
}

/** Widest line of a cell. */
function cellWidth(cell: Cell): number {
  let w = 0;
  for (const line of cell.lines) w = Math.max(w, printed(line.text.trim()));
  return w;
}

/** Sets the column widths: one-column cells first, then spanning cells widen their last column. */
export function measure(grid: Grid, cols: Columns): void {
  cols.widths.fill(0);
  const spanning: Array<[Cell, number, number]> = [];
  for (const row of grid.rows) {
    for (const cell of row.cells) {
      const [first, count] = placement(cols, cell);
      if (count === 0 || !hasContent(cell)) continue;
      if (count === 1) cols.widths[first] = Math.max(cols.widths[first] ?? 0, cellWidth(cell));
      else spanning.push([cell, first, count]);
    }
  }
  for (const [cell, first, count] of spanning) {
    let have = GUTTER * (count - 1);
    for (let k = first; k < first + count; k++) have += cols.widths[k] ?? 0;
    // Running text across several columns (a note, a section title) wraps within them,
    // as a browser wraps it; only what cannot wrap, or a short heading, widens a column.
    const target = Math.max(have, MIN_WRAP);
    if (cellWidth(cell) > target) wrapCell(cell, target);
    const need = cellWidth(cell);
    const last = first + count - 1;
    if (need > have) cols.widths[last] = (cols.widths[last] ?? 0) + need - have;
  }
  let at = 0;
  for (let k = 0; k < cols.widths.length; k++) {
    cols.starts[k] = at;
    at += (cols.widths[k] ?? 0) + GUTTER;
  }
}

/** Wraps the running-text lines of a cell that are wider than `limit`. */
function wrapCell(cell: Cell, limit: number): void {
  cell.unwrapped ??= cell.lines;
  cell.lines = cell.unwrapped.flatMap((line) => (line.kind === 'flow' && printed(line.text) > limit ? wrapText(line.text.trim(), limit, line.hang).map((text) => ({ ...line, text })) : [line]));
}

/** The printed width of the table. */
function total(cols: Columns): number {
  let sum = GUTTER * Math.max(0, cols.widths.length - 1);
  for (const w of cols.widths) sum += w;
  return sum;
}

/** Narrowest a column gets by wrapping its entries. */
export const MIN_WRAP = 30;

/**
 * Narrows a table wider than the page by wrapping the running text of its widest columns
 * (row labels, notes), as text tables set long labels on two lines. Numbers never wrap:
 * only columns wider than {@link MIN_WRAP} are touched.
 */
export function fit(grid: Grid, cols: Columns, page: number): void {
  for (let pass = 0; pass < cols.widths.length && total(cols) > page; pass++) {
    let widest = -1;
    for (let k = 0; k < cols.widths.length; k++) if ((cols.widths[k] ?? 0) > (cols.widths[widest] ?? MIN_WRAP)) widest = k;
    if (widest < 0) return;
    const limit = Math.max(MIN_WRAP, (cols.widths[widest] ?? 0) - (total(cols) - page));
    for (const row of grid.rows) {
      for (const cell of row.cells) {
        const [first, count] = placement(cols, cell);
        if (first !== widest || count !== 1) continue;
        wrapCell(cell, limit);
      }
    }
    measure(grid, cols);
    if ((cols.widths[widest] ?? 0) > limit) return;
  }
}

/** `text` padded to `width` columns as `align` places it. */
function pad(text: string, width: number, align: Align): string {
  const room = width - printed(text);
  if (room <= 0) return text;
  if (align === 'right') return ' '.repeat(room) + text;
  if (align === 'center') {
    const left = Math.floor(room / 2);
    return ' '.repeat(left) + text + ' '.repeat(room - left);
  }
  return text + ' '.repeat(room);
}

/** The printed lines of one row; a row of empty line boxes is one blank line, an empty row none. */
export function rowLines(cells: readonly Cell[], cols: Columns): Line[] {
  const placed: Array<{ cell: Cell; first: number; count: number; offset: number }> = [];
  let height = 0;
  let blankBox = false;
  for (const cell of cells) {
    const [first, count] = placement(cols, cell);
    if (count === 0) continue;
    if (!hasContent(cell)) {
      blankBox ||= cell.blankBox;
      continue;
    }
    placed.push({ cell, first, count, offset: 0 });
    height = Math.max(height, cell.lines.length);
  }
  if (placed.length === 0) return blankBox ? [BLANK] : [];
  for (const p of placed) {
    const room = height - p.cell.lines.length;
    p.offset = p.cell.valign === 'bottom' ? room : p.cell.valign === 'middle' ? Math.floor(room / 2) : 0;
  }
  const out: Line[] = [];
  for (let i = 0; i < height; i++) {
    let text = '';
    let at = 0;
    for (const { cell, first, count, offset } of placed) {
      const start = cols.starts[first] ?? 0;
      const width = (cols.starts[first + count - 1] ?? start) + (cols.widths[first + count - 1] ?? 0) - start;
      const line = cell.lines[i - offset];
      const content = line ? line.text.trim() : '';
      if (content === '') continue;
      if (start > at) text += ' '.repeat(start - at);
      else if (at > 0 && start < at) text += ' '.repeat(GUTTER);
      const align = line ? line.align : cell.align;
      const cellText = pad(content, width, align);
      text += cellText;
      at = Math.max(start, at) + printed(cellText);
    }
    const trimmed = text.trimEnd();
    out.push(trimmed === '' ? BLANK : { text: trimmed, kind: 'fixed', align: 'left' });
  }
  return out;
}
