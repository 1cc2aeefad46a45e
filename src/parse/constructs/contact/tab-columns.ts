/**
 * Contact columns set with tabs in a word processor: the tabs reach the writer's own tab
 * stops, not EDGAR's every eight columns, so a column's cells do not line up as printed
 * ("Henry Tolputt⇥⇥or⇥Lavinia Merriman" / "⇥(802) 555-0172⇥⇥⇥(802) 555-0173"). The reader
 * takes a cell's column from its place in its row (tabSetRows in reader/block.ts); `format`
 * asks here for the same lines laid out with spaces, each column where the widest cell before
 * it ends, so that the text it prints reads by where its cells stand as the source read by
 * their order. The rows and cells are the reader's own, found in the block's text lexed again.
 *
 * > | CONTACT:⇥Henry J. Tolputt⇥⇥or⇥Lavinia C. Merriman
 * > | ⇥(802) 555-0172⇥⇥⇥(802) 555-0173
 */
import { endOf } from '../../cst.js';
import { lex } from '../../lex.js';
import { lineCells, type LineCell } from '../../layout/cells.js';
import { CONTACT_GUTTER, isJoiner, tabBetween, tabSetRows } from './reader/block.js';

/** Spaces between columns as laid out: wider than the reader's contact gutter (3). */
const COLUMN_GAP = 4;

/** Spaces between a label and its value joined in one cell: narrower than a contact gutter. */
const LABEL_SPACE = '  ';

/**
 * The lines of a contact block's text laid out with spaces when its columns are set with
 * tabs (a lone "or"/"and" printed with the cell before it); null when the block is not set so.
 */
export function tabSetContactLines(text: string): string[] | null {
  if (!text.includes('\t')) return null;
  const { lines } = lex(text);
  const rows = tabSetRows(text, lines.map((l) => lineCells(l, CONTACT_GUTTER)));
  if (!rows) return null;
  const cells = rows.map((row) => (row.length ? cellTexts(text, row) : null));
  const widths: number[] = [];
  for (const r of cells) r?.forEach((c, k) => (widths[k] = Math.max(widths[k] ?? 0, c.length)));
  const starts: number[] = [0];
  for (let k = 1; k < widths.length; k++) starts[k] = (starts[k - 1] ?? 0) + (widths[k - 1] ?? 0) + COLUMN_GAP;
  const out: string[] = [];
  for (const r of cells) {
    // Blank lines inside part groups of people: one is kept where any stood.
    if (!r) {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      continue;
    }
    let line = '';
    r.forEach((c, k) => {
      line = line.padEnd(starts[k] ?? 0) + c;
    });
    out.push(line);
  }
  while (out[out.length - 1] === '') out.pop();
  return out;
}

/** A row's cells as text, a joiner with the cell before it, a label's tab or gutter as two spaces. */
function cellTexts(source: string, row: readonly LineCell[]): string[] {
  const out: string[] = [];
  for (const cell of row) {
    let text = '';
    cell.tokens.forEach((t, i) => {
      const prev = cell.tokens[i - 1];
      if (prev) {
        const gap = source.slice(endOf(prev), t.startOffset);
        text += tabBetween(source, prev, t) || gap.length >= CONTACT_GUTTER ? LABEL_SPACE : gap;
      }
      text += t.image;
    });
    const last = out.length - 1;
    if (isJoiner(cell) && last >= 0) out[last] = `${out[last]} ${text}`;
    else out.push(text);
  }
  return out;
}
