/**
 * A bulk run: inputs go to the worker pool a bounded number at a time (memory stays flat
 * whatever the number of inputs), outcomes go to the shard store (or, in stream mode, to
 * stdout), and every input ends as records or as a failure, exactly once. A stop signal
 * (SIGINT, SIGTERM) ends the intake: the inputs in flight finish, the open shard is
 * committed, and the account says the run was interrupted.
 */
import { csvHeader } from './encode.js';
import { BATCH_INPUTS, createPool } from './pool.js';
import { createProgress } from './progress.js';
import type { InputOutcome, TaskOptions } from './record.js';
import { failureLine } from './shard.js';
import { ShardStore, type StoreCounts } from './store.js';
import type { Found } from './inputs.js';

export interface BulkOptions extends TaskOptions {
  readonly jobs: number;
  readonly progress: 'bar' | 'lines' | 'quiet';
  /** Time limit of one input, ms. */
  readonly timeoutMs: number;
  /** Ends the intake when aborted (the work in flight still finishes). */
  readonly stop?: AbortSignal;
  /** The number of inputs, when a count is under way (the progress shows a percentage once known). */
  readonly total?: Promise<number | null>;
}

export interface BulkAccount extends StoreCounts {
  /** Inputs an earlier run had finished, left alone now. */
  alreadyDone: number;
  /** Files a walk left out (not exhibit text, not regular files), listed in `skipped.jsonl`. */
  skipped: number;
  /** The run was stopped before all inputs were taken (a rerun does the rest). */
  interrupted: boolean;
  seconds: number;
}

/** Default time limit of one input. */
export const DEFAULT_TIMEOUT_MS = 120_000;

/**
 * Batches in flight per worker: one running, one waiting, so a thread never idles between
 * batches, and a batch's time limit (counted from its hand-over) is barely spent waiting.
 */
const IN_FLIGHT_PER_JOB = 2;
/** Finished outcomes that may wait for the store, per task in flight. */
const WAITING_PER_IN_FLIGHT = 8;

/**
 * Runs `inputs` through the pool, handing each outcome to `accept` in completion order.
 * `done` says which inputs to leave out (finished earlier).
 */
async function drive(
  inputs: AsyncIterable<Found>,
  options: BulkOptions,
  done: (input: string) => boolean,
  accept: (outcome: InputOutcome) => Promise<void> | void,
  leftOut: (found: Found) => Promise<void> | void,
): Promise<{ alreadyDone: number; skipped: number; interrupted: boolean }> {
  const pool = createPool(options.jobs, options.timeoutMs);
  const progress = createProgress(options.progress);
  void options.total?.then((t) => t !== null && progress.setTotal(t)).catch(() => undefined);
  const limit = Math.max(1, options.jobs * IN_FLIGHT_PER_JOB);
  const inFlight = new Set<Promise<void>>();
  let chain: Promise<void> = Promise.resolve();
  let skipped = 0;
  let alreadyDone = 0;
  let waiting = 0;
  let interrupted = false;
  const task = { tree: options.tree, text: options.text, format: options.format, filingDate: options.filingDate };
  let batch: string[] = [];
  const dispatch = async (): Promise<void> => {
    if (batch.length === 0) return;
    const tasks = batch.map((input) => ({ input, ...task }));
    batch = [];
    while (inFlight.size >= limit) await Promise.race(inFlight);
    // Outcomes waiting for the store are bounded too: a slow disk holds the walk back.
    while (waiting >= limit * WAITING_PER_IN_FLIGHT) await chain;
    const job: Promise<void> = pool
      .run(tasks)
      .then((outcomes) => {
        for (const outcome of outcomes) {
          progress.tick(outcome.bytes);
          // Outcomes are accepted one at a time, in completion order. The worker takes its
          // next batch at once: it does not wait for the store (a shard commit syncs to disk).
          waiting++;
          chain = chain.then(() => accept(outcome)).finally(() => waiting--);
        }
      })
      .finally(() => inFlight.delete(job));
    inFlight.add(job);
  };
  try {
    for await (const found of inputs) {
      if (options.stop?.aborted) {
        interrupted = true;
        break;
      }
      const input = found.path;
      if (found.skipped !== undefined) {
        skipped++;
        await leftOut(found);
        continue;
      }
      if (done(input)) {
        alreadyDone++;
        progress.tick(0, true);
        continue;
      }
      batch.push(input);
      if (batch.length >= BATCH_INPUTS) await dispatch();
    }
    if (!interrupted) await dispatch();
    await Promise.all(inFlight);
    await chain;
  } finally {
    progress.stop();
    await pool.close();
  }
  return { alreadyDone, skipped, interrupted: interrupted || Boolean(options.stop?.aborted) };
}

/** Normalizes inputs into the output folder `out`, resuming what an earlier run began. */
export async function normalizeToFolder(inputs: AsyncIterable<Found>, out: string, options: BulkOptions): Promise<BulkAccount> {
  const started = Date.now();
  const store = await ShardStore.open(out, { format: options.format, text: options.text, tree: options.tree });
  let counts: Awaited<ReturnType<typeof drive>>;
  try {
    counts = await drive(inputs, options, (i) => store.has(i), (o) => store.add(o), (f) => store.skip(f.path, f.skipped ?? ''));
  } finally {
    await store.finish();
  }
  return { ...store.written, ...counts, seconds: (Date.now() - started) / 1000 };
}

/**
 * Normalizes inputs to a stream of lines (JSONL or CSV): records, and for JSONL
 * `{input, error}` for failures and `{input, skipped}` for files left out.
 */
export async function normalizeToLines(inputs: AsyncIterable<Found>, write: (line: string) => Promise<void>, options: BulkOptions): Promise<BulkAccount> {
  const started = Date.now();
  const counts: StoreCounts = { inputs: 0, exhibits: 0, failures: 0 };
  const jsonl = options.format === 'jsonl';
  if (!jsonl) await write(csvHeader(options));
  const walked = await drive(
    inputs,
    options,
    () => false,
    async (o) => {
      counts.inputs++;
      counts.exhibits += o.rows.length;
      for (const r of o.rows) await write(r);
      if (o.error !== null) {
        counts.failures++;
        if (jsonl) await write(failureLine(o));
        else process.stderr.write(`sec-exhibit: ${o.input}: ${o.error}\n`);
      }
    },
    async (f) => {
      if (jsonl) await write(JSON.stringify({ input: f.path, skipped: f.skipped }));
    },
  );
  return { ...counts, ...walked, seconds: (Date.now() - started) / 1000 };
}
