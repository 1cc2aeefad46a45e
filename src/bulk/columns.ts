/**
 * The flat form of a record for CSV and Parquet: one row per exhibit, one column per field.
 * Lists (companies, tickers, contacts, risks) are JSON text in CSV and lists (of structs)
 * in Parquet. Values here are JSON-safe (dates as ISO text) so a row crosses threads as a
 * string; the Parquet writer turns them into typed columns.
 */
import type { ExhibitRecord } from './record.js';

export type ColumnKind = 'string' | 'int' | 'bool' | 'date' | 'strings' | 'companies' | 'tickers' | 'contacts';

export interface Column {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly value: (r: ExhibitRecord) => unknown;
}

/** A full ISO date, or null (a yearless `--MM-DD` is no date a table can hold). */
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const fullDate = (d: string | null | undefined): string | null => (d && FULL_DATE.test(d) ? d : null);

const column = (name: string, kind: ColumnKind, value: (r: ExhibitRecord) => unknown): Column => ({ name, kind, value });

/** The columns every row has, in order. */
export const COLUMNS: readonly Column[] = [
  column('input', 'string', (r) => r.input),
  column('sha256', 'string', (r) => r.sha256),
  column('kind', 'string', (r) => r.kind),
  column('format', 'string', (r) => r.format),
  column('accession', 'string', (r) => r.accession),
  column('cik', 'string', (r) => r.cik),
  column('companyName', 'string', (r) => r.companyName),
  column('companies', 'companies', (r) => r.companies),
  column('formType', 'string', (r) => r.formType),
  column('filingDate', 'date', (r) => r.filingDate),
  column('period', 'date', (r) => r.period),
  column('sequence', 'int', (r) => r.sequence),
  column('documentType', 'string', (r) => r.documentType),
  column('filename', 'string', (r) => r.filename),
  column('description', 'string', (r) => r.description),
  column('exhibit', 'string', (r) => r.summary.exhibit),
  column('title', 'string', (r) => r.summary.title),
  column('headline', 'string', (r) => r.summary.headline),
  column('tickers', 'tickers', (r) => r.summary.tickers),
  column('datelineCity', 'string', (r) => r.summary.dateline?.city ?? null),
  column('datelineRegion', 'string', (r) => r.summary.dateline?.region ?? null),
  column('wire', 'string', (r) => r.summary.dateline?.wire ?? null),
  column('date', 'date', (r) => fullDate(r.summary.dateline?.date)),
  column('datelineDate', 'string', (r) => r.summary.dateline?.date ?? null),
  column('yearInferred', 'bool', (r) => r.summary.dateline?.yearInferred === true),
  column('contacts', 'contacts', (r) => r.summary.contacts),
  column('releaseNumber', 'string', (r) => r.summary.releaseNumber),
  column('safeHarbor', 'bool', (r) => r.summary.safeHarbor !== null),
  column('risks', 'strings', (r) => r.summary.safeHarbor?.risks ?? []),
  column('endMarker', 'string', (r) => r.summary.endMarker),
];

/** Columns added by `--text` and `--tree` (the tree as JSON text). */
const TEXT_COLUMN = column('text', 'string', (r) => r.text ?? null);
const TREE_COLUMN = column('tree', 'string', (r) => (r.tree ? JSON.stringify(r.tree) : null));

export function columnsFor(options: { readonly text: boolean; readonly tree: boolean }): Column[] {
  return [...COLUMNS, ...(options.text ? [TEXT_COLUMN] : []), ...(options.tree ? [TREE_COLUMN] : [])];
}

/** The row's values, in column order. */
export function flatRow(record: ExhibitRecord, columns: readonly Column[]): unknown[] {
  return columns.map((c) => c.value(record));
}
