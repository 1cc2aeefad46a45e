/**
 * Tables. A data table prints as a text table: one line per row (more when a cell holds
 * several lines), cells padded to their columns. A layout table — one used to place running
 * text, where no row has two cells side by side or a cell holds a paragraph — prints as the
 * blocks it holds, row after row, cell after cell.
 */
import type { Element } from 'hast';
import type { Align, Box } from '../box.js';
import { isBlank } from '../line.js';
import { LineWriter } from '../writer.js';
import type { Context } from '../render.js';
import { joinAffixes } from './affix.js';
import { joinMarker } from './markers.js';
import { fit, keptColumns, measure, rowLines } from './columns.js';
import { buildGrid, hasContent, type Cell, type Grid } from './grid.js';

/** The renderer's entry point for child nodes (passed in, so tables and render do not import each other). */
export type RenderNodes = (nodes: Element['children'], w: LineWriter, ctx: Context) => void;

/**
 * A cell line this long is running text, not a table entry: longer than a row label of a
 * financial statement usually is, and about a line and a half of a printed page.
 */
export const PROSE = 120;

/**
 * Whether the grid is laid out as text blocks rather than as a table: no row puts two
 * cells side by side, or most rows that do hold running text in one of them.
 */
export function isLayout(grid: Grid): boolean {
  let sideBySide = 0;
  let prose = 0;
  for (const row of grid.rows) {
    let filled = 0;
    let long = false;
    for (const cell of row.cells) {
      if (!hasContent(cell)) continue;
      filled++;
      long ||= cell.lines.some((line) => line.text.length > PROSE);
    }
    if (filled < 2) continue;
    sideBySide++;
    if (long) prose++;
  }
  return sideBySide === 0 || prose * 2 > sideBySide;
}

/** Prints a table into `w`. */
export function renderTable(table: Element, box: Box, w: LineWriter, ctx: Context, renderNodes: RenderNodes): void {
  const grid = buildGrid(table, (cell: Element, align: Align) => {
    const sub = new LineWriter(align);
    renderNodes(cell.children, sub, ctx);
    return sub.finish();
  });
  w.block(box.before);
  if (grid.caption) {
    w.enter('center', false);
    renderNodes(grid.caption.children, w, ctx);
    w.block(1);
    w.leave(false);
  }
  for (const row of grid.rows) {
    joinAffixes(row);
    joinMarker(row);
  }
  if (isLayout(grid)) printBlocks(grid, w);
  else printGrid(grid, w, ctx.width);
  w.block(box.after);
}

/** A data table: one fixed line per row line. */
function printGrid(grid: Grid, w: LineWriter, page: number): void {
  const cols = keptColumns(grid);
  measure(grid, cols);
  fit(grid, cols, page);
  for (const row of grid.rows) for (const line of rowLines(row.cells, cols)) w.push(line);
}

/** A layout table: the cells' lines as blocks, row after row. */
function printBlocks(grid: Grid, w: LineWriter): void {
  for (const row of grid.rows) {
    const cells = row.cells.filter(hasContent);
    if (cells.length === 0 && row.cells.some((c) => c.blankBox)) w.blank();
    for (const cell of cells) pushCell(cell, w);
  }
}

/** A cell's lines as a block of their own. */
function pushCell(cell: Cell, w: LineWriter): void {
  w.block(cell.leading === 2 ? 2 : 1);
  for (const line of cell.lines) {
    if (isBlank(line)) w.blank();
    else w.push(line);
  }
  w.block(cell.trailing === 2 ? 2 : 1);
}
