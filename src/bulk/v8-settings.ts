/**
 * How the worker threads' V8 is set up for a bulk run, so that a worker's own thread does the
 * work and V8's helper threads (compiler, collector) take little of the other core.
 *
 * Measured (5,000 small exhibits, one worker): a worker allocates about 2 MB per exhibit,
 * nearly all of it dead before the next one. With V8's defaults a third of it outlives two
 * scavenges of the 16 MB semi-spaces and is promoted, a full collection follows every few
 * seconds, and each one drops the optimized code of the grammar closures that no live function
 * holds (chevrotain's `ALT`/`GATE` callbacks are created anew at each rule call), so some 700
 * functions were compiled again by TurboFan on the helper threads: 1,500 optimizations where
 * 770 functions are hot. A larger young generation, a first old-generation limit above what
 * a run of small inputs promotes, and a later tier-up leave about 440 optimizations and no
 * full collection in that run.
 *
 * V8 flags are process-wide and V8 has no per-thread ones (`execArgv` of a worker refuses
 * them), so three are set on the process, once, before the first worker starts; all only
 * tune speed and memory, never what code does:
 * - `--initial-old-space-size` is read when an isolate is made: it shapes the worker
 *   threads (and isolates made later in this process), not the main thread's heap;
 * - `--interrupt-budget` (how much a function runs before V8 considers optimizing it) applies
 *   to every thread from now on. Long bulk runs lose nothing by it: what is hot still gets
 *   optimized, what is merely warm is no longer compiled twice;
 * - `--no-concurrent-recompilation` is read when an isolate is made as well: a worker thread's
 *   TurboFan compiles then run on that thread instead of on V8's compiler threads. Measured
 *   per thread (1,900 dev exhibits, one worker): 7.6 s on the worker and 1.9 s on V8's helper
 *   threads, nearly all of it compiling, before; 7.9 s and 0.1 s after. With one worker per
 *   core those helper threads only take a core from the other worker, so `--jobs 2` could not
 *   reach twice `--jobs 1`'s speed whatever the workers did.
 */
import { setFlagsFromString } from 'node:v8';

/** Young generation of a worker thread, MB (V8's default on 64-bit: 48, 16 MB semi-spaces). */
export const WORKER_YOUNG_MB = 96;

/** A worker's old generation starts at this limit, MB, instead of growing from a few MB. */
const INITIAL_OLD_SPACE_MB = 256;

/** V8's interrupt budget, 8 times its default (67,584). */
const INTERRUPT_BUDGET = 8 * 67_584;

let applied = false;

/** Sets the process-wide V8 flags for bulk workers; only the first call does anything. */
export function applyBulkV8Flags(): void {
  if (applied) return;
  applied = true;
  setFlagsFromString(`--initial-old-space-size=${INITIAL_OLD_SPACE_MB}`);
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  setFlagsFromString('--no-concurrent-recompilation');
}
