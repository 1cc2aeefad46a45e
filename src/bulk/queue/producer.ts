/**
 * The producer of a distributed run: inputs go to the queue in batches, one job per batch.
 * A job's id is a hash of its inputs, so running the producer again over the same inputs
 * adds nothing (BullMQ keeps one job per id); inputs in a batch that differs are still
 * done once, by the claims (see connection.ts).
 */
import { createHash } from 'node:crypto';
import { Queue } from 'bullmq';
import type { Found } from '../inputs.js';
import type { ShardLayout } from '../shard.js';
import { connectionOf, QUEUE_NAME } from './connection.js';

/** Inputs per job: enough that a job's shard is worth a commit, few enough to spread work. */
export const BATCH_INPUTS = 50;
/** Jobs added per round trip. */
const JOBS_PER_ADD = 20;
/** Attempts of a job whose processing throws (a full disk, a lost mount) before it fails for good. */
export const JOB_ATTEMPTS = 3;

export interface JobData extends ShardLayout {
  readonly inputs: readonly string[];
  readonly filingDate: string | null;
}

export interface Enqueued {
  inputs: number;
  jobs: number;
  skipped: number;
}

export const jobIdOf = (inputs: readonly string[]): string => `b-${createHash('sha256').update(inputs.join('\n')).digest('hex').slice(0, 24)}`;

export async function enqueue(url: string, inputs: AsyncIterable<Found>, layout: ShardLayout, filingDate: string | null): Promise<Enqueued> {
  const queue = new Queue<JobData>(QUEUE_NAME, { connection: connectionOf(url) });
  const counts: Enqueued = { inputs: 0, jobs: 0, skipped: 0 };
  let batch: string[] = [];
  let jobs: { name: string; data: JobData; opts: { jobId: string; attempts: number; backoff: { type: 'exponential'; delay: number } } }[] = [];
  const addJobs = async (): Promise<void> => {
    if (jobs.length) await queue.addBulk(jobs);
    jobs = [];
  };
  const close = (): void => {
    if (batch.length === 0) return;
    jobs.push({ name: 'normalize', data: { inputs: batch, filingDate, ...layout }, opts: { jobId: jobIdOf(batch), attempts: JOB_ATTEMPTS, backoff: { type: 'exponential', delay: 1000 } } });
    counts.jobs++;
    batch = [];
  };
  try {
    for await (const found of inputs) {
      if (found.skipped !== undefined) {
        counts.skipped++;
        continue;
      }
      batch.push(found.path);
      counts.inputs++;
      if (batch.length >= BATCH_INPUTS) close();
      if (jobs.length >= JOBS_PER_ADD) await addJobs();
    }
    close();
    await addJobs();
  } finally {
    await queue.close();
  }
  return counts;
}

export interface QueueStatus {
  readonly waiting: number;
  readonly active: number;
  readonly delayed: number;
  readonly completed: number;
  readonly failed: number;
}

export async function queueStatus(url: string): Promise<QueueStatus> {
  const queue = new Queue(QUEUE_NAME, { connection: connectionOf(url) });
  try {
    const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized');
    return { waiting: (c['waiting'] ?? 0) + (c['prioritized'] ?? 0), active: c['active'] ?? 0, delayed: c['delayed'] ?? 0, completed: c['completed'] ?? 0, failed: c['failed'] ?? 0 };
  } finally {
    await queue.close();
  }
}
