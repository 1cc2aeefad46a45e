/**
 * A laid-out table (a text exhibit's fixed-width lines, tagged `<TABLE>/<S>/<C>` or not) read
 * into the table model: caption (title, scale), header (columns with their full headers) and
 * body (rows with label, depth and figures). Every cell's text is a slice of the source.
 */
import { figureValue } from '../figures.js';
import { cleanHeader, cleanLabel } from '../labels.js';
import type { TableCell, TableModel, TableRow } from '../model.js';
import { rowScale, titleOf } from '../caption.js';
import { scaleOf, type Scale } from '../scale.js';
import { ClassifiedLines, windowLines, type Lines, type TableLine } from './kinds.js';
import { indentOf, SourceLines, windowAround, type Segment } from './lines.js';
import { regionAround, type Region } from './region.js';
import { append } from '../../util/append.js';

interface Column {
  from: number;
  to: number;
}

/** Lines above a tagged table searched for its caption. */
const CAPTION_LINES = 8;

/**
 * Reads the tables of one source. A table the parser split into several blocks is asked for
 * once per block: the reader splits and classifies the source's lines once for all of them.
 */
export class TextTableReader {
  private lines: ClassifiedLines | undefined;

  constructor(readonly source: string) {}

  /**
   * The table whose first data line lies in `[from, to)` of the source (the lines of a block
   * the parser called a table), or null: no figures there, or the table starts in an earlier
   * block (that block carries it).
   */
  read(from: number, to: number): TableModel | null {
    // Lines are split on the first read: most exhibits have no table.
    this.lines ??= new ClassifiedLines(new SourceLines(this.source));
    const { lines: raw, first, last } = windowAround(this.lines.lines, from, to);
    const lines = windowLines(this.lines, raw);
    const region = regionAround(lines, first, last, true);
    if (!region) return null;
    // The block holding the table's first data line reads it.
    let owner = region.first;
    while (owner <= region.last && lines.at(owner).kind !== 'data') owner++;
    if (owner < first || owner > last) return null;
    const firstData = firstDataLine(lines, region);
    return readRegion(lines, region, firstData);
  }
}

/** The table whose first data line lies in `[from, to)` of `source` (see {@link TextTableReader}). */
export function readTextTable(source: string, from: number, to: number): TableModel | null {
  return new TextTableReader(source).read(from, to);
}

function firstDataLine(lines: Lines, region: Region): number {
  let fallback = -1;
  for (let i = region.first; i <= region.last; i++) {
    const l = lines.at(i);
    if (l.kind !== 'data') continue;
    if (l.label.length > 0) return i;
    if (fallback < 0) fallback = i;
  }
  return fallback;
}

const overlaps = (a: { from: number; to: number }, b: { from: number; to: number }): boolean => a.from < b.to && a.to > b.from;
const distance = (a: { from: number; to: number }, b: { from: number; to: number }): number => (overlaps(a, b) ? 0 : a.to <= b.from ? b.from - a.to : a.from - b.to);

/** Value columns: figure cells of the body clustered where they overlap, left to right. */
function columnsOf(cells: readonly Segment[]): Column[] {
  const cols: Column[] = [];
  for (const c of cells) {
    const hit = cols.find((col) => overlaps(col, c));
    if (hit) {
      hit.from = Math.min(hit.from, c.from);
      hit.to = Math.max(hit.to, c.to);
    } else cols.push({ from: c.from, to: c.to });
  }
  cols.sort((a, b) => a.from - b.from);
  const merged: Column[] = [];
  for (const c of cols) {
    const prev = merged[merged.length - 1];
    if (prev && overlaps(prev, c)) prev.to = Math.max(prev.to, c.to);
    else merged.push({ ...c });
  }
  return merged;
}

function nearest(cols: readonly Column[], span: { from: number; to: number }): number {
  let best = 0;
  cols.forEach((c, i) => {
    if (distance(span, c) < distance(span, cols[best] as Column)) best = i;
  });
  return best;
}

