/**
 * An HTML table's rows as pieces of text placed on its column grid: each cell's text
 * (`<br>` and runs of white space as one space), its first column and its span. A figure
 * split over cells ("$" | "1,234", "(46" | ")", "20" | "%") is joined into one piece.
 */
import type { Element, ElementContent } from 'hast';
import { nameOf, SKIPPED } from '../../html/elements.js';
import { collapse } from '../../normalize/text.js';
import { figureValue, isCurrency, isFigure } from '../figures.js';

export interface Piece {
  text: string;
  /** First grid column and columns spanned. */
  col: number;
  span: number;
  /** Grid columns of the figure itself (the "$" before it not counted). */
  figureCol: number;
  figureSpan: number;
  /** Indentation asked for by the cell's style (points), or by leading non-breaking spaces. */
  indent: number;
}

export interface GridRow {
  readonly pieces: Piece[];
}

/** The text of an element: text nodes, `<br>` as a space; hidden and skipped elements left out. */
export function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  const name = nameOf(node.tagName);
  if (SKIPPED.has(name) || /display\s*:\s*none/iu.test(String(node.properties['style'] ?? ''))) return '';
  if (name === 'br') return ' ';
  const inner = node.children.map(textOf).join('');
  return name === 'p' || name === 'div' ? ` ${inner} ` : inner;
}

/** The rows of a table, in order: direct ones and those of its row groups, never a nested table's. */
export function rowElements(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (children: readonly ElementContent[]): void => {
    for (const child of children) {
      if (child.type !== 'element') continue;
      const name = nameOf(child.tagName);
      if (name === 'tr') rows.push(child);
      else if (name === 'thead' || name === 'tbody' || name === 'tfoot') visit(child.children);
    }
  };
  visit(table.children);
  return rows;
}

const spanOf = (v: unknown): number => {
  const n = typeof v === 'number' ? v : Number.parseInt(String(v ?? '1'), 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(Math.trunc(n), 1000) : 1;
};

/** Points of left padding, margin or text indent a cell's style (or its first child's) asks for. */
function indentOf(cell: Element, raw: string): number {
  let pt = 0;
  const styles = [String(cell.properties['style'] ?? '')];
  const first = cell.children.find((c): c is Element => c.type === 'element');
  if (first) styles.push(String(first.properties['style'] ?? ''));
  for (const style of styles) {
    for (const m of style.matchAll(/(?:padding-left|margin-left|text-indent)\s*:\s*(\d+(?:\.\d+)?)\s*(pt|px|em|in)?/giu)) {
      const n = Number(m[1]);
      const unit = (m[2] ?? 'px').toLowerCase();
      pt += unit === 'em' ? n * 10 : unit === 'in' ? n * 72 : unit === 'px' ? n * 0.75 : n;
    }
  }
  const nbsp = /^[\u00a0 ]*/u.exec(raw)?.[0].length ?? 0;
  return pt + nbsp * 3;
}

/** A piece that closes the figure before it: ")", "%", ")%", with a footnote mark after. */
const CLOSER = /^\)?(?:\s?%)?(?:\s?\([a-z0-9]\))?$/iu;

const clean = (s: string): string => collapse(s.replaceAll('\u00a0', ' '));

export function gridRows(table: Element): GridRow[] {
  const out: GridRow[] = [];
  for (const tr of rowElements(table)) {
    let col = 0;
    const pieces: Piece[] = [];
    for (const cell of tr.children) {
      if (cell.type !== 'element' || !['td', 'th'].includes(nameOf(cell.tagName))) continue;
      const span = spanOf(cell.properties['colSpan']);
      const raw = cell.children.map(textOf).join('');
      const text = clean(raw);
      const here = col;
      col += span;
      if (!text) continue;
      const prev = pieces[pieces.length - 1];
      if (prev && isCurrency(prev.text) && isFigure(text)) {
        prev.text = `${prev.text}${text}`;
        prev.span = here + span - prev.col;
        prev.figureCol = here;
        prev.figureSpan = span;
        continue;
      }
      if (prev && CLOSER.test(text) && /[\d)]$/u.test(prev.text) && figureValue(prev.text + text.replace(/\([a-z0-9]\)$/iu, '').trim()) !== null) {
        prev.text = `${prev.text}${text.replace(/\([a-z0-9]\)$/iu, '').trim()}`;
        prev.span = here + span - prev.col;
        continue;
      }
      pieces.push({ text, col: here, span, figureCol: here, figureSpan: span, indent: indentOf(cell, raw) });
    }
    out.push({ pieces });
  }
  return out;
}
