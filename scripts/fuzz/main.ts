/**
 * npm run fuzz -- --time 60 --seed N [--workers 2] [--batch 40] [--no-save | --out DIR] [--slow-ms 10000]
 *
 * Generates inputs of every category (see generators.ts) for `--time` seconds, runs every
 * check (checks.ts) on each, shrinks each failure and saves the reproducer under
 * fixtures/fuzz/, where test/fuzz.test.ts replays it. Prints inputs and failures per
 * category; exits 1 when anything failed. The same seed gives the same inputs.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { Piscina } from 'piscina';
import { runBatch, type BatchResult, type BatchTask } from './batch.js';
import { CATEGORIES, type Category } from './inputs.js';
import { saveReproducer } from './reproducers.js';

/** The machine's load, to note beside any rate (the machine may be shared). */
const loadLine = (): string => `load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;

const USAGE = `usage: npm run fuzz -- [--time SECONDS] [--seed N] [--workers N] [--batch N] [--no-save | --out DIR] [--slow-ms MS]

  --time      seconds to generate inputs for (60)
  --seed      seed of the generators; the same seed gives the same inputs (random)
  --workers   worker threads (1)
  --batch     inputs per task handed to a worker (40)
  --no-save   print failures without saving reproducers
  --out       folder for shrunk reproducers (fixtures/fuzz/, which npm test replays)
  --slow-ms   an input slower than this is a failure (10000)`;

const { values } = parseArgs({
  options: {
    help: { type: 'boolean', short: 'h', default: false },
    time: { type: 'string', default: '60' },
    seed: { type: 'string' },
    workers: { type: 'string', default: '1' },
    batch: { type: 'string', default: '40' },
    'no-save': { type: 'boolean', default: false },
    out: { type: 'string' },
    // Generous: on a machine shared by many jobs a linear input can take seconds; a
    // super-linear one (the linearity test's business) takes minutes.
    'slow-ms': { type: 'string', default: '10000' },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const seconds = Number(values.time);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
const workers = Math.max(1, Number(values.workers));
const batchSize = Math.max(1, Number(values.batch));
if (![seconds, seed, workers, batchSize].every(Number.isFinite)) throw new Error('--time, --seed, --workers and --batch take numbers');

const started = Date.now();
const deadline = started + seconds * 1000;
const totals = new Map<Category, { inputs: number; size: number; millis: number; failures: Record<string, number> }>(CATEGORIES.map((c) => [c, { inputs: 0, size: 0, millis: 0, failures: {} }]));
const saved: string[] = [];

function record(r: BatchResult): void {
  const t = totals.get(r.category);
  if (!t) return;
  t.inputs += r.inputs;
  t.size += r.size;
  t.millis += r.millis;
  for (const [check, n] of Object.entries(r.failures)) t.failures[check] = (t.failures[check] ?? 0) + n;
  for (const rep of r.reproducers) {
    const path = values['no-save'] ? null : saveReproducer(rep, values.out);
    saved.push(`${rep.category} ${rep.check}: ${JSON.stringify(rep.text ?? rep.base64 ?? '').slice(0, 100)}${path ? ` → ${path}` : ''}`);
  }
}

let next = 0;
/** The next task: categories in turn, each batch its own seed derived from the run's. */
function task(): BatchTask {
  const i = next++;
  const category = CATEGORIES[i % CATEGORIES.length] ?? 'string';
  return { category, seed: (seed + i * 7919) % 2 ** 31, count: batchSize, shrink: true, slowMillis: Number(values['slow-ms']) };
}

console.log(`fuzz: seed ${seed}, ${seconds} s, ${workers} worker(s), batches of ${batchSize}; ${loadLine()}`);
if (workers === 1) {
  while (Date.now() < deadline) record(await runBatch(task()));
} else {
  const pool = new Piscina({ filename: new URL('./worker-source.mjs', import.meta.url).href, minThreads: workers, maxThreads: workers });
  const lane = async (): Promise<void> => {
    while (Date.now() < deadline) record((await pool.run(task())) as BatchResult);
  };
  await Promise.all(Array.from({ length: workers }, lane));
  await pool.destroy();
}

let inputs = 0;
let failures = 0;
console.log(`\n${loadLine()}\ncategory     inputs       MB  inputs/s  failures`);
for (const [category, t] of totals) {
  const f = Object.entries(t.failures);
  const n = f.reduce((s, [, k]) => s + k, 0);
  inputs += t.inputs;
  failures += n;
  // Per second of one worker's time on the category: what the category costs, whatever the mix.
  const rate = t.millis > 0 ? (t.inputs / (t.millis / 1000)).toFixed(0) : '-';
  console.log(`${category.padEnd(11)} ${String(t.inputs).padStart(7)} ${(t.size / 1e6).toFixed(1).padStart(8)}  ${rate.padStart(8)}  ${n}${f.length ? `  (${f.map(([c, k]) => `${c} ${k}`).join(', ')})` : ''}`);
}
console.log(`total       ${String(inputs).padStart(7)}           ${(inputs / ((Date.now() - started) / 1000)).toFixed(0).padStart(8)}  ${failures}   (all workers, per second of the run)`);
if (saved.length) console.log(`\nreproducers:\n  ${saved.join('\n  ')}`);
process.exitCode = failures ? 1 : 0;
