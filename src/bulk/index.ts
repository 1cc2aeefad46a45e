/**
 * `sec-exhibit/bulk`: the node-only entry of bulk normalization — the record schema (one
 * row per exhibit, with its filing keys), the flat columns of CSV and Parquet output, and
 * the runs themselves (a folder of shards, or a stream of lines).
 */
export {
  ExhibitRecordSchema,
  FilingKeysSchema,
  FilingCompanySchema,
  OUTPUT_FORMATS,
  INPUT_KINDS,
  type ExhibitRecord,
  type FilingKeys,
  type FilingCompany,
  type OutputFormat,
  type InputKind,
} from './record.js';
export { COLUMNS, columnsFor, type Column, type ColumnKind } from './columns.js';
export { normalizeToFolder, normalizeToLines, DEFAULT_TIMEOUT_MS, type BulkOptions, type BulkAccount } from './run.js';
export { expandInputs, countInputs, type Found } from './inputs.js';
export { FolderLockedError } from './lock.js';
export { LayoutMismatchError } from './store.js';
export { maxJobs, WORKER_HEAP_MB, WORKER_BUDGET_MB, MAIN_BUDGET_MB } from './pool.js';
