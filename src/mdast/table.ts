/**
 * A fixed-width table as GFM rows, read from its laid-out lines rather than from the
 * parser's `rows` (cells per line, in the order met): the columns are where most rows have
 * their cells, and every cell goes to the column nearest its middle (two in one column are
 * joined), so a heading stands over its figures, a "$" joins its figure, and a row with an
 * empty first cell keeps its figures in their columns.
 */

/** Two spaces or more part two cells on a line. */
const CELL = /\S+(?: \S+)*/g;

/** Lines that are layout in a table, not cells: rules ("-----  -----") and EDGAR's table tags. */
const RULE_CELL = /^[-=_*]+$/;
const TABLE_TAG = /^<\/?(?:table|s|c|caption|fn)>/i;

interface Span {
  readonly text: string;
  readonly from: number;
  readonly to: number;
}

/** A currency sign standing apart from its figure ("$   1,234"). */
const CURRENCY = /^[$\u00A3\u20AC\u00A5]$/u;

function spans(line: string): Span[] {
  const out: Span[] = [];
  for (const m of line.matchAll(CELL)) {
    const prev = out[out.length - 1];
    const span = { text: m[0], from: m.index, to: m.index + m[0].length };
    // A lone "$" belongs to the figure after it.
    if (prev && CURRENCY.test(prev.text)) out[out.length - 1] = { text: `${prev.text} ${span.text}`, from: prev.from, to: span.to };
    else out.push(span);
  }
  return out;
}

const isLayoutLine = (cells: readonly Span[]): boolean => cells.every((c) => RULE_CELL.test(c.text)) || TABLE_TAG.test(cells[0]?.text ?? '');

/** The number of cells most rows of two cells or more have (the larger on a tie); else 1, or 0 for no rows. */
function usualWidth(rows: readonly Span[][]): number {
  const counts = new Map<number, number>();
  for (const r of rows) if (r.length >= 2) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  let best = rows.length ? 1 : 0;
  let seen = 0;
  for (const [width, n] of counts) if (n > seen || (n === seen && width > best)) [best, seen] = [width, n];
  return best;
}

/** Rows of cells from a table's lines; empty when no line holds a cell. */
export function tableRows(lines: readonly string[]): string[][] {
  const rows = lines.map(spans).filter((cells) => cells.length > 0 && !isLayoutLine(cells));
  const width = usualWidth(rows);
  if (width === 0) return [];
  // Column ranges from the rows with the usual number of cells: the figures rows, whose gaps are the columns' gaps.
  const model = rows.filter((r) => r.length === width);
  const columns = Array.from({ length: width }, (_, i) => ({
    from: Math.min(...model.map((r) => r[i]?.from ?? Infinity)),
    to: Math.max(...model.map((r) => r[i]?.to ?? 0)),
  }));
  // How far a cell's middle is from a column: 0 inside it.
  const distance = (middle: number, c: { from: number; to: number }): number => (middle < c.from ? c.from - middle : middle > c.to ? middle - c.to : 0);
  const columnOf = (cell: Span): number => {
    const middle = (cell.from + cell.to) / 2;
    let best = 0;
    columns.forEach((c, i) => {
      if (distance(middle, c) < distance(middle, columns[best] ?? c)) best = i;
    });
    return best;
  };
  return rows.map((cells) => {
    const row: string[] = Array.from({ length: width }, () => '');
    for (const cell of cells) {
      const i = columnOf(cell);
      row[i] = row[i] ? `${row[i]} ${cell.text}` : cell.text;
    }
    return row;
  });
}
