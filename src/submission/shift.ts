/**
 * The one place where a subtree parsed on its own (an exhibit parsed from a document's
 * body) gets positions relative to the whole submission: every point moves by the point
 * where the slice starts. Lines move by the slice's line; columns only on its first line.
 * A table's model moves too: its offsets (the table's lines, each cell's figure) are
 * offsets into the same source as the tree's.
 */
import type { Point, Position } from '../tree/unist.js';
import type { TableModel } from '../tables/model.js';

interface Positioned {
  position?: Position | undefined;
  model?: TableModel | null | undefined;
  children?: readonly Positioned[];
}

const shiftPoint = (p: Point, origin: Point): Point => ({
  line: p.line + origin.line - 1,
  column: p.line === 1 ? p.column + origin.column - 1 : p.column,
  offset: p.offset + origin.offset,
});

/** Moves every position in `node`'s subtree so that offset 0 lands on `origin`. */
export function shiftPositions(node: Positioned, origin: Point, moved: WeakSet<TableModel> = new WeakSet()): void {
  if (node.position) node.position = { start: shiftPoint(node.position.start, origin), end: shiftPoint(node.position.end, origin) };
  if (node.model && !moved.has(node.model)) {
    moved.add(node.model);
    shiftModel(node.model, origin.offset);
  }
  for (const c of node.children ?? []) shiftPositions(c, origin, moved);
}

function shiftModel(model: TableModel, by: number): void {
  if (model.position) model.position = { start: model.position.start + by, end: model.position.end + by };
  for (const row of model.rows) {
    for (const cell of row.cells) {
      if (cell.start !== undefined) cell.start += by;
      if (cell.end !== undefined) cell.end += by;
    }
  }
}
