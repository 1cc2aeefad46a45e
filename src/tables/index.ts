/** Financial tables as data: `tables(tree)` for any exhibit tree, `htmlTables(html)` from an HTML exhibit's own cells. */
import type { Node, Parent } from 'unist';
import type { TableModel } from './model.js';

export { TableModelSchema, TableRowSchema, TableCellSchema, TableColumnSchema, type TableModel, type TableRow, type TableCell, type TableColumn } from './model.js';

/** The tables of an exhibit tree in reading order: the model each `table` node carries. */
export function tables(tree: Node): TableModel[] {
  const out: TableModel[] = [];
  const visit = (node: Node): void => {
    const model = (node as { type: string; model?: TableModel }).type === 'table' ? (node as { model?: TableModel }).model : undefined;
    if (model) out.push(model);
    for (const child of (node as Partial<Parent>).children ?? []) visit(child);
  };
  visit(tree);
  return out;
}
export { htmlTables } from './html/read.js';
