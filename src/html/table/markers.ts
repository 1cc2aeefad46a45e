/**
 * Marker cells: lists laid out as tables put the bullet or number in a cell of its own,
 * with the item's text in the next cell. On the page that reads as one list item, so the
 * marker is joined to the start of the text, as a plain-text exhibit writes it.
 */
import { cellText, hasContent, type Row } from './grid.js';

/**
 * A whole cell that is a list marker: a bullet shape (•, ·, ▪, ●, ○, ■, □, ◦, ➢, ❖, ✓, *, o, §)
 * or a number, letter or roman numeral with a point or parenthesis ("1.", "(a)", "iv)").
 * Dashes are left out: in a table a lone dash is a nil amount.
 */
const MARKER = /^(?:[\u2022\u00b7\u25aa\u25ab\u25cf\u25cb\u25a0\u25a1\u25e6\u2023\u2043\u27a2\u2756\u2713\u2219*o\u00a7]|\(?(?:\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6})[.)])$/i;

/** Whether a cell's text is a list marker. */
export function isMarker(text: string): boolean {
  return MARKER.test(text);
}

/** Joins a row's leading marker cell to the text of the next cell with content. */
export function joinMarker(row: Row): void {
  const filled = row.cells.filter(hasContent);
  const marker = filled[0];
  const next = filled[1];
  if (!marker || !next || marker.lines.length !== 1) return;
  const text = cellText(marker);
  if (!isMarker(text)) return;
  const [first, ...rest] = next.lines;
  if (!first) return;
  next.lines = [{ ...first, text: `${text} ${first.text.trimStart()}`, hang: text.length + 1 }, ...rest];
  marker.lines = [];
}
