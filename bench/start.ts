/**
 * npm run bench:start — start-up time of `sec-exhibit summary SEED` (the shipped bundle)
 * against `node -e 0` on the same machine: the median of ROUNDS runs of each, the commands
 * interleaved so that a busy machine slows them alike. `--before DIR` adds the CLI of
 * another checkout (e.g. the commit before the bundles, built with `npm run build`), run as
 * it shipped: `node DIR/dist/src/cli/bin.js`.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';

const root = new URL('..', import.meta.url).pathname;
const seed = `${root}fixtures/seed/american-locker-2004.txt`;
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 15);
const beforeAt = process.argv.indexOf('--before');
const before = beforeAt > 0 ? process.argv[beforeAt + 1] : undefined;

const commands: Record<string, string[]> = {
  'node -e 0': ['-e', '0'],
  'sec-exhibit summary (bundle)': [`${root}dist/bundle/cli/bin.mjs`, 'summary', seed],
  ...(before ? { 'sec-exhibit summary (before)': [`${before}/dist/src/cli/bin.js`, 'summary', seed] } : {}),
};

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Wall time of one run, in seconds; exits on a failed run (a crash is not a fast start). */
function time(args: string[]): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) {
    console.error(`${args.join(' ')} failed (${run.status}): ${run.stderr.toString()}`);
    process.exit(1);
  }
  return seconds;
}

const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (let round = 0; round < ROUNDS; round++) for (const [name, args] of Object.entries(commands)) times[name]?.push(time(args));

const baseline = median(times['node -e 0'] ?? []);
console.log(`start-up, median of ${ROUNDS} interleaved runs (load average ${loadavg()[0]?.toFixed(2)}):`);
for (const [name, xs] of Object.entries(times)) {
  const m = median(xs);
  console.log(`  ${name.padEnd(30)} ${m.toFixed(3)} s  ${(m / baseline).toFixed(2)}x node -e 0`);
}
