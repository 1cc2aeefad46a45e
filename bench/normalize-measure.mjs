/**
 * The measured half of `npm run bench:normalize`: one `normalize` run through the compiled
 * library in plain Node (no TypeScript loader in this process or in its workers), then its
 * time, peak RSS and account as one JSON line.
 *
 *   node bench/normalize-measure.mjs ARCHIVE OUT JOBS
 */
import console from 'node:console';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { URL } from 'node:url';

const [archive, out, jobs] = process.argv.slice(2);
const { normalizeToFolder } = await import(new URL('../dist/src/bulk/run.js', import.meta.url).href);
const { expandInputs } = await import(new URL('../dist/src/bulk/inputs.js', import.meta.url).href);
const t0 = performance.now();
const account = await normalizeToFolder(expandInputs([archive]), out, { jobs: Number(jobs), tree: false, text: false, format: 'jsonl', filingDate: null, timeoutMs: 120_000, progress: 'quiet' });
const seconds = (performance.now() - t0) / 1000;
const usage = process.resourceUsage();
// CPU seconds of the whole process (main thread and workers): on a shared machine, wall time
// swings with the neighbours' load; CPU per file does not.
console.log(JSON.stringify({ seconds, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, maxRssMB: usage.maxRSS / 1024, account }));
