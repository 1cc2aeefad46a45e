/**
 * A clock-free measure of work: V8's precise block coverage (through the inspector)
 * counts how many times every block of every function ran. The sum over the library's
 * code — src/, grammars/ and its dependencies, not the test runner — is a work count that
 * does not depend on the machine's load, and that no code path can skip: a pairwise loop
 * or a rescan per token shows as more block executions, whatever the code looks like.
 * (Work done inside built-ins, such as one `indexOf` over a long string, counts as the one
 * call that made it.)
 */
import { Session } from 'node:inspector/promises';

const root = new URL('../../', import.meta.url).href;
/** Scripts whose blocks count: the library and its dependencies, not tests or the runner. */
const counted = (url: string): boolean => url.startsWith(root) && !url.startsWith(`${root}test/`) && !/\/node_modules\/(?:@?vitest|vite|@vite|tinypool|tinyspy|chai)/.test(url);

export interface WorkCounter {
  /** Block executions while `run` ran. */
  count(run: () => void): Promise<number>;
  stop(): Promise<void>;
}

export async function startWorkCounter(): Promise<WorkCounter> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  return {
    async count(run) {
      await session.post('Profiler.takePreciseCoverage'); // resets the counters
      run();
      const { result } = await session.post('Profiler.takePreciseCoverage');
      let work = 0;
      for (const script of result) if (counted(script.url)) for (const f of script.functions) for (const r of f.ranges) work += r.count;
      return work;
    },
    async stop() {
      await session.post('Profiler.stopPreciseCoverage');
      await session.post('Profiler.disable');
      session.disconnect();
    },
  };
}
