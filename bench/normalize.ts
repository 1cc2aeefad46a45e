/**
 * npm run bench:normalize — throughput of `normalize` with one worker and with two, on a
 * generated archive of 5,000+ files built from the corpus exhibits, and the peak RSS of each
 * run. Runs the built code (dist/), each run in its own plain-Node process
 * (bench/normalize-measure.mjs) so RSS is its own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const FILES = Number(process.env['BENCH_FILES'] ?? 5000);
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

const results: Record<number, { seconds: number; cpuSeconds: number; maxRssMB: number }> = {};
for (const jobs of [1, 2]) {
  const out = join(root, `out-${jobs}`);
  // Each run in a fresh plain-Node process, so its peak RSS is its own and no TypeScript
  // loader sits in it or in its workers.
  const run = spawnSync(process.execPath, [join(here, 'normalize-measure.mjs'), archive, out, String(jobs)], { encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(1);
  }
  const r = JSON.parse(run.stdout.trim().split('\n').pop()!) as { seconds: number; cpuSeconds: number; maxRssMB: number; account: { inputs: number; exhibits: number; failures: number } };
  results[jobs] = r;
  console.log(
    `--jobs ${jobs}: ${r.seconds.toFixed(1)} s (CPU ${r.cpuSeconds.toFixed(1)} s, ${((1000 * r.cpuSeconds) / FILES).toFixed(1)} ms/file), ${(FILES / r.seconds).toFixed(0)} files/s, ${(bytes / 1e6 / r.seconds).toFixed(2)} MB/s, peak RSS ${r.maxRssMB.toFixed(0)} MB, ` +
      `${r.account.inputs} inputs, ${r.account.exhibits} exhibits, ${r.account.failures} failures`,
  );
}
console.log(`speed-up --jobs 2 / --jobs 1: ${(results[1]!.seconds / results[2]!.seconds).toFixed(2)}x (load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(', ')})`);
rmSync(root, { recursive: true, force: true });