function readRegion(lines: Lines, region: Region, firstData: number): TableModel | null {
  // The value area starts where labelled data lines start their figures.
  let valueLeft = Infinity;
  for (let i = firstData; i <= region.last; i++) {
    const l = lines.at(i);
    if (l.kind === 'data' && l.label.length > 0) valueLeft = Math.min(valueLeft, (l.cells[0] as Segment).from);
  }
  if (!Number.isFinite(valueLeft)) valueLeft = lines.at(firstData).cells[0]?.from ?? 0;
  const inValues = (l: TableLine): boolean => l.kind === 'data' && (l.cells[0] as Segment).from >= valueLeft - 2;
  const cells: Segment[] = [];
  for (let i = firstData; i <= region.last; i++) {
    const l = lines.at(i);
    if (inValues(l)) append(cells, l.cells);
  }
  const columns = columnsOf(cells);
  if (columns.length === 0) return null;

  // Header: text lines above the body with a cell over the value columns and none straddling the label edge.
  const edge = valueLeft - 3;
  const isHeader = (l: TableLine): boolean =>
    l.kind === 'text' && l.segments.some((s) => s.from >= edge) && !l.segments.some((s) => s.from < edge && s.to > valueLeft + 1);
  const headerLines: number[] = [];
  for (let i = region.first; i < firstData; i++) if (isHeader(lines.at(i))) headerLines.push(i);
  const bodyStart = headerLines.length ? (headerLines[headerLines.length - 1] as number) + 1 : sectionStart(lines, region.first, firstData);
  const captionEnd = headerLines.length ? (headerLines[0] as number) : bodyStart;

  const headers = columns.map(() => [] as string[]);
  for (const i of headerLines) {
    const l = lines.at(i);
    // A rule under a spanning header shows its span; a rule running into the label column shows nothing.
    const rule = (nextRule(lines, i, firstData)?.segments ?? []).filter((r) => r.from >= edge);
    for (const s of l.segments) {
      if (s.to <= edge) continue;
      let span = { from: s.from, to: s.to };
      for (const r of rule) if (overlaps(r, span)) span = { from: Math.min(span.from, r.from), to: Math.max(span.to, r.to) };
      for (const k of spannedColumns(columns, span)) headers[k]?.push(s.text);
    }
  }

  const captions = captionLines(lines, region, captionEnd);
  // The stub: what the header lines hold left of the figures ("(in 000s,", "(millions, except …").
  const stub = lines.range(captionEnd, bodyStart).flatMap((l) => (l.kind === 'text' ? l.segments.filter((s) => s.to <= edge).map((s) => s.text) : []));
  let scale: Scale | null = null;
  for (const text of [...captions.map((l) => l.line.text)].reverse().concat(stub)) {
    scale = scaleOf(text);
    if (scale) break;
  }
  const rows = bodyRows(lines, bodyStart, region.last, columns, inValues);
  if (!rows.some((r) => r.cells.some((c) => c.value !== null))) return null;
  const tableScale = scale?.scale ?? 1;
  // The table's own lines: its <TABLE> tags when tagged, else from its header (the caption above is not the table).
  const first = lines.at(region.tagged ? region.first - 1 : firstNonBlank(lines, captionEnd, bodyStart));
  const lastLine = lines.at(region.tagged ? region.last + 1 : region.last);
  return {
    title: titleOf(captions.map((l) => (l.kind === 'blank' ? '' : l.line.text))),
    scale: tableScale,
    scaleText: scale?.text ?? '',
    columns: headers.map((h) => ({ header: cleanHeader(h.join(' ')) })),
    rows: rows.map((r) => {
      const s = rowScale(r.label, tableScale, scale);
      return s === undefined ? r : { ...r, scale: s };
    }),
    position: { start: first.line.start, end: lastLine.line.end },
  };
}

/**
 * The columns a header cell stands over: those it overlaps, widened to the run of columns it
 * is centred on when that is closer ("December 31," centred over "2004" and "2003"); the
 * nearest column when it overlaps none but stands within four characters.
 */
function spannedColumns(columns: readonly Column[], span: { from: number; to: number }): number[] {
  const hit = columns.map((c, k) => (overlaps(c, span) ? k : -1)).filter((k) => k >= 0);
  if (hit.length === 0) {
    const k = nearest(columns, span);
    return distance(span, columns[k] as Column) <= 4 ? [k] : [];
  }
  const centre = (span.from + span.to) / 2;
  const off = (a: number, b: number): number => Math.abs(((columns[a] as Column).from + (columns[b] as Column).to) / 2 - centre);
  let [lo, hi] = [hit[0] as number, hit[hit.length - 1] as number];
  let best = off(lo, hi);
  if (best <= 2) return hit;
  for (let a = 0; a <= lo; a++) {
    for (let b = hi; b < columns.length; b++) {
      if (off(a, b) + 1 < best && off(a, b) <= 3) [lo, hi, best] = [a, b, off(a, b)];
    }
  }
  return Array.from({ length: hi - lo + 1 }, (_, k) => lo + k);
}

