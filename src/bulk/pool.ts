/**
 * The worker pool (piscina): one thread per job. Once built, workers load the compiled
 * worker.js; from the TypeScript sources (tests, development) they load worker-source.mjs,
 * which registers tsx first.
 */
import { Piscina } from 'piscina';
import type { InputOutcome } from './record.js';
import type { Task } from './worker.js';

export interface Pool {
  run(task: Task): Promise<InputOutcome>;
  close(): Promise<void>;
}

export function createPool(jobs: number): Pool {
  const here = import.meta.url;
  const typescript = here.endsWith('.ts');
  const piscina = new Piscina({
    filename: new URL(typescript ? './worker-source.mjs' : './worker.js', here).href,
    minThreads: jobs,
    maxThreads: jobs,
    // Two tasks per thread: while one waits for its file to be read, the other parses, so
    // a thread's core is not left idle on I/O.
    concurrentTasksPerWorker: 2,
    idleTimeout: 1000,
  });
  return {
    run: (task) => piscina.run(task) as Promise<InputOutcome>,
    close: () => piscina.destroy(),
  };
}
