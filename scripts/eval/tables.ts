/**
 * Table mode of `npm run eval` (`npm run eval -- tables`, the set eval/sets/tables):
 * reads each labelled exhibit from ../shared/corpus, takes its tables (text exhibits through
 * `tables(parse(text))`, HTML ones through `htmlTables(html)`), and scores per-row accuracy
 * (label found, every value equal), scale accuracy and header accuracy, text and HTML apart.
 * Misses are held to the set's ratchet (`ratchet.json`): a new miss or one that now passes fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { htmlTables, parse, tables, type TableModel } from '../../src/index.js';
import { collapse } from '../../src/normalize/text.js';
import { checkRatchet, readRatchet, writeRatchet, type Miss } from './ratchet.js';

interface LabelRow {
  label: string;
  nth?: number;
  values: Array<number | null>;
}
interface LabelTable {
  title: string;
  scale: number;
  columns: string[];
  rows: LabelRow[];
}
interface LabelFile {
  file: string;
  tables: LabelTable[];
}

/** Labels compare without case, spacing, curly quotes or a closing colon. */
const norm = (s: string): string => {
  const t = collapse(s.toLowerCase().replace(/[\u2018\u2019]/gu, "'"));
  return t.endsWith(':') ? t.slice(0, -1).trimEnd() : t;
};
/** Headers compare without case or any spacing ("December 25,2010" = "December 25, 2010"). */
const normHeader = (s: string): string => collapse(s.toLowerCase().replace(/[\u2018\u2019]/gu, "'")).replaceAll(' ', '');

function findRow(model: TableModel, row: LabelRow) {
  const want = norm(row.label);
  return model.rows.filter((r) => norm(r.label) === want)[(row.nth ?? 1) - 1];
}

function rowRight(model: TableModel, row: LabelRow): boolean {
  const got = findRow(model, row);
  if (!got) return false;
  const values = got.cells.map((c) => c.value);
  return values.length === row.values.length && values.every((v, i) => (v === null ? row.values[i] === null : row.values[i] !== null && Math.abs(v - (row.values[i] as number)) < 1e-9));
}

/** Each labelled table goes to the unused model table with the most right rows (then the most labels found). */
function match(labels: readonly LabelTable[], models: readonly TableModel[]): Array<TableModel | null> {
  const used = new Set<number>();
  return labels.map((t) => {
    let best = -1;
    let bestScore = 0;
    models.forEach((m, i) => {
      if (used.has(i)) return;
      const score = t.rows.filter((r) => rowRight(m, r)).length * 100 + t.rows.filter((r) => findRow(m, r)).length;
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    if (best < 0) return null;
    used.add(best);
    return models[best] ?? null;
  });
}

interface Tally {
  rows: number;
  rowsRight: number;
  tables: number;
  scaleRight: number;
  headersRight: number;
}

export function tablesEval(dirArg: string | undefined, opts: { show: boolean; json: boolean; updateRatchet: boolean; noRatchet: boolean }): number {
  const dir = resolve(dirArg ?? 'eval/sets/tables');
  const corpus = resolve('../shared/corpus');
  const tally: Record<'text' | 'html', Tally> = {
    text: { rows: 0, rowsRight: 0, tables: 0, scaleRight: 0, headersRight: 0 },
    html: { rows: 0, rowsRight: 0, tables: 0, scaleRight: 0, headersRight: 0 },
  };
  const misses: Miss[] = [];
  const shown: string[] = [];
  for (const name of readdirSync(join(dir, 'labels')).filter((f) => f.endsWith('.json')).sort()) {
    const label = JSON.parse(readFileSync(join(dir, 'labels', name), 'utf8')) as LabelFile;
    const source = readFileSync(join(corpus, label.file), 'utf8');
    const kind = label.file.endsWith('.htm') || label.file.endsWith('.html') ? 'html' : 'text';
    const models = kind === 'html' ? htmlTables(source) : tables(parse(source));
    const matched = match(label.tables, models);
    label.tables.forEach((t, k) => {
      const m = matched[k] ?? null;
      const tt = tally[kind];
      const where = `${label.file} #${k + 1} ${t.title}`;
      tt.tables++;
      if (m?.scale === t.scale) tt.scaleRight++;
      else {
        misses.push({ file: label.file, field: `table ${k + 1} scale` });
        shown.push(`${where}\n    scale: got ${m?.scale ?? 'no table'}, want ${t.scale}`);
      }
      const headers = m?.columns.map((c) => c.header) ?? [];
      if (headers.length === t.columns.length && headers.every((h, i) => normHeader(h) === normHeader(t.columns[i] ?? ''))) tt.headersRight++;
      else {
        misses.push({ file: label.file, field: `table ${k + 1} headers` });
        shown.push(`${where}\n    headers: got ${JSON.stringify(headers)}\n             want ${JSON.stringify(t.columns)}`);
      }
      for (const r of t.rows) {
        tt.rows++;
        if (m && rowRight(m, r)) tt.rowsRight++;
        else {
          misses.push({ file: label.file, field: `table ${k + 1} row ${r.label}${r.nth ? ` #${r.nth}` : ''}` });
          const got = m ? findRow(m, r) : undefined;
          shown.push(`${where}\n    row ${JSON.stringify(r.label)}: got ${got ? JSON.stringify(got.cells.map((c) => c.value)) : 'no such row'}, want ${JSON.stringify(r.values)}`);
        }
      }
    });
  }
  const ratchetPath = join(dir, 'ratchet.json');
  let ratchetOk = true;
  let report = '';
  if (opts.updateRatchet) {
    writeRatchet(ratchetPath, misses);
    report = `ratchet rewritten: ${misses.length} allowed misses`;
  } else if (!opts.noRatchet) {
    const v = checkRatchet(readRatchet(ratchetPath), misses);
    ratchetOk = v.ok;
    report = v.ok
      ? `ratchet: ok (${misses.length} allowed misses)`
      : ['ratchet: FAILED', ...v.added.map((m) => `  new miss:   ${m.file}  ${m.field}`), ...v.fixed.map((m) => `  now passes: ${m.file}  ${m.field}  (npm run eval -- tables --update-ratchet)`)].join('\n');
  }
  const pct = (a: number, b: number): string => `${((b ? a / b : 1) * 100).toFixed(1).padStart(5)}%  ${a}/${b}`;
  if (opts.json) console.log(JSON.stringify({ dir, text: tally.text, html: tally.html, misses, ratchetOk }, null, 2));
  else {
    console.log(`tables: ${dir}`);
    console.log('kind   rows (label found, every value equal)   scale            headers');
    for (const k of ['text', 'html'] as const) {
      const t = tally[k];
      console.log(`${k.padEnd(6)} ${pct(t.rowsRight, t.rows).padEnd(40)} ${pct(t.scaleRight, t.tables).padEnd(16)} ${pct(t.headersRight, t.tables)}`);
    }
    if (opts.show) for (const s of shown) console.log(`\n- ${s}`);
    if (report) console.log(`\n${report}`);
  }
  return ratchetOk ? 0 : 1;
}
