/**
 * Shards: the unit a bulk run commits. `shards/NAME/` holds the records file
 * (`records.jsonl`, `.csv` or `.parquet`), `failures.jsonl` and `inputs.jsonl` (one line per
 * input, the manifest). A shard is written as `NAME.tmp/`, synced, and renamed into place,
 * so it exists whole or not at all. Names are `000001` (a one-machine run, under the
 * folder's lock) or `q-JOB` (a queue job: the name is the job's, so a job written twice —
 * a worker presumed dead that was not — lands once; the second rename fails).
 */
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { recordsFile, recordsFileName } from './records-file.js';
import type { InputOutcome, OutputFormat } from './record.js';
import { append } from '../util/append.js';

export const SHARD_NAME = /^(?:\d{6}|q-[\w-]+)$/;
export const LOCAL_SHARD_NAME = /^\d{6}$/;
export const TMP_SUFFIX = '.tmp';

export interface ShardLayout {
  readonly format: OutputFormat;
  readonly text: boolean;
  readonly tree: boolean;
}

/** The manifest line of one input. */
export function manifestLine(o: InputOutcome): string {
  return JSON.stringify({ input: o.input, sha256: o.sha256, bytes: o.bytes, kind: o.kind, exhibits: o.rows.length, error: o.error });
}

export function failureLine(o: InputOutcome): string {
  return JSON.stringify({ input: o.input, sha256: o.sha256, error: o.error });
}

/**
 * Writes `outcomes` as shard `name` of `dir`, atomically. Resolves false when a shard of
 * that name is already in place (written by someone else): nothing is written twice.
 */
export async function writeShard(dir: string, name: string, outcomes: readonly InputOutcome[], layout: ShardLayout): Promise<boolean> {
  const shards = join(dir, 'shards');
  const tmp = join(shards, `${name}${TMP_SUFFIX}`);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  await writeSynced(join(tmp, recordsFileName(layout.format)), recordsFile(outcomes.flatMap((o) => o.rows), layout));
  await writeSynced(join(tmp, 'failures.jsonl'), lines(outcomes.filter((o) => o.error !== null).map(failureLine)));
  await writeSynced(join(tmp, 'inputs.jsonl'), lines(outcomes.map(manifestLine)));
  try {
    await rename(tmp, join(shards, name));
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw e;
    await rm(tmp, { recursive: true, force: true });
    return false;
  }
}

/** Finished shard names of `dir`, sorted. */
export async function shardNames(dir: string): Promise<string[]> {
  return (await readdir(join(dir, 'shards')).catch(() => [] as string[])).filter((n) => SHARD_NAME.test(n)).sort();
}

/** The lines of a shard's JSON-lines file. */
export async function shardLines(dir: string, shard: string, file: string): Promise<string[]> {
  const text = await readFile(join(dir, 'shards', shard, file), 'utf8');
  return text.split('\n').filter((l) => l !== '');
}

export const lines = (list: readonly string[]): Uint8Array => Buffer.from(list.length ? `${list.join('\n')}\n` : '');

/** Writes a file and syncs it to disk before the caller renames anything. */
export async function writeSynced(path: string, bytes: Uint8Array): Promise<void> {
  await writeFile(path, bytes);
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes a file atomically: a synced temporary file renamed over it. */
export async function replaceFile(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}${TMP_SUFFIX}`;
  await writeSynced(tmp, bytes);
  await rename(tmp, path);
}

/** Rebuilds `failures.jsonl` at the top of `dir` from every shard, atomically. */
export async function rebuildFailures(dir: string): Promise<void> {
  const failures: string[] = [];
  for (const name of await shardNames(dir)) append(failures, await shardLines(dir, name, 'failures.jsonl'));
  await replaceFile(join(dir, 'failures.jsonl'), lines(failures));
}
