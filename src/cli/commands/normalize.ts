/**
 * `sec-exhibit normalize INPUT... --out DIR [--format jsonl|csv|parquet] [--jobs N] …`,
 * `sec-exhibit normalize --stdin`, and with `--queue redis://…` the producer of a
 * distributed run (see src/bulk/queue): bulk normalization of an archive (see src/bulk).
 */
import { createInterface } from 'node:readline';
import { countInputs, expandInputs, type Found } from '../../bulk/inputs.js';
import { FolderLockedError } from '../../bulk/lock.js';
import { maxJobs } from '../../bulk/pool.js';
import { sweepFailedJobs } from '../../bulk/queue/consumer.js';
import { rebuildFailures } from '../../bulk/shard.js';
import { enqueue, queueStatus } from '../../bulk/queue/producer.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../../bulk/record.js';
import { DEFAULT_TIMEOUT_MS, normalizeToFolder, normalizeToLines, type BulkAccount, type BulkOptions } from '../../bulk/run.js';
import { LayoutMismatchError } from '../../bulk/store.js';
import { writeLine } from '../io.js';

export interface NormalizeFlags {
  readonly out?: string;
  readonly jobs?: string;
  readonly tree?: boolean;
  readonly text?: boolean;
  readonly quiet?: boolean;
  readonly stdin?: boolean;
  readonly format?: string;
  readonly filingDate?: string;
  readonly timeout?: string;
  readonly queue?: string;
  readonly status?: boolean;
}

/** Exit code of a run stopped by SIGINT/SIGTERM (128 + SIGINT), as shells expect. */
export const INTERRUPTED_EXIT = 130;

async function* stdinPaths(): AsyncGenerator<Found> {
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    const path = line.trim();
    if (path) yield { path };
  }
}

function account(a: BulkAccount): string {
  return (
    `normalize: ${a.interrupted ? 'interrupted; ' : ''}${a.inputs} inputs, ${a.exhibits} exhibits, ${a.failures} failures, ` +
    `${a.alreadyDone} already done, ${a.skipped} skipped, ${a.seconds.toFixed(1)}s${a.interrupted ? ' (run again to do the rest)' : ''}`
  );
}

const fail = (message: string): number => {
  process.stderr.write(`sec-exhibit: ${message}\n`);
  return 2;
};

/** `YYYY-MM-DD`. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The options shared by a local run and a queue worker, checked; a string is the error. */
export function bulkOptions(flags: NormalizeFlags & { readonly jobs?: string }): Omit<BulkOptions, 'progress'> | string {
  const cap = maxJobs();
  const jobs = flags.jobs ? Number(flags.jobs) : cap;
  if (!Number.isInteger(jobs) || jobs < 1) return '--jobs must be a whole number of 1 or more';
  const format = (flags.format ?? 'jsonl') as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) return `--format must be one of ${OUTPUT_FORMATS.join(', ')}`;
  const filingDate = flags.filingDate ?? null;
  if (filingDate !== null && (!ISO_DATE.test(filingDate) || Number.isNaN(Date.parse(filingDate)))) return '--filing-date must be a date, YYYY-MM-DD';
  const timeoutSeconds = flags.timeout ? Number(flags.timeout) : DEFAULT_TIMEOUT_MS / 1000;
  if (!(timeoutSeconds > 0)) return '--timeout must be a number of seconds above 0';
  if (jobs > cap) process.stderr.write(`sec-exhibit: --jobs ${jobs} capped at ${cap} (cores and memory of this machine)\n`);
  return { jobs: Math.min(jobs, cap), tree: Boolean(flags.tree), text: Boolean(flags.text), format, filingDate, timeoutMs: timeoutSeconds * 1000 };
}

/** An AbortSignal raised by the first SIGINT or SIGTERM; a second one exits at once. */
export function stopOnSignals(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals): void => {
    if (controller.signal.aborted) process.exit(INTERRUPTED_EXIT);
    process.stderr.write(`\nsec-exhibit: ${name}: finishing the inputs in flight and closing the shards (again to quit at once)\n`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/** `--queue URL`: enqueue the inputs for workers; with `--status`, print the queue's account. */
async function queueCommand(url: string, inputs: readonly string[], flags: NormalizeFlags, checked: Omit<BulkOptions, 'progress'>): Promise<number> {
  if (flags.status) {
    const swept = flags.out ? await sweepFailedJobs(url, flags.out) : 0;
    if (flags.out) await rebuildFailures(flags.out);
    const s = await queueStatus(url);
    process.stdout.write(`${JSON.stringify({ ...s, failedJobsWritten: swept })}\n`);
    return 0;
  }
  if (inputs.length === 0) return fail('normalize --queue needs at least one INPUT (or --status)');
  const e = await enqueue(url, expandInputs(inputs), { format: checked.format, text: checked.text, tree: checked.tree }, checked.filingDate);
  if (!flags.quiet) process.stderr.write(`normalize: enqueued ${e.inputs} inputs in ${e.jobs} jobs (${e.skipped} skipped) on ${url}\n`);
  return 0;
}

export async function normalizeCommand(inputs: readonly string[], flags: NormalizeFlags): Promise<number> {
  const checked = bulkOptions(flags);
  if (typeof checked === 'string') return fail(checked);
  if (flags.queue) return queueCommand(flags.queue, inputs, flags, checked);
  const progress: BulkOptions['progress'] = flags.quiet ? 'quiet' : process.stderr.isTTY && !flags.stdin ? 'bar' : 'lines';
  const stop = stopOnSignals();
  try {
    let result: BulkAccount;
    if (flags.stdin) {
      if (checked.format === 'parquet') return fail('--stdin writes JSONL or CSV to stdout; Parquet needs --out');
      result = await normalizeToLines(stdinPaths(), writeLine, { ...checked, progress, stop: stop.signal });
    } else {
      if (!flags.out) return fail('normalize needs --out DIR (or --stdin)');
      if (inputs.length === 0) return fail('normalize needs at least one INPUT');
      // Counted alongside the work, for the progress; the count stops when the run does.
      const counting = new AbortController();
      const total = progress === 'quiet' ? undefined : countInputs(inputs, counting.signal);
      try {
        result = await normalizeToFolder(expandInputs(inputs), flags.out, { ...checked, progress, stop: stop.signal, ...(total ? { total } : {}) });
      } finally {
        counting.abort();
      }
    }
    if (!flags.quiet || result.interrupted) process.stderr.write(`${account(result)}\n`);
    if (result.interrupted) return INTERRUPTED_EXIT;
    return result.failures > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof FolderLockedError || e instanceof LayoutMismatchError) return fail(e.message);
    throw e;
  } finally {
    stop.dispose();
  }
}
