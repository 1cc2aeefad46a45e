/**
 * A bulk run: inputs go to the worker pool a bounded number at a time (memory stays flat
 * whatever the number of inputs), outcomes go to the shard store (or, in stream mode, to
 * stdout), and every input ends as records or as a failure, exactly once.
 */
import { createPool } from './pool.js';
import { createProgress } from './progress.js';
import type { InputOutcome, TaskOptions } from './record.js';
import { ShardStore, type StoreCounts } from './store.js';
import type { Found } from './inputs.js';

export interface BulkOptions extends TaskOptions {
  readonly jobs: number;
  readonly progress: 'bar' | 'lines' | 'quiet';
}

export interface BulkAccount extends StoreCounts {
  /** Inputs an earlier run had finished, left alone now. */
  alreadyDone: number;
  /** Files a folder walk left out (not exhibit text), listed in `skipped.jsonl`. */
  skipped: number;
  seconds: number;
}

/** Tasks in flight per worker: enough to keep threads busy, few enough to bound memory. */
const IN_FLIGHT_PER_JOB = 4;
/** Finished outcomes that may wait for the store, per task in flight. */
const WAITING_PER_IN_FLIGHT = 4;

/**
 * Runs `inputs` through the pool, handing each outcome to `accept` in completion order.
 * `skip` says which inputs to leave out (finished earlier).
 */
async function drive(
  inputs: AsyncIterable<Found>,
  options: BulkOptions,
  done: (input: string) => boolean,
  accept: (outcome: InputOutcome) => Promise<void>,
  leftOut: (found: Found) => Promise<void>,
): Promise<{ alreadyDone: number; skipped: number }> {
  const pool = createPool(options.jobs);
  const progress = createProgress(options.progress);
  const limit = Math.max(1, options.jobs * IN_FLIGHT_PER_JOB);
  const inFlight = new Set<Promise<void>>();
  let chain: Promise<void> = Promise.resolve();
  let skipped = 0;
  let alreadyDone = 0;
  let queued = 0;
  let waiting = 0;
  try {
    for await (const found of inputs) {
      const input = found.path;
      if (found.skipped !== undefined) {
        skipped++;
        await leftOut(found);
        continue;
      }
      if (done(input)) {
        alreadyDone++;
        continue;
      }
      while (inFlight.size >= limit) await Promise.race(inFlight);
      // Outcomes waiting for the store are bounded too: a slow disk holds the walk back.
      while (waiting >= limit * WAITING_PER_IN_FLIGHT) await chain;
      queued++;
      const job: Promise<void> = pool
        .run({ input, tree: options.tree, text: options.text })
        .catch((e: unknown): InputOutcome => ({ input, sha256: null, bytes: 0, kind: null, records: [], error: `worker failed: ${String((e as Error)?.message ?? e)}` }))
        .then((outcome) => {
          progress.tick(outcome.bytes);
          // Outcomes are accepted one at a time, in completion order. The worker takes its
          // next task at once: it does not wait for the store (a shard flush syncs to disk).
          waiting++;
          chain = chain.then(() => accept(outcome)).finally(() => waiting--);
        })
        .finally(() => inFlight.delete(job));
      inFlight.add(job);
    }
    progress.setTotal(queued);
    await Promise.all(inFlight);
    await chain;
  } finally {
    progress.stop();
    await pool.close();
  }
  return { alreadyDone, skipped };
}

/** Normalizes inputs into the output folder `out`, resuming what an earlier run began. */
export async function normalizeToFolder(inputs: AsyncIterable<Found>, out: string, options: BulkOptions): Promise<BulkAccount> {
  const started = Date.now();
  const store = await ShardStore.open(out);
  const counts = await drive(inputs, options, (i) => store.has(i), (o) => store.add(o), (f) => store.skip(f.path, f.skipped ?? ''));
  await store.finish();
  return { ...store.written, ...counts, seconds: (Date.now() - started) / 1000 };
}

/** Normalizes inputs to a stream of JSON lines: records, and `{input, error}` for failures. */
export async function normalizeToLines(inputs: AsyncIterable<Found>, write: (line: string) => Promise<void>, options: BulkOptions): Promise<BulkAccount> {
  const started = Date.now();
  const counts: StoreCounts = { inputs: 0, exhibits: 0, failures: 0 };
  const walked = await drive(
    inputs,
    options,
    () => false,
    async (o) => {
      counts.inputs++;
      counts.exhibits += o.records.length;
      for (const r of o.records) await write(JSON.stringify(r));
      if (o.error !== null) {
        counts.failures++;
        await write(JSON.stringify({ input: o.input, sha256: o.sha256, error: o.error }));
      }
    },
    (f) => write(JSON.stringify({ input: f.path, skipped: f.skipped })),
  );
  return { ...counts, ...walked, seconds: (Date.now() - started) / 1000 };
}
