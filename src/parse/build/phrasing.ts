/**
 * Phrasing content of a range: leaves, with inline nodes carved out where inline
 * grammars found something. Spans are built lazily so they can nest (a risk list holds
 * risk items, which hold tickers).
 */
import type { BuildContext } from './context.js';
import { leaves } from './leaves.js';
import { append } from '../../util/append.js';

/** An inline construct found at `[start, end)`; `make` builds its node. */
export interface Span<N> {
  readonly start: number;
  readonly end: number;
  readonly make: () => N;
}

/**
 * Children of `[start, end)`: the spans' nodes, with leaves in the gaps between them.
 * Spans outside the range or overlapping an earlier span are ignored (their text stays
 * in leaves), so a faulty grammar result can never lose or repeat characters.
 */
export function phrasing<N, L>(
  ctx: BuildContext,
  start: number,
  end: number,
  spans: readonly Span<N>[],
): (N | L)[] {
  const out: (N | L)[] = [];
  let cursor = start;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  for (const span of sorted) {
    if (span.start < cursor || span.end > end || span.end <= span.start) continue;
    if (span.start > cursor) append(out, leaves(ctx, cursor, span.start) as L[]);
    out.push(span.make());
    cursor = span.end;
  }
  if (cursor < end) append(out, leaves(ctx, cursor, end) as L[]);
  return out;
}
