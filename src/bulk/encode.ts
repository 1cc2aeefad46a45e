/**
 * Records as the rows of a shard's records file, one string per exhibit: encoded in the
 * worker thread (a string is the cheapest thing to post between threads) and joined into
 * the file by the store (`recordsFile`, records-file.ts).
 *
 * - jsonl: the record as one JSON line;
 * - csv: one CSV line of the flat columns (csv-stringify: RFC 4180 quoting), lists as JSON;
 * - parquet: the flat row as a JSON array, typed into columns when the shard is written.
 */
import { stringify } from 'csv-stringify/sync';
import { columnsFor, flatRow } from './columns.js';
import type { ExhibitRecord, OutputFormat } from './record.js';

export interface EncodeOptions {
  readonly format: OutputFormat;
  readonly text: boolean;
  readonly tree: boolean;
}

/** A CSV cell: empty for null, lists and objects as JSON text. */
function csvCell(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return value as string | number | boolean;
}

export const csvLine = (cells: readonly unknown[]): string => stringify([cells.map(csvCell)], { eof: false, cast: { boolean: (b) => String(b) } });

/** Encodes one record as a row of the records file. */
export function encodeRecord(record: ExhibitRecord, options: EncodeOptions): string {
  if (options.format === 'jsonl') return JSON.stringify(record);
  const row = flatRow(record, columnsFor(options));
  return options.format === 'csv' ? csvLine(row) : JSON.stringify(row);
}

/** The header line of CSV output. */
export const csvHeader = (options: EncodeOptions): string => csvLine(columnsFor(options).map((c) => c.name));

