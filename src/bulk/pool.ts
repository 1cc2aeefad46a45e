/**
 * The worker pool (piscina): one thread per job, each with a heap limit, each task with a
 * time limit. A task past its limit is aborted: piscina stops its thread and starts a
 * fresh one, and the input is a failure saying why; so is an input whose work outgrew the
 * heap limit (the thread dies, a new one takes its place). Once built, workers load the
 * compiled worker.js; from the TypeScript sources (tests, development) they load
 * worker-source.mjs, which registers tsx first.
 */
import { availableParallelism, totalmem } from 'node:os';
import { Piscina } from 'piscina';
import type { InputOutcome } from './record.js';
import { applyBulkV8Flags, WORKER_YOUNG_MB } from './v8-settings.js';
import type { Task } from './worker.js';

/** Heap limit of one worker thread (old and young generations), MB. */
export const WORKER_HEAP_MB = 768;
/** What one worker may cost at most, MB: its heap plus code, stacks and buffers. */
export const WORKER_BUDGET_MB = WORKER_HEAP_MB + 256;
/** What the main thread may cost (walk, buffered outcomes, one shard being written), MB. */
export const MAIN_BUDGET_MB = 512;

/** The most worker threads this machine should run: one per core, within 3/4 of its memory. */
export function maxJobs(): number {
  const byMemory = Math.floor(((totalmem() / 2 ** 20) * 0.75 - MAIN_BUDGET_MB) / WORKER_BUDGET_MB);
  return Math.max(1, Math.min(availableParallelism(), byMemory));
}

export interface Pool {
  /**
   * Runs a batch of inputs in one thread, one message each way. Past the time limit
   * (`timeoutMs` for the batch), the thread is replaced and each input of the batch runs
   * again alone with its own limit, so only the slow one fails.
   */
  run(tasks: readonly Task[]): Promise<InputOutcome[]>;
  close(): Promise<void>;
}

/**
 * Inputs per message to a thread: small exhibits take a few milliseconds each, so a message
 * and a piscina hand-over per input would be a large share of the work.
 */
export const BATCH_INPUTS = 8;

export function createPool(jobs: number, timeoutMs: number): Pool {
  applyBulkV8Flags();
  const here = import.meta.url;
  const typescript = here.endsWith('.ts');
  const piscina = new Piscina({
    filename: new URL(typescript ? './worker-source.mjs' : './worker.js', here).href,
    minThreads: jobs,
    maxThreads: jobs,
    // Threads live for the whole run: a thread that idles out costs a fresh module load.
    idleTimeout: 60_000,
    // A young generation that holds many small inputs' garbage: it dies there, unpromoted (v8-settings.ts).
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB - WORKER_YOUNG_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  const run = async (tasks: readonly Task[]): Promise<InputOutcome[]> => {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      return (await piscina.run(tasks, { signal })) as InputOutcome[];
    } catch (e) {
      if (tasks.length > 1) return (await Promise.all(tasks.map((t) => run([t])))).flat();
      const reason = signal.aborted ? `timed out after ${timeoutMs / 1000}s (worker replaced)` : `worker failed: ${String((e as Error)?.message ?? e)}`;
      return tasks.map((t) => ({ input: t.input, sha256: null, bytes: 0, kind: null, rows: [], error: reason }));
    }
  };
  return {
    run,
    close: () => piscina.destroy(),
  };
}
