/**
 * The output folder of a one-machine bulk run, written so that a run stopped at any moment
 * (Ctrl-C, `kill -9`, a crash) can be resumed without redoing or repeating anything.
 *
 * Outcomes are buffered and committed as shards (src/bulk/shard.ts): every input is in
 * exactly one shard. A shard closes by count, by size, and by age, so one slow input
 * never keeps finished work unwritten. The folder has one writer at a time (its lock,
 * src/bulk/lock.ts). On open, leftover `.tmp` folders are removed and the manifests say
 * which inputs are done. Files a walk leaves out are listed in `skipped.jsonl`, which
 * accumulates across runs, each file once.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lockFolder } from './lock.js';
import type { InputOutcome } from './record.js';
import { LOCAL_SHARD_NAME, lines, rebuildFailures, replaceFile, shardLines, shardNames, TMP_SUFFIX, writeShard, type ShardLayout } from './shard.js';

/** Close a shard when it holds this many inputs, records or bytes, or is this old. */
const SHARD_INPUTS = 200;
const SHARD_RECORDS = 500;
const SHARD_BYTES = 8 * 1024 * 1024;
const SHARD_AGE_MS = 10_000;

export class LayoutMismatchError extends Error {
  override readonly name = 'LayoutMismatchError';
}

export interface StoreCounts {
  inputs: number;
  exhibits: number;
  failures: number;
}

export class ShardStore {
  private next: number;
  private pending: InputOutcome[] = [];
  private pendingRecords = 0;
  private pendingBytes = 0;
  private oldest = 0;
  /** Commits, one after another (adds, timed flushes and the last flush share it). */
  private serial: Promise<void> = Promise.resolve();
  private readonly timer: NodeJS.Timeout;
  private readonly newSkipped: string[] = [];
  /** What this run wrote. */
  readonly written: StoreCounts = { inputs: 0, exhibits: 0, failures: 0 };

  private constructor(
    readonly dir: string,
    private readonly layout: ShardLayout,
    private readonly done: Set<string>,
    private readonly skipped: Set<string>,
    private readonly skippedLines: string[],
    next: number,
    private readonly unlock: () => Promise<void>,
  ) {
    this.next = next;
    this.timer = setInterval(() => {
      if (this.pending.length > 0 && Date.now() - this.oldest >= SHARD_AGE_MS) void this.commit(() => this.flushNow());
    }, 1000);
    this.timer.unref();
  }

  /**
   * Opens (or creates) an output folder: takes its lock, checks that earlier runs wrote the
   * same layout (format, `--text`, `--tree`), and reads which inputs they finished.
   */
  static async open(dir: string, layout: ShardLayout): Promise<ShardStore> {
    await mkdir(join(dir, 'shards'), { recursive: true });
    const unlock = await lockFolder(dir);
    try {
      await checkLayout(dir, layout);
      for (const name of await readdir(join(dir, 'shards'))) {
        if (name.endsWith(TMP_SUFFIX)) await rm(join(dir, 'shards', name), { recursive: true, force: true });
      }
      const done = new Set<string>();
      let last = 0;
      for (const name of await shardNames(dir)) {
        if (LOCAL_SHARD_NAME.test(name)) last = Math.max(last, Number(name));
        for (const line of await shardLines(dir, name, 'inputs.jsonl')) done.add((JSON.parse(line) as { input: string }).input);
      }
      const skippedLines = (await readFile(join(dir, 'skipped.jsonl'), 'utf8').catch(() => '')).split('\n').filter((l) => l !== '');
      const skipped = new Set(skippedLines.map((l) => (JSON.parse(l) as { input: string }).input));
      return new ShardStore(dir, layout, done, skipped, skippedLines, last + 1, unlock);
    } catch (e) {
      await unlock();
      throw e;
    }
  }

  /** Whether an earlier run (or this one) finished this input. */
  has(input: string): boolean {
    return this.done.has(input);
  }

  /** Buffers one input's outcome; commits a shard when the buffer is full. */
  add(outcome: InputOutcome): Promise<void> {
    if (this.done.has(outcome.input)) return Promise.resolve();
    this.done.add(outcome.input);
    if (this.pending.length === 0) this.oldest = Date.now();
    this.pending.push(outcome);
    this.pendingRecords += outcome.rows.length;
    for (const r of outcome.rows) this.pendingBytes += r.length;
    this.written.inputs++;
    this.written.exhibits += outcome.rows.length;
    if (outcome.error !== null) this.written.failures++;
    const full = this.pending.length >= SHARD_INPUTS || this.pendingRecords >= SHARD_RECORDS || this.pendingBytes >= SHARD_BYTES;
    return full ? this.commit(() => this.flushNow()) : Promise.resolve();
  }

  /** Records a file a walk left out, once across runs; listed in `skipped.jsonl`. */
  skip(input: string, reason: string): void {
    if (this.skipped.has(input)) return;
    this.skipped.add(input);
    this.newSkipped.push(JSON.stringify({ input, skipped: reason }));
  }

  private commit(work: () => Promise<void>): Promise<void> {
    this.serial = this.serial.then(work);
    return this.serial;
  }

  private async flushNow(): Promise<void> {
    const outcomes = this.pending;
    if (outcomes.length === 0) return;
    this.pending = [];
    this.pendingRecords = 0;
    this.pendingBytes = 0;
    await writeShard(this.dir, String(this.next++).padStart(6, '0'), outcomes, this.layout);
  }

  /**
   * Commits what is buffered, rebuilds `failures.jsonl` at the top from every shard and
   * writes `skipped.jsonl` (both atomically), and releases the folder.
   */
  async finish(): Promise<void> {
    clearInterval(this.timer);
    try {
      await this.commit(() => this.flushNow());
      await rebuildFailures(this.dir);
      await replaceFile(join(this.dir, 'skipped.jsonl'), lines([...this.skippedLines, ...this.newSkipped]));
    } finally {
      await this.unlock();
    }
  }
}

/**
 * What a folder's shards hold (`layout.json`): a later run, or a queue worker, must write
 * the same format and columns, or records would mix. The first writer records it.
 */
export async function checkLayout(dir: string, layout: ShardLayout): Promise<void> {
  const path = join(dir, 'layout.json');
  const wanted = JSON.stringify(layout);
  await writeFile(path, `${wanted}\n`, { flag: 'wx' }).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'EEXIST') throw e;
  });
  let found = '';
  // Another writer may have created the file and not yet written it: look again shortly.
  for (let i = 0; i < 20 && found === ''; i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, 50));
    found = (await readFile(path, 'utf8')).trim();
  }
  if (found === wanted) return;
  const was = JSON.parse(found) as ShardLayout;
  throw new LayoutMismatchError(`${dir} holds records written as --format ${was.format}${was.text ? ' --text' : ''}${was.tree ? ' --tree' : ''}; use the same options or another --out`);
}
