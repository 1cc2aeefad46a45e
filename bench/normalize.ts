/**
 * npm run bench:normalize — throughput of `normalize` with one worker and with two, on a
 * generated archive of 5,000+ files built from the corpus exhibits, and the peak RSS of each
 * run. Runs the built code (dist/), each run in its own plain-Node process
 * (bench/normalize-measure.mjs) so RSS is its own. `--jobs 1` is one worker thread, like
 * each of the two of `--jobs 2` (the main thread walks, hands out and writes in both).
 *
 *   BENCH_FILES=5000 BENCH_ROUNDS=3 npm run bench:normalize
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const FILES = Number(process.env['BENCH_FILES'] ?? 5000);
/** Runs each way; the figure is the ratio of the medians. */
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const here = new URL('.', import.meta.url).pathname;
const dist = new URL('../dist/src/bulk/run.js', import.meta.url).pathname;

if (!existsSync(dist)) {
  console.error('bench:normalize: build first (npm run build)');
  process.exit(1);
}
const corpus = new URL('../../shared/corpus/dev/', import.meta.url).pathname;
const texts = readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(corpus, f)));
const root = mkdtempSync(join(tmpdir(), 'sec-exhibit-bench-'));
const archive = join(root, 'archive');
let bytes = 0;
for (let i = 0; i < FILES; i++) {
  const dir = join(archive, `part-${String(Math.floor(i / 500)).padStart(2, '0')}`);
  if (i % 500 === 0) mkdirSync(dir, { recursive: true });
  const text = texts[i % texts.length]!;
  bytes += text.length;
  writeFileSync(join(dir, `ex-${String(i).padStart(5, '0')}.txt`), text);
}
console.log(`archive: ${FILES} files, ${(bytes / 1e6).toFixed(1)} MB (corpus/dev exhibits repeated)`);

interface Run {
  seconds: number;
  cpuSeconds: number;
  maxRssMB: number;
  account: { inputs: number; exhibits: number; failures: number };
}

/** One `normalize` of the archive in a fresh plain-Node process. */
function measure(jobs: number, out: string): Run {
  // A fresh process per run, so its peak RSS is its own and no TypeScript loader sits in it
  // or in its workers.
  const run = spawnSync(process.execPath, [join(here, 'normalize-measure.mjs'), archive, out, String(jobs)], { encoding: 'utf8' });
  rmSync(out, { recursive: true, force: true });
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(1);
  }
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as Run;
}

const load = (): string => loadavg().map((l) => l.toFixed(2)).join(', ');
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Rounds of one run each way, the order alternating, so a neighbour's load that comes and
// goes falls on both sides; the ratio of the medians is the figure.
const filesPerSecond: Record<number, number[]> = { 1: [], 2: [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const jobs of round % 2 === 0 ? [1, 2] : [2, 1]) {
    const before = load();
    const r = measure(jobs, join(root, `out-${jobs}`));
    filesPerSecond[jobs]!.push(FILES / r.seconds);
    console.log(
      `round ${round + 1} --jobs ${jobs}: ${r.seconds.toFixed(1)} s (CPU ${r.cpuSeconds.toFixed(1)} s, ${((1000 * r.cpuSeconds) / FILES).toFixed(1)} ms/file), ${(FILES / r.seconds).toFixed(0)} files/s, ${(bytes / 1e6 / r.seconds).toFixed(2)} MB/s, peak RSS ${r.maxRssMB.toFixed(0)} MB, ` +
        `${r.account.inputs} inputs, ${r.account.exhibits} exhibits, ${r.account.failures} failures (load average before: ${before})`,
    );
  }
}
const one = median(filesPerSecond[1]!);
const two = median(filesPerSecond[2]!);
console.log(`median files/s: --jobs 1 ${one.toFixed(0)}, --jobs 2 ${two.toFixed(0)}; speed-up --jobs 2 / --jobs 1: ${(two / one).toFixed(2)}x (load average at the end: ${load()})`);
rmSync(root, { recursive: true, force: true });
