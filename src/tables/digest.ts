/** A one-line digest of a table model for tree dumps (`inspect`): title, scale, headers, row count. */
import type { TableModel } from './model.js';

export function tableDigest(model: TableModel): string {
  return `${JSON.stringify(model.title)} scale=${model.scale} columns=${JSON.stringify(model.columns.map((c) => c.header))} rows=${model.rows.length}`;
}
