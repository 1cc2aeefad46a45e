/**
 * The best sequence of readings a grammar allows: a Viterbi search over the blocks, each
 * with its candidate readings, through the states of a small document grammar. Linear in
 * blocks × states × readings; no recursion, so any length of document is safe.
 */

/** A document grammar: where a reading takes the parse from a state, or null if it may not stand there. */
export interface Grammar<S extends number, R> {
  readonly states: number;
  readonly start: S;
  /** The state after reading `reading` in `state`, with what it costs there; null when not allowed. */
  step(state: S, reading: R): { state: S; cost: number } | null;
}

export interface Candidate<R> {
  readonly reading: R;
  /** Lower is better. */
  readonly cost: number;
}

/**
 * For each block the index of the candidate on the cheapest path; ties go to the candidate
 * listed first (constructs list their preferred reading first). Every block must have a
 * candidate allowed in every state, or the search falls back to each block's first candidate.
 */
export function bestPath<S extends number, R>(grammar: Grammar<S, R>, candidates: ReadonlyArray<ReadonlyArray<Candidate<R>>>): number[] {
  const n = candidates.length;
  const size = grammar.states;
  // Two rows of costs, swapped after each block: a typed array per block costs more than the search.
  let cost = new Float64Array(size).fill(Infinity);
  let next = new Float64Array(size);
  cost[grammar.start] = 0;
  // back[i * size + s]: the (state before, candidate) that reached state s after block i.
  const fromState = new Int32Array(n * size).fill(-1);
  const choice = new Int32Array(n * size).fill(-1);
  for (let i = 0; i < n; i++) {
    next.fill(Infinity);
    const options = candidates[i] ?? [];
    for (let s = 0; s < size; s++) {
      const here = cost[s] ?? Infinity;
      if (here === Infinity) continue;
      for (let c = 0; c < options.length; c++) {
        const option = options[c];
        if (!option) continue;
        const moved = grammar.step(s as S, option.reading);
        if (!moved) continue;
        const total = here + option.cost + moved.cost;
        const at = i * size + moved.state;
        if (total < (next[moved.state] ?? Infinity)) {
          next[moved.state] = total;
          fromState[at] = s;
          choice[at] = c;
        }
      }
    }
    const done = cost;
    cost = next;
    next = done;
  }
  let best = -1;
  for (let s = 0; s < size; s++) if ((cost[s] ?? Infinity) < (best < 0 ? Infinity : (cost[best] ?? Infinity))) best = s;
  if (best < 0) return candidates.map(() => 0);
  const out = new Array<number>(n).fill(0);
  for (let i = n - 1, s = best; i >= 0; i--) {
    out[i] = choice[i * size + s] ?? 0;
    s = fromState[i * size + s] ?? 0;
  }
  return out;
}
