/**
 * npm run bench — parse throughput on the plain-text corpus exhibits (../shared/corpus/dev
 * and raw/sgml), next to remark-parse on the same texts in the same process. Rounds are
 * interleaved and the median of each is reported, so a busy machine slows both alike.
 * Then the bytes each allocates per input character, garbage included (V8's sampling heap
 * profiler, objects collected by GC kept in the count): unlike time, it does not move with load.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { Session } from 'node:inspector/promises';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
// The compiled package, as users run it (`npm run bench` builds it first).
import { parse } from '../dist/src/index.js';

const corpus = new URL('../../shared/corpus/', import.meta.url).pathname;
const read = (dir: string, ext: string): string[] =>
  existsSync(join(corpus, dir)) ? readdirSync(join(corpus, dir)).filter((f) => f.endsWith(ext)).sort().map((f) => readFileSync(join(corpus, dir, f), 'utf8')) : [];
const remark = unified().use(remarkParse);

const contenders: Record<string, (t: string) => unknown> = {
  'sec-exhibit parse': (t) => parse(t),
  'remark-parse': (t) => remark.parse(t),
};
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 7);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Median MB/s of each contender on `texts`, rounds interleaved. */
function measure(label: string, texts: readonly string[]): number | null {
  if (texts.length === 0) return null;
  const bytes = texts.reduce((n, t) => n + t.length, 0);
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  for (const fn of Object.values(contenders)) for (const t of texts) fn(t); // warm-up
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, fn] of Object.entries(contenders)) {
      const t0 = performance.now();
      for (const t of texts) fn(t);
      times[name]!.push(performance.now() - t0);
    }
  }
  const mbps = Object.fromEntries(Object.keys(contenders).map((k) => [k, bytes / 1e6 / (median(times[k]!) / 1000)]));
  const ratio = mbps['sec-exhibit parse']! / mbps['remark-parse']!;
  console.log(`\n${label}: ${texts.length} texts, ${(bytes / 1e6).toFixed(2)} MB, median of ${ROUNDS} rounds`);
  for (const [k, v] of Object.entries(mbps)) console.log(`  ${k.padEnd(20)} ${v.toFixed(2).padStart(7)} MB/s`);
  console.log(`  ratio sec-exhibit / remark-parse: ${ratio.toFixed(2)}x`);
  return ratio;
}

/** Bytes allocated per input character by each contender over one pass of `texts` (a sampled estimate). */
async function allocation(texts: readonly string[]): Promise<void> {
  if (texts.length === 0) return;
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const session = new Session();
  session.connect();
  try {
    for (const [name, fn] of Object.entries(contenders)) {
      await session.post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
      for (const t of texts) fn(t);
      const { profile } = await session.post('HeapProfiler.stopSampling');
      let bytes = 0;
      const walk = (node: typeof profile.head): void => {
        bytes += node.selfSize;
        for (const child of node.children) walk(child);
      };
      walk(profile.head);
      console.log(`  ${name.padEnd(20)} ${(bytes / chars).toFixed(0).padStart(7)} B allocated per input character`);
    }
  } finally {
    session.disconnect();
  }
}

// The plain-text exhibits are what the parser is for: that ratio is the headline figure.
// SGML blocks (many wrap HTML exhibits) are measured too, for the record.
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const dev = read('dev', '.txt');
const sgml = read('raw/sgml', '.txt');
const main = measure('plain-text exhibits (corpus/dev)', dev);
await allocation(dev);
measure('SGML document blocks (corpus/raw/sgml)', sgml);
await allocation(sgml);
if (main === null) {
  console.error('bench: no corpus texts found under', corpus);
  process.exitCode = 1;
}
