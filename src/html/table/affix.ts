/**
 * Affix cells: financial tables often put a currency sign, a closing parenthesis or a
 * percent sign in a cell of its own, flush against the number next to it. On the page they
 * read as one value ("$1,234", "(56)", "12%"), so they are joined to that number here.
 */
import { BLANK, type Line } from '../line.js';
import { cellText, hasContent, type Cell, type Row } from './grid.js';

/** A currency sign (alone, or with a country prefix: US$, C$, A$, HK$, R$). */
const PREFIX = /^(?:[A-Z]{0,2}\$|[€£¥₹])$/;

/** What closes a number: a parenthesis, a percent sign, or both. */
const SUFFIX = /^(?:\)|%|\)%|%\))$/;

/** A cell holding a single line of text. */
function single(cell: Cell): string | null {
  const lines = cell.lines.filter((l) => l.text.trim() !== '');
  return lines.length === 1 ? (lines[0]?.text.trim() ?? null) : null;
}

/** Replaces a cell's lines with one line of `text`. */
function rewrite(cell: Cell, text: string): void {
  const first = cell.lines.find((l) => l.text.trim() !== '');
  const line: Line = first ? { ...first, text } : { ...BLANK, text };
  cell.lines = [line];
}

/** Joins affix cells of a row to their numbers, leaving the affix cells empty. */
export function joinAffixes(row: Row): void {
  const cells = row.cells;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (!cell || !hasContent(cell)) continue;
    const text = cellText(cell);
    if (PREFIX.test(text)) {
      const next = neighbour(cells, i, 1);
      const value = next ? single(next) : null;
      if (next && value !== null && startsNumber(value)) {
        rewrite(next, `${text}${value}`);
        cell.lines = [];
      }
    } else if (SUFFIX.test(text)) {
      const prev = neighbour(cells, i, -1);
      const value = prev ? single(prev) : null;
      if (prev && value !== null && endsNumber(value)) {
        rewrite(prev, `${value}${text}`);
        cell.lines = [];
      }
    }
  }
}

/** The nearest cell with content in direction `step`, across empty cells only. */
function neighbour(cells: readonly Cell[], from: number, step: 1 | -1): Cell | undefined {
  for (let j = from + step; j >= 0 && j < cells.length; j += step) {
    const cell = cells[j];
    if (cell && hasContent(cell)) return cell;
  }
  return undefined;
}

/** Whether text starts like a number: a digit, a point, a parenthesis or a sign before one. */
function startsNumber(text: string): boolean {
  return /^[(\-\u2013\u2212]?\.?\d/.test(text) || text === '\u2014' || text === '-' || text === '\u2013';
}

/** Whether text ends like a number (or a dash standing for zero). */
function endsNumber(text: string): boolean {
  return /[\d%]$/.test(text) || /[-\u2013\u2014]$/.test(text);
}
