/**
 * A fixed-width table as GFM rows, read from its laid-out lines rather than from the
 * parser's `rows` (cells per line, in the order met): the columns are where most rows have
 * their cells, and every cell goes to the column nearest its middle (two in one column are
 * joined), so a heading stands over its figures, a "$" joins its figure, and a row with an
 * empty first cell keeps its figures in their columns.
 */
import { collapse } from '../normalize/text.js';
import type { TableModel } from '../tables/model.js';

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
  // A loop, not Math.min(...rows): a table of many rows would overflow the call's arguments.
  const columns = Array.from({ length: width }, (_, i) => {
    let from = Infinity;
    let to = 0;
    for (const r of model) {
      from = Math.min(from, r[i]?.from ?? Infinity);
      to = Math.max(to, r[i]?.to ?? 0);
    }
    return { from, to };
  });
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

/** A table model as GFM rows: the headers (when it has any), then one row per line item, figures as printed. */
export function modelRows(model: TableModel): string[][] {
  const body = model.rows.map((r) => [r.label, ...r.cells.map((c) => collapse(c.text))]);
  return model.columns.some((c) => c.header) ? [['', ...model.columns.map((c) => c.header)], ...body] : body;
}

interface Positioned {
  readonly type: string;
  readonly position?: { readonly start: { readonly offset: number }; readonly end: { readonly offset: number } } | undefined;
  readonly model?: TableModel | undefined;
  readonly children?: readonly Positioned[];
}

/**
 * Whether a block only repeats part of a table that another block carries as a model (the
 * header, rules and later row blocks of a table the parser split): such a block is left out
 * of the Markdown, since the carrier's GFM table already holds its rows.
 */
export function coveredByModel(tree: Positioned): (node: Positioned) => boolean {
  const spans: Array<{ start: number; end: number; carrier: Positioned }> = [];
  for (const node of tree.children ?? []) {
    const span = node.model?.position;
    if (node.type === 'table' && span) spans.push({ ...span, carrier: node });
  }
  return (node) => {
    const p = node.position;
    if (!p || node.model) return false;
    return spans.some((s) => s.carrier !== node && p.start.offset >= s.start && p.end.offset <= s.end);
  };
}
