/**
 * The output folder of a bulk run, written so that a run killed at any moment (even
 * `kill -9`) can be resumed without redoing or repeating anything.
 *
 * Outcomes are buffered and written as shards: `shards/000001/` holds `records.jsonl`
 * (one line per exhibit), `failures.jsonl` and `inputs.jsonl` (one line per input, the
 * manifest). A shard is written as `000001.tmp/` and renamed into place, so it exists
 * whole or not at all; every input is in exactly one shard. On open, leftover `.tmp`
 * folders are removed and the manifests say which inputs are done. Files a folder walk
 * leaves out (not exhibit text) are listed in `skipped.jsonl`.
 */
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputOutcome } from './record.js';

/** Flush a shard when it holds this many inputs, records or bytes of JSON. */
const SHARD_INPUTS = 200;
const SHARD_RECORDS = 500;
const SHARD_BYTES = 8 * 1024 * 1024;

const SHARD_NAME = /^\d{6}$/;
const TMP_NAME = /^\d{6}\.tmp$/;

export interface StoreCounts {
  inputs: number;
  exhibits: number;
  failures: number;
}

export class ShardStore {
  private readonly done: Set<string>;
  private next: number;
  private pending: { records: string[]; failures: string[]; inputs: string[]; bytes: number } = { records: [], failures: [], inputs: [], bytes: 0 };
  private readonly skippedLines: string[] = [];
  /** What this run wrote. */
  readonly written: StoreCounts = { inputs: 0, exhibits: 0, failures: 0 };

  private constructor(
    readonly dir: string,
    done: Set<string>,
    next: number,
  ) {
    this.done = done;
    this.next = next;
  }

  /** Opens (or creates) an output folder and reads which inputs earlier runs finished. */
  static async open(dir: string): Promise<ShardStore> {
    const shards = join(dir, 'shards');
    await mkdir(shards, { recursive: true });
    const done = new Set<string>();
    let last = 0;
    for (const name of (await readdir(shards)).sort()) {
      if (TMP_NAME.test(name)) {
        await rm(join(shards, name), { recursive: true, force: true });
        continue;
      }
      if (!SHARD_NAME.test(name)) continue;
      last = Math.max(last, Number(name));
      const manifest = await readFile(join(shards, name, 'inputs.jsonl'), 'utf8');
      for (const line of manifest.split('\n')) if (line) done.add((JSON.parse(line) as { input: string }).input);
    }
    return new ShardStore(dir, done, last + 1);
  }

  /** Whether an earlier run (or this one) finished this input. */
  has(input: string): boolean {
    return this.done.has(input);
  }

  /** Inputs finished so far, this run and earlier ones. */
  get finished(): number {
    return this.done.size;
  }

  /** Buffers one input's outcome; writes a shard when the buffer is full. */
  async add(outcome: InputOutcome): Promise<void> {
    if (this.done.has(outcome.input)) return;
    this.done.add(outcome.input);
    const p = this.pending;
    for (const r of outcome.records) {
      const line = JSON.stringify(r);
      p.records.push(line);
      p.bytes += line.length;
    }
    if (outcome.error !== null) p.failures.push(JSON.stringify({ input: outcome.input, sha256: outcome.sha256, error: outcome.error }));
    p.inputs.push(
      JSON.stringify({ input: outcome.input, sha256: outcome.sha256, bytes: outcome.bytes, kind: outcome.kind, exhibits: outcome.records.length, error: outcome.error }),
    );
    this.written.inputs++;
    this.written.exhibits += outcome.records.length;
    if (outcome.error !== null) this.written.failures++;
    if (p.inputs.length >= SHARD_INPUTS || p.records.length >= SHARD_RECORDS || p.bytes >= SHARD_BYTES) await this.flush();
  }

  /** Records a file a folder walk left out; listed in `skipped.jsonl` at the end of the run. */
  async skip(input: string, reason: string): Promise<void> {
    this.skippedLines.push(JSON.stringify({ input, skipped: reason }));
  }

  /** Writes the buffered outcomes as one shard, atomically. */
  async flush(): Promise<void> {
    const p = this.pending;
    if (p.inputs.length === 0) return;
    this.pending = { records: [], failures: [], inputs: [], bytes: 0 };
    const name = String(this.next++).padStart(6, '0');
    const tmp = join(this.dir, 'shards', `${name}.tmp`);
    await mkdir(tmp, { recursive: true });
    await writeSynced(join(tmp, 'records.jsonl'), p.records);
    await writeSynced(join(tmp, 'failures.jsonl'), p.failures);
    await writeSynced(join(tmp, 'inputs.jsonl'), p.inputs);
    await rename(tmp, join(this.dir, 'shards', name));
  }

  /** Flushes, then rebuilds `failures.jsonl` at the top from every shard (atomically). */
  async finish(): Promise<void> {
    await this.flush();
    const shards = join(this.dir, 'shards');
    const lines: string[] = [];
    for (const name of (await readdir(shards)).filter((n) => SHARD_NAME.test(n)).sort()) {
      const text = await readFile(join(shards, name, 'failures.jsonl'), 'utf8');
      for (const line of text.split('\n')) if (line) lines.push(line);
    }
    const tmp = join(this.dir, 'failures.jsonl.tmp');
    await writeSynced(tmp, lines);
    await rename(tmp, join(this.dir, 'failures.jsonl'));
    const skippedTmp = join(this.dir, 'skipped.jsonl.tmp');
    await writeSynced(skippedTmp, this.skippedLines);
    await rename(skippedTmp, join(this.dir, 'skipped.jsonl'));
  }
}

/** Writes lines to a file and syncs it to disk before the caller renames anything. */
async function writeSynced(path: string, lines: readonly string[]): Promise<void> {
  await writeFile(path, lines.length ? `${lines.join('\n')}\n` : '');
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
