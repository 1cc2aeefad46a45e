/**
 * How a submission parent's children tile its span. The leaves themselves are cut by the
 * exhibit tree's rule (src/parse/build/leaves.ts): a single space between two visible
 * characters belongs to a `text` leaf, every other run of layout is a `whitespace` leaf. A
 * node spans from its first to its last visible character; the layout around it belongs to
 * its parent, which fills every gap between its child nodes with leaves, so nothing between
 * two nodes can be lost.
 */
import type { LiteralContent } from '../../tree/content.js';
import { isLayout, leaves } from '../../parse/build/leaves.js';
import type { SubmissionContext } from './context.js';

/** A built child and the span it covers. */
export interface Placed<N> {
  readonly node: N;
  readonly start: number;
  readonly end: number;
}

/**
 * The children of a parent spanning `[start, end)`: the placed nodes in order, and leaves
 * for every gap between them. Placed nodes must be in order and must not overlap.
 */
export function tile<N>(ctx: SubmissionContext, start: number, end: number, placed: readonly Placed<N>[]): (N | LiteralContent)[] {
  const out: (N | LiteralContent)[] = [];
  let cursor = start;
  for (const p of placed) {
    for (const leaf of leaves(ctx, cursor, p.start)) out.push(leaf);
    out.push(p.node);
    cursor = p.end;
  }
  for (const leaf of leaves(ctx, cursor, end)) out.push(leaf);
  return out;
}

/** Offset after the last visible character of `[start, end)`; `start` when there is none. */
export function visibleEnd(source: string, start: number, end: number): number {
  let e = end;
  while (e > start && isLayout(source.charCodeAt(e - 1))) e--;
  return e;
}
