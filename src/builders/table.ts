/**
 * Tables from rows: columns padded to their widest cell, the first column flush left and
 * the others flush right (figures line up on their last digit), four spaces between
 * columns — the gutter the parser splits cells at.
 */
import type { Table } from '../tree/nodes/table.js';
import { trimSpacesEnd } from '../format/words.js';
import { oneLine, rawLeaves } from './leaves.js';

/** Blank columns between two cells: the parser's gutter. */
const GUTTER = '    ';

/** The cells of each row on one line each. */
function cleanRows(rows: readonly (readonly string[])[]): string[][] {
  return rows.map((r) => r.map(oneLine));
}

/** The lines of a table built from rows, one line per row, no trailing spaces. */
export function tableLines(rows: readonly (readonly string[])[]): string[] {
  const clean = cleanRows(rows);
  const widths: number[] = [];
  for (const r of clean) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return clean.map((r) => trimSpacesEnd(r.map((c, i) => (i === 0 ? c.padEnd(widths[0] ?? 0) : GUTTER + c.padStart(widths[i] ?? 0))).join('')));
}

/** A fixed-width table; its `rows` are the cells as given, on one line each. */
export function table(rows: readonly (readonly string[])[]): Table {
  return { type: 'table', rows: cleanRows(rows), children: rawLeaves(tableLines(rows).join('\n')) };
}
