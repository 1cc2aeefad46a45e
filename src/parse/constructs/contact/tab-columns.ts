/**
 * Contact columns set with tabs in a word processor: the tabs reach the writer's own tab
 * stops, not EDGAR's every eight columns, so a column's cells do not line up as printed
 * ("Henry Tolputt⇥⇥or⇥Lavinia Merriman" / "⇥(802) 555-0172⇥⇥⇥(802) 555-0173"). The reader
 * takes a cell's column from its place in its row (reader/block.ts); `format` asks here for
 * the same lines laid out with spaces, each column where the widest cell before it ends, so
 * that the text it prints reads by where its cells stand as the source read by their order.
 *
 * > | CONTACT:⇥Henry J. Tolputt⇥⇥or⇥Lavinia C. Merriman
 * > | ⇥(802) 555-0172⇥⇥⇥(802) 555-0173
 */

/** Spaces between columns as laid out: wider than the reader's contact gutter (3). */
const COLUMN_GAP = 4;

/** A run of tabs, or of three spaces or more (the reader's contact gutter). */
const GAP = /\t+| {3,}/;

/** A lone joining word between two people's cells ("or"). */
const JOINER = /^(?:or|and)$/i;

/** A label cell that the reader joins to the cell after it ("CONTACT:", "Contacts:"). */
const LABEL = /^\S+(?: \S+){0,3}:$/;

/**
 * The lines of a contact block laid out with spaces when its columns are set with tabs: every
 * line of two cells or more parts them with tabs, and all such lines hold as many cells (a
 * lone "or"/"and" goes with the cell before it, a label with the cell after it). Null when the
 * block is not set so.
 */
export function tabSetContactLines(lines: readonly string[]): string[] | null {
  if (!lines.some((l) => l.includes('\t'))) return null;
  const rows = lines.map(logicalCells);
  const wide = rows.filter((r): r is Row => r !== null && r.cells.length >= 2);
  if (wide.length < 2 || wide.some((r) => r.cells.length !== wide[0]?.cells.length || !r.tabbed)) return null;
  const widths: number[] = [];
  for (const r of rows) r?.cells.forEach((c, k) => (widths[k] = Math.max(widths[k] ?? 0, c.length)));
  const starts: number[] = [0];
  for (let k = 1; k < widths.length; k++) starts[k] = (starts[k - 1] ?? 0) + (widths[k - 1] ?? 0) + COLUMN_GAP;
  const out: string[] = [];
  for (const r of rows) {
    // Blank lines inside part groups of people: one is kept where any stood.
    if (!r) {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      continue;
    }
    let line = '';
    r.cells.forEach((c, k) => {
      line = line.padEnd(starts[k] ?? 0) + c;
    });
    out.push(line);
  }
  while (out[out.length - 1] === '') out.pop();
  return out;
}

interface Row {
  readonly cells: string[];
  /** Whether every gap between its cells holds a tab. */
  readonly tabbed: boolean;
}

/** A line's cells as the reader sees them: joiners and labels gone with their neighbours. */
function logicalCells(line: string): Row | null {
  const trimmed = line.trim();
  if (trimmed === '') return null;
  const parts: string[] = [];
  const gaps: string[] = [];
  let rest = trimmed;
  for (let m = GAP.exec(rest); m; m = GAP.exec(rest)) {
    parts.push(rest.slice(0, m.index));
    gaps.push(m[0]);
    rest = rest.slice(m.index + m[0].length);
  }
  parts.push(rest);
  const cells: string[] = [];
  let tabbed = true;
  parts.forEach((p, k) => {
    const last = cells.length - 1;
    if (k > 0 && JOINER.test(p) && last >= 0) cells[last] = `${cells[last]} ${p}`;
    else if (k === 1 && LABEL.test(parts[0] ?? '') && last === 0) cells[0] = `${cells[0]}  ${p}`;
    else {
      if (k > 0 && !(gaps[k - 1] ?? '').includes('\t')) tabbed = false;
      cells.push(p);
    }
  });
  return { cells, tabbed };
}
