/**
 * A real distributed run: a `redis-server` of its own on 127.0.0.1, a producer, and three
 * `sec-exhibit worker` processes draining the queue into one output folder over 2,000+
 * inputs (the corpus, generated exhibits, and bad files). One worker is killed (SIGKILL)
 * in the middle of a job. Then every input must be in the output exactly once, the killed
 * worker's job taken over, and the records the same as a one-machine `normalize`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';

const bin = new URL('../src/cli/bin.ts', import.meta.url).pathname;
const corpus = new URL('../../shared/corpus/', import.meta.url).pathname;
const fixtures = new URL('../fixtures/', import.meta.url).pathname;

/** Generated inputs beside the corpus: enough for 2,000+ inputs in all. */
const GENERATED = 1800;

let root: string;
let redis: ChildProcess;
let url: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function startRedis(port: number, dir: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir]);
    let log = '';
    child.once('error', reject);
    child.stdout.on('data', (d: Buffer) => {
      log += d.toString();
      if (log.includes('Ready to accept connections')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${log}`)));
  });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sec-exhibit-distributed-'));
  const port = await freePort();
  redis = await startRedis(port, root);
  url = `redis://127.0.0.1:${port}`;
  // Generated inputs: the corpus's plain-text exhibits and our wire fixtures over and over,
  // with bad files among them (empty, binary, a submission cut short).
  const dev = join(corpus, 'dev');
  const texts = [
    ...(await Promise.all((await readdir(dev)).filter((f) => f.endsWith('.txt')).map((f) => readFile(join(dev, f))))),
    ...(await Promise.all((await readdir(join(fixtures, 'wires'))).filter((f) => f.endsWith('.txt')).map((f) => readFile(join(fixtures, 'wires', f))))),
  ];
  const submissionDir = join(corpus, 'raw', 'submission');
  const submission = await readFile(join(submissionDir, (await readdir(submissionDir)).sort()[0]!));
  const generated = join(root, 'generated');
  for (let i = 0; i < GENERATED; i++) {
    const dir = join(generated, `part-${String(Math.floor(i / 200)).padStart(2, '0')}`);
    if (i % 200 === 0) await mkdir(dir, { recursive: true });
    const name = join(dir, `ex-${String(i).padStart(4, '0')}.txt`);
    if (i % 97 === 0) await writeFile(name, '');
    else if (i % 89 === 0) await writeFile(name, Buffer.from(Array.from({ length: 2048 }, (_, j) => (j * 31) % 256)));
    else if (i % 83 === 0) await writeFile(name, submission.subarray(0, Math.floor(submission.length / 2)));
    else await writeFile(name, texts[i % texts.length]!);
  }
}, 300_000);

afterAll(async () => {
  redis?.kill('SIGTERM');
  await rm(root, { recursive: true, force: true });
});

/** Every line of file `name` in every shard of `out`. */
async function shardLines(out: string, name: string): Promise<string[]> {
  const lines: string[] = [];
  for (const shard of (await readdir(join(out, 'shards'))).filter((n) => !n.endsWith('.tmp')).sort()) {
    for (const line of (await readFile(join(out, 'shards', shard, name), 'utf8')).split('\n')) if (line) lines.push(line);
  }
  return lines.sort();
}

const inputOf = (line: string): string => (JSON.parse(line) as { input: string }).input;

function startWorker(out: string): { child: ChildProcess; jobsDone: () => number; exited: Promise<number | null>; stderr: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', bin, 'worker', '--queue', url, '--out', out, '--jobs', '1', '--exit-when-empty']);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, jobsDone: () => (stderr.match(/^worker: job /gm) ?? []).length, exited, stderr: () => stderr };
}

describe('normalize on a BullMQ queue with three workers, one killed', () => {
  it('accounts for every input exactly once, and writes what one machine writes', async () => {
    const started = Date.now();
    const out = join(root, 'out-queue');
    const inputs = [corpus, join(root, 'generated')];
    const produced = await cli('normalize', ...inputs, '--queue', url);
    expect(produced.code).toBe(0);
    const [, enqueued, jobs] = /enqueued (\d+) inputs in (\d+) jobs/.exec(produced.stderr) ?? [];
    expect(Number(enqueued)).toBeGreaterThanOrEqual(2000);

    const workers = [startWorker(out), startWorker(out), startWorker(out)];
    const victim = workers[0]!;
    // Killed in the middle of its second job: it has just taken it when its first is acknowledged.
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (victim.jobsDone() >= 1) {
          clearInterval(timer);
          setTimeout(() => {
            victim.child.kill('SIGKILL');
            resolve();
          }, 300);
        }
      }, 20);
    });
    expect(await victim.exited).toBe(null); // killed, no exit code
    expect(await workers[1]!.exited).toBe(0);
    expect(await workers[2]!.exited).toBe(0);

    const queue = new Queue('sec-exhibit-normalize', { connection: { url, maxRetriesPerRequest: null } });
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
    const completed = await queue.getCompleted(0, -1);
    await queue.close();
    expect(counts).toEqual({ waiting: 0, active: 0, delayed: 0, completed: Number(jobs), failed: 0 });
    // The job the victim held stalled and was taken over by another worker.
    const takenOver = completed.filter((j) => (j as unknown as { stalledCounter: number }).stalledCounter > 0);
    expect(takenOver.length).toBeGreaterThanOrEqual(1);

    const local = join(root, 'out-local');
    const one = await cli('normalize', ...inputs, '--out', local, '--jobs', '2', '--quiet');
    expect(one.code).toBe(1); // the bad files

    const manifest = await shardLines(out, 'inputs.jsonl');
    const inputsSeen = manifest.map(inputOf);
    expect(inputsSeen).toHaveLength(Number(enqueued));
    expect(new Set(inputsSeen).size).toBe(inputsSeen.length);
    expect(inputsSeen.sort()).toEqual((await shardLines(local, 'inputs.jsonl')).map(inputOf).sort());
    expect(await shardLines(out, 'records.jsonl')).toEqual(await shardLines(local, 'records.jsonl'));
    expect(await shardLines(out, 'failures.jsonl')).toEqual(await shardLines(local, 'failures.jsonl'));
    const failures = (await readFile(join(out, 'failures.jsonl'), 'utf8')).trim().split('\n');
    expect(failures.length).toBeGreaterThan(0);
    expect(new Set(failures.map(inputOf)).size).toBe(failures.length);

    const status = await cli('normalize', '--queue', url, '--status');
    expect(JSON.parse(status.stdout)).toMatchObject({ waiting: 0, active: 0, failed: 0, completed: Number(jobs) });
    console.log(
      `distributed: ${enqueued} inputs in ${jobs} jobs, 3 workers (one SIGKILLed mid-job; ${takenOver.length} job(s) taken over), ` +
        `${manifest.length} inputs written once each, ${failures.length} failures; records equal to one machine's; ${((Date.now() - started) / 1000).toFixed(0)}s`,
    );
  });

  it('writes a job that keeps failing to the failures once', async () => {
    // Three new inputs enqueued as CSV into a folder of JSONL records: the job throws on
    // every attempt (the folder refuses another layout) until it fails for good.
    const extra = join(root, 'extra');
    await mkdir(extra);
    const seed = await readFile(join(fixtures, 'seed', 'american-locker-2004.txt'));
    for (const name of ['a.txt', 'b.txt', 'c.txt']) await writeFile(join(extra, name), seed);
    const out = join(root, 'out-queue');
    expect((await cli('normalize', extra, '--queue', url, '--format', 'csv')).code).toBe(0);
    const worker = startWorker(out);
    expect(await worker.exited).toBe(0);
    const failures = (await readFile(join(out, 'failures.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { input: string; error: string })
      .filter((f) => f.input.startsWith(extra));
    expect(failures.map((f) => f.input).sort()).toEqual(['a.txt', 'b.txt', 'c.txt'].map((n) => join(extra, n)));
    for (const f of failures) expect(f.error).toMatch(/^job failed: .*holds records written as --format jsonl/);
    // Looked at again, the failed job is not written twice.
    const status = JSON.parse((await cli('normalize', '--queue', url, '--status', '--out', out)).stdout) as { failed: number; failedJobsWritten: number };
    expect(status).toMatchObject({ failed: 1, failedJobsWritten: 0 });
    expect((await shardLines(out, 'inputs.jsonl')).filter((l) => inputOf(l).startsWith(extra))).toHaveLength(3);
  });
});
