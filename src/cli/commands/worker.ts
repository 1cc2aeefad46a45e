/**
 * `sec-exhibit worker --queue redis://HOST:PORT --out DIR [--jobs N] [--timeout S]
 * [--exit-when-empty]`: a worker of a distributed run (src/bulk/queue/consumer.ts). Run it
 * on any number of machines that see DIR (shared storage).
 */
import { runConsumer } from '../../bulk/queue/consumer.js';
import { LayoutMismatchError } from '../../bulk/store.js';
import { bulkOptions, INTERRUPTED_EXIT, stopOnSignals } from './normalize.js';

export interface WorkerFlags {
  readonly queue?: string;
  readonly out?: string;
  readonly jobs?: string;
  readonly timeout?: string;
  readonly exitWhenEmpty?: boolean;
  readonly quiet?: boolean;
}

export async function workerCommand(flags: WorkerFlags): Promise<number> {
  const fail = (m: string): number => {
    process.stderr.write(`sec-exhibit: ${m}\n`);
    return 2;
  };
  if (!flags.queue) return fail('worker needs --queue redis://HOST:PORT');
  if (!flags.out) return fail('worker needs --out DIR (the shared output folder)');
  const checked = bulkOptions({ ...(flags.jobs ? { jobs: flags.jobs } : {}), ...(flags.timeout ? { timeout: flags.timeout } : {}) });
  if (typeof checked === 'string') return fail(checked);
  const stop = stopOnSignals();
  const totals = { jobs: 0, inputs: 0, exhibits: 0, failures: 0 };
  try {
    await runConsumer({
      url: flags.queue,
      out: flags.out,
      jobs: checked.jobs,
      timeoutMs: checked.timeoutMs,
      exitWhenEmpty: Boolean(flags.exitWhenEmpty),
      stop: stop.signal,
      onJob: (a) => {
        totals.jobs++;
        totals.inputs += a.inputs;
        totals.exhibits += a.exhibits;
        totals.failures += a.failures;
        if (!flags.quiet) process.stderr.write(`worker: job ${a.job}: ${a.inputs} inputs, ${a.exhibits} exhibits, ${a.failures} failures${a.written ? '' : ' (already written)'}\n`);
      },
    });
  } catch (e) {
    if (e instanceof LayoutMismatchError) return fail(e.message);
    throw e;
  } finally {
    stop.dispose();
  }
  process.stderr.write(`worker: ${totals.jobs} jobs, ${totals.inputs} inputs, ${totals.exhibits} exhibits, ${totals.failures} failures\n`);
  return stop.signal.aborted ? INTERRUPTED_EXIT : 0;
}
