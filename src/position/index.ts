/**
 * The one place where offsets become unist points (1-based line and column, 0-based
 * UTF-16 offset). Builders work in offsets and ask this module for positions.
 */
import { location } from 'vfile-location';
import type { Point, Position } from '../tree/unist.js';

export type Positioner = (start: number, end: number) => Position;

/** Makes a positioner for `source`. Line endings are CRLF, CR or LF, as in the lexer. */
export function positioner(source: string): Positioner {
  const place = location(source);
  const point = (offset: number): Point => {
    const p = place.toPoint(offset);
    // toPoint answers for every offset in 0..length; the fallback only guards types.
    return p ? { line: p.line, column: p.column, offset } : { line: 1, column: offset + 1, offset };
  };
  return (start, end) => ({ start: point(start), end: point(end) });
}
