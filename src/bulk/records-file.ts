/**
 * A shard's records file from the rows the workers encoded (encode.ts): JSON lines, CSV
 * with a header line, or Parquet (hyparquet-writer), typed columns with lists of structs.
 * Runs in the main thread only, so workers never load the Parquet writer.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import { columnsFor, type Column, type ColumnKind } from './columns.js';
import { csvHeader, type EncodeOptions } from './encode.js';
import type { OutputFormat } from './record.js';

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
