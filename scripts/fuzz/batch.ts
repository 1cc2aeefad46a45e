/**
 * One batch of fuzzing: `count` inputs of one category from one seed, every check on each,
 * failures shrunk to reproducers. Runs the same in the main thread and in a worker.
 */
import { sampleInputs } from './generators.js';
import { checkInput } from './checks.js';
import { inputSize, toReproducer, type Category, type Reproducer } from './inputs.js';
import { shrink } from './shrink.js';

export interface BatchTask {
  readonly category: Category;
  readonly seed: number;
  readonly count: number;
  /** Shrink failures (a long run does; the shrinking budget is per failure). */
  readonly shrink: boolean;
  /**
   * Report an input whose checks take longer than this many milliseconds plus 1 s per MB
   * as `slow` (0: never). Wall-clock, so only the long run sets it, never `npm test`.
   */
  readonly slowMillis: number;
}

export interface BatchResult {
  readonly category: Category;
  readonly inputs: number;
  /** Characters or bytes fed. */
  readonly size: number;
  /** Milliseconds spent on the batch (generation, checks and shrinking), for inputs per second per category. */
  readonly millis: number;
  /** Failures by check name. */
  readonly failures: Record<string, number>;
  /** The shrunk reproducers, at most one per check per batch. */
  readonly reproducers: Reproducer[];
}

export async function runBatch(task: BatchTask): Promise<BatchResult> {
  const failures: Record<string, number> = {};
  const reproducers: Reproducer[] = [];
  const start = performance.now();
  let size = 0;
  const inputs = sampleInputs(task.category, task.seed, task.count);
  for (const input of inputs) {
    const bytes = inputSize(input);
    size += bytes;
    const t0 = performance.now();
    let failure = await checkInput(input);
    const millis = performance.now() - t0;
    if (!failure && task.slowMillis > 0 && millis > task.slowMillis + bytes / 1000) {
      failure = { check: 'slow', message: `${Math.round(millis)} ms for ${bytes} characters` };
    }
    if (!failure) continue;
    failures[failure.check] = (failures[failure.check] ?? 0) + 1;
    if (reproducers.some((r) => r.check === failure.check)) continue;
    // A slow input is kept as found: shrinking it would take as long again per attempt.
    const small = task.shrink && failure.check !== 'slow' ? await shrink(input, failure, checkInput, { attempts: 2000, millis: 30_000 }) : input;
    const found = failure.check === 'slow' ? failure : ((await checkInput(small)) ?? failure);
    reproducers.push(toReproducer(task.category, small, found));
  }
  return { category: task.category, inputs: inputs.length, size, millis: performance.now() - start, failures, reproducers };
}
