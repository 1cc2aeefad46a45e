/**
 * A worker of a distributed run: takes jobs from the queue, runs their inputs through a
 * local thread pool, writes one shard per job into the shared output folder, and
 * acknowledges. Exactly once, whatever dies when:
 *
 * - a job's shard is named by the job (`q-JOB`) and renamed into place whole: a job run
 *   again (its worker was presumed dead, or died after the rename and before the ack)
 *   finds its shard in place, or loses the rename race, and writes nothing;
 * - an input belongs to the first job that claims it (connection.ts), so an input
 *   enqueued twice in different batches is done by one job only;
 * - a worker that dies mid-job (SIGKILL, lost machine) stops renewing the job's lock;
 *   BullMQ's stalled-job check hands the job to another worker;
 * - a job that keeps failing (it threw `JOB_ATTEMPTS` times, or stalled past the limit)
 *   is written as a shard of failures, one per input, once, so it lands in `failures.jsonl`.
 */
import { access, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Queue, Worker, type Job } from 'bullmq';
import { BATCH_INPUTS, createPool, type Pool } from '../pool.js';
import type { InputOutcome } from '../record.js';
import { rebuildFailures, writeShard, type ShardLayout } from '../shard.js';
import { checkLayout } from '../store.js';
import { claim, claimsClient, connectionOf, QUEUE_NAME } from './connection.js';
import type { JobData } from './producer.js';

export interface ConsumerOptions {
  readonly url: string;
  readonly out: string;
  readonly jobs: number;
  readonly timeoutMs: number;
  /** Stop once the queue holds no waiting, delayed or active job. */
  readonly exitWhenEmpty: boolean;
  /** Ends the worker: the job in hand finishes and is acknowledged first. */
  readonly stop?: AbortSignal;
  /** Called with each job's account. */
  readonly onJob?: (account: JobAccount) => void;
}

export interface JobAccount {
  readonly job: string;
  readonly inputs: number;
  readonly exhibits: number;
  readonly failures: number;
  /** False when the job's shard was already in place (written by an earlier attempt). */
  readonly written: boolean;
}

/** How long a job's lock holds without renewal: past it (plus a check), a job is taken over. */
const LOCK_MS = 10_000;
/** How often workers look for stalled jobs. */
const STALLED_CHECK_MS = 5_000;
/** A job that stalls more often than this (it kills its workers) fails for good. */
const MAX_STALLED = 2;

const shardName = (jobId: string): string => `q-${jobId}`;
const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

/** Runs `inputs` through the pool in batches, at most `limit` batches at a time (a batch's time limit runs from hand-over). */
async function runAll(pool: Pool, inputs: readonly string[], data: JobData, limit: number): Promise<InputOutcome[]> {
  const batches: string[][] = [];
  for (let i = 0; i < inputs.length; i += BATCH_INPUTS) batches.push(inputs.slice(i, i + BATCH_INPUTS));
  const outcomes: InputOutcome[][] = new Array<InputOutcome[]>(batches.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < batches.length) {
      const i = next++;
      outcomes[i] = await pool.run(batches[i]!.map((input) => ({ input, format: data.format, text: data.text, tree: data.tree, filingDate: data.filingDate })));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, batches.length) }, lane));
  return outcomes.flat();
}

/** A job that failed for good, as a shard of failures (once: the shard's name is the job's). */
async function writeFailedJob(out: string, redis: ReturnType<typeof claimsClient>, job: Job<JobData>, reason: string): Promise<boolean> {
  const id = job.id!;
  if (await exists(join(out, 'shards', shardName(id)))) return false;
  const owned = await claim(redis, id, job.data.inputs);
  const outcomes: InputOutcome[] = owned.map((input) => ({ input, sha256: null, bytes: 0, kind: null, rows: [], error: `job failed: ${reason}` }));
  // No records: the (empty) records file takes the folder's layout, even when the job failed for asking another.
  const folder = await readFile(join(out, 'layout.json'), 'utf8').then((t) => JSON.parse(t) as ShardLayout, () => layoutOf(job.data));
  return writeShard(out, shardName(id), outcomes, folder);
}

const layoutOf = (d: JobData): ShardLayout => ({ format: d.format, text: d.text, tree: d.tree });

/** Writes every job that failed for good and has no shard yet; resolves to how many. */
export async function sweepFailedJobs(url: string, out: string): Promise<number> {
  await mkdir(join(out, 'shards'), { recursive: true });
  const queue = new Queue<JobData>(QUEUE_NAME, { connection: connectionOf(url) });
  const redis = claimsClient(url);
  let written = 0;
  try {
    for (const job of await queue.getFailed(0, -1)) {
      if (job?.id && (await writeFailedJob(out, redis, job, job.failedReason || 'failed'))) written++;
    }
  } finally {
    await queue.close();
    redis.disconnect();
  }
  return written;
}

export async function runConsumer(options: ConsumerOptions): Promise<void> {
  const { out } = options;
  await mkdir(join(out, 'shards'), { recursive: true });
  const pool = createPool(options.jobs, options.timeoutMs);
  const redis = claimsClient(options.url);
  const checked = new Set<string>();
  const processor = async (job: Job<JobData>): Promise<JobAccount> => {
    const id = job.id!;
    const layout = layoutOf(job.data);
    const key = JSON.stringify(layout);
    if (!checked.has(key)) {
      await checkLayout(out, layout);
      checked.add(key);
    }
    if (await exists(join(out, 'shards', shardName(id)))) return { job: id, inputs: 0, exhibits: 0, failures: 0, written: false };
    const inputs = await claim(redis, id, job.data.inputs);
    const outcomes = await runAll(pool, inputs, job.data, options.jobs * 2);
    const written = await writeShard(out, shardName(id), outcomes, layout);
    const exhibits = outcomes.reduce((n, o) => n + o.rows.length, 0);
    return { job: id, inputs: outcomes.length, exhibits, failures: outcomes.filter((o) => o.error !== null).length, written };
  };
  const worker = new Worker<JobData, JobAccount>(QUEUE_NAME, processor, {
    connection: connectionOf(options.url),
    concurrency: 1,
    lockDuration: LOCK_MS,
    stalledInterval: STALLED_CHECK_MS,
    maxStalledCount: MAX_STALLED,
  });
  worker.on('completed', (_job, account) => options.onJob?.(account));
  worker.on('failed', (job, error) => {
    if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) void writeFailedJob(out, redis, job, error.message).catch(() => undefined);
  });
  // Errors of the connection are retried by BullMQ; without a listener they would crash the process.
  worker.on('error', (e) => process.stderr.write(`sec-exhibit worker: ${e.message}\n`));
  const queue = new Queue(QUEUE_NAME, { connection: connectionOf(options.url) });
  try {
    await new Promise<void>((resolve) => {
      options.stop?.addEventListener('abort', () => resolve(), { once: true });
      if (!options.exitWhenEmpty) return;
      const poll = setInterval(() => {
        void queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized').then((c) => {
          if (Object.values(c).every((n) => n === 0)) {
            clearInterval(poll);
            resolve();
          }
        }, () => undefined);
      }, 1000);
      options.stop?.addEventListener('abort', () => clearInterval(poll), { once: true });
    });
  } finally {
    await worker.close();
    await queue.close();
    await pool.close();
    if (options.exitWhenEmpty) await sweepFailedJobs(options.url, out);
    redis.disconnect();
    // Every worker that stops lists the failures of every shard so far; the last one to stop lists them all.
    await rebuildFailures(out);
  }
}
