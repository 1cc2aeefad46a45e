/**
 * Tables read from an HTML exhibit's own cells: the `tables` entry for HTML, more faithful
 * than the text rendering (no column guessing: the grid says where each figure stands).
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { BLOCKS, nameOf, SKIPPED } from '../../html/elements.js';
import { unwrapEdgar } from '../../html/edgar.js';
import { rowScale, titleOf } from '../caption.js';
import { figureValue, isFigure, isYear } from '../figures.js';
import { cleanHeader, cleanLabel } from '../labels.js';
import { collapse } from '../../normalize/text.js';
import type { TableCell, TableModel } from '../model.js';
import { scaleOf, type Scale } from '../scale.js';
import { gridRows, textOf, type GridRow, type Piece } from './cells.js';
import { append } from '../../util/append.js';

/** Lines of text above a table searched for its caption. */
const CAPTION_LINES = 6;

/** The tables of an HTML exhibit in reading order (tables without figures left out). Never throws on a string. */
export function htmlTables(html: string): TableModel[] {
  const body = unwrapEdgar(html);
  const shift = html.length - body.length;
  let tree: Root;
  try {
    tree = fromHtml(body, { onerror: undefined });
  } catch {
    return [];
  }
  const out: TableModel[] = [];
  const recent: string[] = [];
  let line = '';
  const endLine = (): void => {
    const t = collapse(line.replaceAll('\u00a0', ' '));
    if (t) recent.push(t);
    else if (recent[recent.length - 1] !== '') recent.push('');
    if (recent.length > 40) recent.splice(0, recent.length - 40);
    line = '';
  };
  const visit = (node: RootContent | ElementContent): void => {
    if (node.type === 'text') {
      line += node.value;
      return;
    }
    if (node.type !== 'element') return;
    const name = nameOf(node.tagName);
    if (SKIPPED.has(name)) return;
    if (name === 'table') {
      endLine();
      const model = readTable(node, recent.slice(-CAPTION_LINES), shift);
      if (model) out.push(model);
      // A table without figures (a letterhead, a contact block) is text above the next one.
      else for (const t of node.children.map(textOf)) line += ` ${t}`;
      endLine();
      recent.push('');
      return;
    }
    if (name === 'br') endLine();
    const block = BLOCKS.has(name);
    if (block) endLine();
    for (const child of node.children) visit(child);
    if (block) endLine();
  };
  for (const child of tree.children) visit(child);
  return out;
}

/** "1.6 pts": a change in percentage points, a figure with its unit. */
const withoutUnit = (text: string): string => (/\dpts?$/iu.test(text.replaceAll(' ', '')) ? text.slice(0, text.toLowerCase().lastIndexOf('pt')).trimEnd() : text);

const overlaps = (a: number, aSpan: number, b: number, bSpan: number): boolean => a < b + bSpan && b < a + aSpan;

interface Column {
  from: number;
  to: number;
}

function readTable(table: Element, above: readonly string[], shift: number): TableModel | null {
  const rows = gridRows(table);
  const isDataRow = (r: GridRow): boolean => {
    const [first, ...rest] = r.pieces;
    return Boolean(first) && !isFigure(first?.text ?? '') && rest.some((p) => isFigure(p.text)) && !rest.every((p) => isYear(p.text));
  };
  const firstData = rows.findIndex(isDataRow);
  if (firstData < 0) return null;
  // Value columns: where the figures of the data rows stand (a "$" cell before one is not its column).
  const cols: Column[] = [];
  for (const r of rows.slice(firstData)) {
    if (!isDataRow(r)) continue;
    for (const p of r.pieces.slice(1)) {
      if (!isFigure(p.text)) continue;
      const hit = cols.find((c) => overlaps(c.from, c.to - c.from, p.figureCol, p.figureSpan));
      if (hit) {
        hit.from = Math.min(hit.from, p.figureCol);
        hit.to = Math.max(hit.to, p.figureCol + p.figureSpan);
      } else cols.push({ from: p.figureCol, to: p.figureCol + p.figureSpan });
    }
  }
  cols.sort((a, b) => a.from - b.from);
  const columns: Column[] = [];
  for (const c of cols) {
    const prev = columns[columns.length - 1];
    if (prev && prev.to > c.from) prev.to = Math.max(prev.to, c.to);
    else columns.push({ ...c });
  }
  if (columns.length === 0) return null;
  const valueStart = (columns[0] as Column).from;
  const columnsOf = (p: Piece): number[] => columns.map((c, k) => (overlaps(c.from, c.to - c.from, p.col, p.span) ? k : -1)).filter((k) => k >= 0);

  // Above the first data row: caption rows (a cell from the first column reaching over the figures),
  // header rows (cells over the figures), stub cells (label column only: a scale, "ASSETS").
  const headers = columns.map(() => [] as string[]);
  const inside: string[] = [];
  const stub: string[] = [];
  let lastHeader = -1;
  rows.slice(0, firstData).forEach((r, i) => {
    const overValues = r.pieces.filter((p) => p.col + p.span > valueStart);
    if (overValues.length && overValues.every((p) => p.col === 0)) {
      append(inside, overValues.map((p) => p.text));
      return;
    }
    for (const p of r.pieces) {
      if (p.col + p.span <= valueStart) stub.push(p.text);
      else for (const k of columnsOf(p)) headers[k]?.push(p.text);
    }
    if (overValues.length) lastHeader = i;
  });

  const captions = [...above, '', ...inside];
  let scale: Scale | null = null;
  for (const text of [...captions].reverse().concat(stub)) {
    scale = scaleOf(text);
    if (scale) break;
  }
  const tableScale = scale?.scale ?? 1;
  const body = rows.slice(lastHeader + 1);
  const indents = [...new Set(body.map((r) => r.pieces[0]?.indent ?? 0))].sort((a, b) => a - b);
  const modelRows = body
    .filter((r) => r.pieces.length > 0)
    .map((r) => {
      const labelPiece = r.pieces[0] && !isFigure(r.pieces[0].text) && r.pieces[0].col < valueStart ? r.pieces[0] : null;
      const cells: TableCell[] = columns.map(() => ({ text: '', value: null }));
      for (const p of r.pieces) {
        if (p === labelPiece) continue;
        const k = columnsOf({ ...p, col: p.figureCol, span: p.figureSpan })[0] ?? columnsOf(p)[0];
        if (k === undefined || (cells[k] as TableCell).text) continue;
        cells[k] = { text: p.text, value: figureValue(withoutUnit(p.text)) };
      }
      const label = cleanLabel(labelPiece?.text ?? '');
      const s = rowScale(label, tableScale, scale);
      return { label, depth: Math.max(0, indents.indexOf(labelPiece?.indent ?? 0)), cells, ...(s === undefined ? {} : { scale: s }) };
    });
  const start = table.position?.start.offset;
  const end = table.position?.end.offset;
  return {
    title: titleOf(captions),
    scale: tableScale,
    scaleText: scale?.text ?? '',
    columns: headers.map((h) => ({ header: cleanHeader(h.join(' ')) })),
    rows: modelRows,
    position: start !== undefined && end !== undefined ? { start: start + shift, end: end + shift } : null,
  };
}
