/**
 * The one place where offsets become unist points (1-based line and column, 0-based
 * UTF-16 offset). Builders work in offsets and ask this module for positions.
 */
import { location } from 'vfile-location';
import type { Point, Position } from '../tree/unist.js';

export type Positioner = (start: number, end: number) => Position;

/** vfile-location's points carry their offset (its type leaves it optional). */
const isPoint = (p: { line: number; column: number; offset?: number | undefined }): p is Point => typeof p.offset === 'number';

/**
 * Makes a positioner for `source`. Line endings are CRLF, CR or LF, as in the lexer.
 *
 * Leaves are cut in order, each starting where the one before ended, so the point made
 * last is kept: the next position starting at that offset shares it (as a parent shares
 * its first child's start). Points are values: nothing may change one in place.
 */
export function positioner(source: string): Positioner {
  const place = location(source);
  let last: Point = { line: 1, column: 1, offset: 0 };
  const point = (offset: number): Point => {
    if (offset === last.offset) return last;
    // toPoint answers for every offset in 0..length, as { line, column, offset }; the fallback only guards types.
    const p = place.toPoint(offset);
    last = p && isPoint(p) ? p : { line: 1, column: offset + 1, offset };
    return last;
  };
  return (start, end) => ({ start: point(start), end: point(end) });
}