function firstNonBlank(lines: Lines, from: number, limit: number): number {
  let i = from;
  while (i < limit && lines.at(i).kind === 'blank') i++;
  return i;
}

/** Without a header, the body starts at the label lines right above the first data line. */
function sectionStart(lines: Lines, top: number, firstData: number): number {
  let i = firstData;
  while (i - 1 >= top && lines.at(i - 1).kind === 'text' && !lines.at(i - 1).prose) i--;
  return i;
}

/** The rule right under header line `i` (blank lines between allowed), or null. */
function nextRule(lines: Lines, i: number, limit: number): TableLine | null {
  for (let j = i + 1; j < limit; j++) {
    const l = lines.at(j);
    if (l.kind === 'rule') return l;
    if (l.kind !== 'blank') return null;
  }
  return null;
}

/** Caption lines: text above the header inside the region, and for a tagged table the lines right above its `<TABLE>`. */
function captionLines(lines: Lines, region: Region, end: number): TableLine[] {
  const inside = lines.range(region.first, end).filter((l) => l.kind === 'text' || l.kind === 'blank');
  if (!region.tagged) return inside;
  const above: TableLine[] = [];
  let gap = 0;
  for (let i = region.first - 2; i >= 0 && above.length < CAPTION_LINES; i--) {
    const l = lines.at(i);
    if (l.kind === 'blank') {
      if (above.some((a) => a.kind === 'text') && ++gap > 1) break;
      above.unshift(l);
      continue;
    }
    // A long title line reads like prose; a sentence ends with a stop.
    if (l.kind !== 'text' || (l.prose && /[.,;]\s*$/u.test(l.line.text))) break;
    gap = 0;
    above.unshift(l);
  }
  return [...above, ...inside];
}

interface Fragment {
  readonly text: string;
  readonly indent: number;
}

const isAllCaps = (text: string): boolean => /[A-Z]/u.test(text) && !/[a-z]/u.test(text);

/** A label line continues into the next when it does not close a heading and the next is indented the same or one more. */
function continues(prev: Fragment, next: Fragment): boolean {
  if (/:\s*$/u.test(prev.text)) return false;
  if (isAllCaps(prev.text) && !isAllCaps(next.text)) return false;
  const d = next.indent - prev.indent;
  return d === 0 || d === 1;
}

function bodyRows(lines: Lines, from: number, to: number, columns: readonly Column[], inValues: (l: TableLine) => boolean): TableRow[] {
  const out: Array<{ label: string; indent: number; cells: TableCell[] }> = [];
  let pending: Fragment[] = [];
  const empty = (): TableCell[] => columns.map(() => ({ text: '', value: null }));
  const flush = (): void => {
    if (pending.length) out.push({ label: cleanLabel(pending.map((f) => f.text).join(' ')), indent: (pending[0] as Fragment).indent, cells: empty() });
    pending = [];
  };
  for (let i = from; i <= to; i++) {
    const l = lines.at(i);
    if (l.kind === 'blank' || l.kind === 'rule' || l.kind === 'tag' || l.kind === 'page') {
      if (l.kind === 'blank' || l.kind === 'page') flush();
      continue;
    }
    const data = inValues(l);
    const labelSegs = data ? l.label : l.segments;
    const text = labelSegs.map((s) => s.text).join(' ');
    const frag: Fragment = { text, indent: labelSegs.length ? indentOf(l.line) : Infinity };
    const last = pending[pending.length - 1];
    if (last && labelSegs.length && !continues(last, frag)) flush();
    if (!data) {
      if (text) pending.push(frag);
      continue;
    }
    const parts = labelSegs.length ? [...pending, frag] : pending;
    const indent = parts.length ? (parts[0] as Fragment).indent : indentOf(l.line);
    pending = [];
    const cells = empty();
    for (const c of l.cells) {
      const k = nearest(columns, c);
      if ((cells[k] as TableCell).text) continue;
      const v = figureValue(c.text);
      cells[k] = { text: c.text, value: v, start: c.start, end: c.end };
    }
    out.push({ label: cleanLabel(parts.map((f) => f.text).join(' ')), indent, cells });
  }
  flush();
  const indents = [...new Set(out.map((r) => r.indent).filter((n) => Number.isFinite(n)))].sort((a, b) => a - b);
  // Fields named one by one: a rest-and-spread copy of every row costs more than the reading.
  return out.map((r) => ({ label: r.label, cells: r.cells, depth: Math.max(0, indents.indexOf(r.indent)) }));
}
