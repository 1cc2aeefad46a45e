/**
 * A table's grid: its rows, and in each row its cells placed at their first column with
 * their span, `rowspan` cells reserving their columns in the rows below. Each cell's content
 * is rendered once, into lines, by the caller's renderer.
 */
import type { Element, ElementContent } from 'hast';
import { alignOf, isHidden, type Align } from '../box.js';
import { nameOf } from '../elements.js';
import { isBlank, type Line } from '../line.js';
import { parseStyle } from '../style.js';

/** One cell: its lines and where it sits. */
export interface Cell {
  /** First column. */
  readonly column: number;
  /** Columns spanned (at least 1). */
  span: number;
  /** The rendered lines, no blank line at either end. */
  lines: Line[];
  /** The lines before any wrapping to a column width (wrapping always starts from these). */
  unwrapped: Line[] | null;
  readonly align: Align;
  /** Where its lines sit when the row is taller than they are. */
  readonly valign: VAlign;
  /** Space asked for above and below its lines (2: a blank line), e.g. by `<p>` margins. */
  readonly leading: 0 | 1 | 2;
  readonly trailing: 0 | 1 | 2;
  /** It holds an empty line box (`&nbsp;`, `<br>`) and nothing else. */
  readonly blankBox: boolean;
}

export type VAlign = 'top' | 'middle' | 'bottom';

export interface Row {
  readonly cells: Cell[];
}

export interface Grid {
  readonly rows: Row[];
  /** Number of columns. */
  readonly columns: number;
  /** The caption's element, if any. */
  readonly caption: Element | null;
}

/** Renders a cell's content into lines (supplied by the renderer, to keep this module leaf-ward). */
export type RenderCell = (cell: Element, align: Align) => { lines: Line[]; leading: 0 | 1 | 2; trailing: 0 | 1 | 2 };

/** HTML's limits on spans. */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

/** A span attribute as a whole number in [1, max]. */
function span(value: unknown, max: number): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseInt(value, 10) : 1;
  return Number.isFinite(n) && n >= 1 ? Math.min(Math.trunc(n), max) : 1;
}

/** The rows of a table, in order: direct ones and those of its row groups, never a nested table's. */
function rowsOf(table: Element): { rows: Element[]; caption: Element | null } {
  const rows: Element[] = [];
  let caption: Element | null = null;
  const visit = (children: readonly ElementContent[]): void => {
    for (const child of children) {
      if (child.type !== 'element' || isHidden(child, parseStyle(child.properties.style))) continue;
      const name = nameOf(child.tagName);
      if (name === 'tr') rows.push(child);
      else if (name === 'thead' || name === 'tbody' || name === 'tfoot') visit(child.children);
      else if (name === 'caption' && caption === null) caption = child;
    }
  };
  visit(table.children);
  return { rows, caption };
}

/** The alignment a cell's text inherits from its row, row group and table styles. */
function inherited(chain: readonly Element[]): Align | null {
  for (const element of chain) {
    const name = nameOf(element.tagName);
    const style = parseStyle(element.properties.style);
    // `align` on a table places the table itself; only its text-align style reaches the cells.
    const own = name === 'table' ? alignOf('div', { ...element, properties: {} }, style) : alignOf(name, element, style);
    if (own) return own;
  }
  return null;
}

/** The declared vertical alignment of a cell or row (`valign`, `vertical-align`), or null. */
function valignOf(element: Element): VAlign | null {
  const declared = parseStyle(element.properties.style).get('vertical-align') ?? element.properties.vAlign;
  const value = typeof declared === 'string' ? declared.toLowerCase() : '';
  // Baseline alignment lines up the first lines of the cells: the same as top here.
  if (value === 'top' || value === 'text-top' || value === 'baseline') return 'top';
  if (value === 'bottom' || value === 'text-bottom') return 'bottom';
  if (value === 'middle') return 'middle';
  return null;
}

/** Builds the grid of `table`, rendering each cell once. */
export function buildGrid(table: Element, render: RenderCell): Grid {
  const { rows: trs, caption } = rowsOf(table);
  const rows: Row[] = [];
  /** Rows still reserved below, per column, by `rowspan` cells above. */
  const reserved: number[] = [];
  let columns = 0;
  for (const tr of trs) {
    const cells: Cell[] = [];
    let column = 0;
    const rowAlign = inherited([tr, table]);
    const rowVAlign = valignOf(tr);
    for (const child of tr.children) {
      if (child.type !== 'element') continue;
      const name = nameOf(child.tagName);
      if (name !== 'td' && name !== 'th') continue;
      const style = parseStyle(child.properties.style);
      if (isHidden(child, style)) continue;
      while ((reserved[column] ?? 0) > 0) column++;
      const colspan = span(child.properties.colSpan, MAX_COLSPAN);
      const rowspan = span(child.properties.rowSpan, MAX_ROWSPAN);
      const align = alignOf(name, child, style) ?? rowAlign ?? (name === 'th' ? 'center' : 'left');
      const rendered = render(child, align);
      cells.push({
        column,
        span: colspan,
        lines: rendered.lines,
        unwrapped: null,
        align,
        valign: valignOf(child) ?? rowVAlign ?? 'middle',
        leading: rendered.leading,
        trailing: rendered.trailing,
        blankBox: rendered.lines.length === 0 && (rendered.leading === 2 || rendered.trailing === 2),
      });
      for (let k = 0; k < colspan; k++) if (rowspan > 1) reserved[column + k] = Math.max(reserved[column + k] ?? 0, rowspan);
      column += colspan;
    }
    columns = Math.max(columns, column);
    for (let k = 0; k < reserved.length; k++) if ((reserved[k] ?? 0) > 0) reserved[k] = (reserved[k] ?? 1) - 1;
    rows.push({ cells });
  }
  return { rows, columns, caption };
}

/** The text of a cell on one line (its lines joined by spaces). */
export function cellText(cell: Cell): string {
  return cell.lines.map((l) => l.text.trim()).filter((t) => t !== '').join(' ');
}

/** Whether a cell prints anything. */
export function hasContent(cell: Cell): boolean {
  return cell.lines.some((l) => !isBlank(l));
}
