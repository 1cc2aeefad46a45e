/**
 * The Redis side of a distributed run: BullMQ's queue of jobs (each a batch of input
 * paths) and one hash of claims, `input → job id`, that makes every input belong to one
 * job only, however often the producer runs. Several runs can share a Redis server by
 * using different databases (`redis://host:6379/3`).
 */
import { Redis } from 'ioredis';

/** The BullMQ queue's name. */
export const QUEUE_NAME = 'sec-exhibit-normalize';
/** The hash of claims: input path → the id of the job that owns it. */
const CLAIMS_KEY = `${QUEUE_NAME}:claims`;

/** BullMQ connection options for a `redis://` URL (workers block: no per-request retry cap). */
export function connectionOf(url: string): { url: string; maxRetriesPerRequest: null } {
  if (!/^rediss?:\/\//.test(url)) throw new Error(`--queue must be a redis:// URL, not ${url}`);
  return { url, maxRetriesPerRequest: null };
}

/** A plain client for the claims. */
export function claimsClient(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: 3 });
}

/**
 * Claims `inputs` for job `jobId`; resolves to those the job owns (claimed now, or by an
 * earlier attempt of the same job). An input another job owns is left to that job.
 */
export async function claim(redis: Redis, jobId: string, inputs: readonly string[]): Promise<string[]> {
  if (inputs.length === 0) return [];
  const setting = redis.pipeline();
  for (const input of inputs) setting.hsetnx(CLAIMS_KEY, input, jobId);
  await setting.exec();
  const owners = await redis.hmget(CLAIMS_KEY, ...inputs);
  return inputs.filter((_, i) => owners[i] === jobId);
}
