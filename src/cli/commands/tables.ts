/**
 * `sec-exhibit tables FILE [--format grid|json|csv]`: the financial tables of one exhibit.
 * `grid` (the default) prints each table as a reader sees it: one line per line item, one
 * column per period, signed figures; `json` prints the models (one JSON array); `csv` prints
 * one line per figure (table, title, scale, row, label, depth, column, header, text, value),
 * ready for DuckDB or pandas. An HTML exhibit is read from its own table cells.
 */
import { decode, htmlTables, looksLikeHtml, parse, tables, type TableModel } from '../../index.js';
import { readInput } from '../io.js';

export type TablesFormat = 'grid' | 'json' | 'csv';

export async function tablesCommand(file: string, format: TablesFormat): Promise<number> {
  const input = await readInput(file);
  if (!input.ok) {
    process.stderr.write(`sec-exhibit: cannot read ${file}: ${input.error}\n`);
    return 1;
  }
  const text = decode(input.bytes).text;
  const models = looksLikeHtml(text) ? htmlTables(text) : tables(parse(input.bytes));
  const out = format === 'json' ? `${JSON.stringify(models, null, 2)}\n` : format === 'csv' ? toCsv(models) : models.map(toGrid).join('\n');
  process.stdout.write(out);
  return 0;
}

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 10 });
const SCALE_WORDS: Record<number, string> = { 1000: 'thousands', 1000000: 'millions', 1000000000: 'billions' };

/** A table as text: the label column, then one right-aligned column per period. */
export function toGrid(model: TableModel): string {
  const scale = model.scale === 1 ? '' : ` (in ${SCALE_WORDS[model.scale] ?? `× ${model.scale}`}${model.rows.some((r) => r.scale === 1) ? '; per-share rows as printed' : ''})`;
  const head = ['', ...model.columns.map((c) => c.header)];
  const body = model.rows.map((r) => [`${'  '.repeat(r.depth)}${r.label}`, ...r.cells.map((c) => (c.value === null ? (c.text ? '—' : '') : NUMBER.format(c.value)))]);
  // Loops, not Math.max(...rows): a table of many rows would overflow the call's arguments.
  const widths = head.map((h, i) => body.reduce((widest, row) => Math.max(widest, (row[i] ?? '').length), h.length));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[0] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${model.title || '(untitled table)'}${scale}\n${line(head)}\n${body.map(line).join('\n')}\n`;
}

/** A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
const field = (v: string | number | null): string => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

export function toCsv(models: readonly TableModel[]): string {
  const lines = ['table,title,scale,row,label,depth,column,header,text,value'];
  models.forEach((m, t) =>
    m.rows.forEach((r, i) =>
      r.cells.forEach((c, k) => {
        if (!c.text) return;
        lines.push([t + 1, m.title, r.scale ?? m.scale, i + 1, r.label, r.depth, k + 1, m.columns[k]?.header ?? '', c.text, c.value].map(field).join(','));
      }),
    ),
  );
  return `${lines.join('\n')}\n`;
}
