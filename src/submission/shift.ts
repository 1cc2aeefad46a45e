/**
 * The one place where a subtree parsed on its own (an exhibit parsed from a document's
 * body) gets positions relative to the whole submission: every point moves by the point
 * where the slice starts. Lines move by the slice's line; columns only on its first line.
 */
import type { Point, Position } from '../tree/unist.js';

interface Positioned {
  position?: Position | undefined;
  children?: readonly Positioned[];
}

const shiftPoint = (p: Point, origin: Point): Point => ({
  line: p.line + origin.line - 1,
  column: p.line === 1 ? p.column + origin.column - 1 : p.column,
  offset: p.offset + origin.offset,
});

/** Moves every position in `node`'s subtree so that offset 0 lands on `origin`. */
export function shiftPositions(node: Positioned, origin: Point): void {
  if (node.position) node.position = { start: shiftPoint(node.position.start, origin), end: shiftPoint(node.position.end, origin) };
  for (const c of node.children ?? []) shiftPositions(c, origin);
}
