/**
 * Records as the rows of a shard's records file, one string per exhibit: encoded in the
 * worker thread (a string is the cheapest thing to post between threads) and joined into
 * the file by the store (`recordsFile`).
 *
 * - jsonl: the record as one JSON line;
 * - csv: one CSV line of the flat columns (csv-stringify: RFC 4180 quoting), lists as JSON;
 * - parquet: the flat row as a JSON array, typed into columns when the shard is written.
 */
import { stringify } from 'csv-stringify/sync';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { columnsFor, flatRow, type Column, type ColumnKind } from './columns.js';
import type { ExhibitRecord, OutputFormat } from './record.js';

interface EncodeOptions {
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

const csvLine = (cells: readonly unknown[]): string => stringify([cells.map(csvCell)], { eof: false, cast: { boolean: (b) => String(b) } });

/** Encodes one record as a row of the records file. */
export function encodeRecord(record: ExhibitRecord, options: EncodeOptions): string {
  if (options.format === 'jsonl') return JSON.stringify(record);
  const row = flatRow(record, columnsFor(options));
  return options.format === 'csv' ? csvLine(row) : JSON.stringify(row);
}

/** The header line of CSV output. */
export const csvHeader = (options: EncodeOptions): string => csvLine(columnsFor(options).map((c) => c.name));

/** The records file's name in a shard. */
export const recordsFileName = (format: OutputFormat): string => `records.${format}`;

/** The bytes of a shard's records file from its encoded rows. */
export function recordsFile(rows: readonly string[], options: EncodeOptions): Uint8Array {
  if (options.format === 'jsonl') return Buffer.from(rows.length ? `${rows.join('\n')}\n` : '');
  const columns = columnsFor(options);
  if (options.format === 'csv') return Buffer.from(`${[csvHeader(options), ...rows].join('\n')}\n`);
  const values = rows.map((r) => JSON.parse(r) as unknown[]);
  const columnData = columns.map((c, i) => ({ name: c.name, data: values.map((v) => parquetValue(c.kind, v[i])) }));
  return new Uint8Array(parquetWriteBuffer({ columnData, schema: parquetSchema(columns) }));
}

/** Dates become `Date`s (written as Parquet DATE); everything else is written as it is. */
function parquetValue(kind: ColumnKind, value: unknown): unknown {
  return kind === 'date' && typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value;
}

type SchemaElement = NonNullable<Parameters<typeof parquetWriteBuffer>[0]['schema']>[number];

const text = (name: string, required = false): SchemaElement => ({ name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: required ? 'REQUIRED' : 'OPTIONAL' });
/** A Parquet LIST (three levels: list, repeated `list`, `element`) of `element`. */
const list = (name: string, element: SchemaElement[]): SchemaElement[] => [
  { name, repetition_type: 'OPTIONAL', converted_type: 'LIST', num_children: 1 },
  { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
  ...element,
];
const struct = (fields: SchemaElement[][]): SchemaElement[] => [{ name: 'element', repetition_type: 'REQUIRED', num_children: fields.length }, ...fields.flat()];

function columnSchema(c: Column): SchemaElement[] {
  switch (c.kind) {
    case 'string':
      return [text(c.name)];
    case 'int':
      return [{ name: c.name, type: 'INT32', repetition_type: 'OPTIONAL' }];
    case 'bool':
      return [{ name: c.name, type: 'BOOLEAN', repetition_type: 'OPTIONAL' }];
    case 'date':
      return [{ name: c.name, type: 'INT32', converted_type: 'DATE', repetition_type: 'OPTIONAL' }];
    case 'strings':
      return list(c.name, [text('element', true)]);
    case 'companies':
      return list(c.name, struct([[text('role')], [text('cik')], [text('name')]]));
    case 'tickers':
      return list(c.name, struct([[text('exchange', true)], [text('symbol', true)]]));
    case 'contacts':
      return list(c.name, struct([[text('name')], list('phones', [text('element', true)]), list('faxes', [text('element', true)]), list('emails', [text('element', true)])]));
  }
}

function parquetSchema(columns: readonly Column[]): SchemaElement[] {
  return [{ name: 'root', num_children: columns.length }, ...columns.flatMap(columnSchema)];
}
