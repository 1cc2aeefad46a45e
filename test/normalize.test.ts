/**
 * Bulk normalization over an archive of our own making: good exhibits, SGML blocks and
 * whole submissions (one of 50 MB) next to empty, binary, truncated, unreadable and
 * Windows-1252 ones. Every input ends up in the records or in
 * failures.jsonl exactly once, also across a kill -9 and a resume.
 */
import { spawn } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { format, parse } from '../src/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentBytes, filing, writeLargeFiling } from './helpers/filings.js';

const bin = new URL('../src/cli/bin.ts', import.meta.url).pathname;
const fixtures = new URL('../fixtures/', import.meta.url).pathname;

function cli(args: string[], input?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', bin, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (input !== undefined) child.stdin.end(input);
  });
}

interface FilingRecord {
  input: string;
  sha256: string;
  kind: string;
  accession: string | null;
  sequence: number | null;
  documentType: string | null;
  format: 'text' | 'html';
  summary: { headline: string | null };
  text?: string;
}

interface Manifest {
  input: string;
  exhibits: number;
  error: string | null;
}

/** Every line of every shard's file `name`. */
async function shardLines<T>(out: string, name: string): Promise<T[]> {
  const shards = join(out, 'shards');
  const rows: T[] = [];
  for (const dir of (await readdir(shards)).filter((d) => /^\d{6}$/.test(d)).sort()) {
    for (const line of (await readFile(join(shards, dir, name), 'utf8')).split('\n')) if (line) rows.push(JSON.parse(line) as T);
  }
  return rows;
}

let root: string;
let archive: string;
const inputs: string[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sec-exhibit-normalize-'));
  archive = join(root, 'archive');
  await mkdir(join(archive, 'nested', 'deeper'), { recursive: true });
  await cp(join(fixtures, 'wires'), join(archive, 'wires'), { recursive: true });
  await cp(join(fixtures, 'seed', 'american-locker-2004.txt'), join(archive, 'nested', 'deeper', 'seed.txt'));
  await writeFile(join(archive, 'empty.txt'), '');
  await writeFile(join(archive, 'binary.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
  const seed = await readFile(join(fixtures, 'seed', 'american-locker-2004.txt'));
  await writeFile(join(archive, 'truncated.txt'), seed.subarray(0, Math.floor(seed.length / 3)));
  await cp(join(fixtures, 'edge', 'windows-1252-punctuation.txt'), join(archive, 'cp1252.txt'));
  await writeFile(join(archive, 'locked.txt'), seed);
  await chmod(join(archive, 'locked.txt'), 0o000);
  await symlink(join(root, 'nowhere.txt'), join(archive, 'dangling.txt'));
  // Submissions: two exhibits after the 8-K itself; a lone document block; one cut in the
  // middle of its exhibit; one with no exhibit; one of 50 MB, mostly an encoded graphic.
  const wire = await readFile(join(fixtures, 'wires', 'business-wire-slug-line.txt'), 'latin1');
  const eightK = { type: '8-K', sequence: 1, body: 'FORM 8-K\n\nItem 7. Exhibits.\n' };
  const seedText = seed.toString('latin1');
  const whole = filing('0000000001-04-000001', [eightK, { type: 'EX-99.1', sequence: 2, body: seedText }, { type: 'EX-99.2', sequence: 3, body: wire }]);
  await mkdir(join(archive, 'filings'));
  await writeFile(join(archive, 'filings', 'whole.txt'), whole);
  await writeFile(join(archive, 'filings', 'block.sgml'), documentBytes({ type: 'EX-99', sequence: 4, body: wire }));
  await writeFile(join(archive, 'filings', 'cut.txt'), whole.subarray(0, whole.indexOf('<TYPE>EX-99.1') + 2000));
  await writeFile(join(archive, 'filings', 'no-exhibit.txt'), filing('0000000001-04-000002', [eightK]));
  // HTML: an exhibit on its own, and the EX-99.1 of a filing.
  const html = await readFile(join(fixtures, 'html', 'workiva-divs.html'), 'utf8');
  await writeFile(join(archive, 'filings', 'release.htm'), html);
  await writeFile(join(archive, 'filings', 'modern.txt'), filing('0000000001-24-000004', [eightK, { type: 'EX-99.1', sequence: 2, body: html, filename: 'ex99-1.htm' }]));
  await writeLargeFiling(join(archive, 'filings', 'huge.txt'), '0000000001-04-000003', [eightK, { type: 'EX-99.1', sequence: 2, body: seedText }], 50);
  for (const name of await readdir(archive, { recursive: true })) {
    const path = join(archive, name.toString());
    if (/\.(?:txt|sgml|htm)$/.test(path)) inputs.push(path);
  }
});

afterAll(async () => {
  await chmod(join(archive, 'locked.txt'), 0o644).catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

describe('sec-exhibit normalize', () => {
  it('puts every input in the records or the failures, exactly once', async () => {
    const out = join(root, 'out-all');
    const run = await cli(['normalize', archive, '--out', out, '--jobs', '2']);
    expect(run.code).toBe(1); // some inputs failed
    expect(run.stderr).toMatch(/normalize: \d+ inputs, \d+ exhibits, \d+ failures/);
    const manifest = await shardLines<Manifest>(out, 'inputs.jsonl');
    const failures = (await readFile(join(out, 'failures.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { input: string; error: string });
    const records = await shardLines<FilingRecord>(out, 'records.jsonl');
    const seen = manifest.map((m) => m.input).sort();
    expect(seen).toEqual([...new Set(seen)]);
    const readable = inputs.filter((p) => !p.endsWith('dangling.txt'));
    for (const p of inputs) expect(seen).toContain(p);
    const failed = new Set(failures.map((f) => f.input));
    for (const p of readable) {
      const inRecords = records.some((r) => r.input === p);
      expect(inRecords !== failed.has(p), p).toBe(true);
    }
    expect(failures.find((f) => f.input.endsWith('empty.txt'))?.error).toMatch(/empty/);
    expect(failures.find((f) => f.input.endsWith('binary.txt'))?.error).toMatch(/binary/);
    expect(failures.find((f) => f.input.endsWith('dangling.txt'))?.error).toMatch(/ENOENT/);
    expect(records.find((r) => r.input.endsWith('seed.txt'))?.summary.headline).toBe('AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION');
    expect(records.find((r) => r.input.endsWith('cp1252.txt'))?.summary.headline).toContain('Beaupré');

    // Submissions: one record per exhibit, with provenance; the 8-K itself is no exhibit.
    const of = (name: string): FilingRecord[] => records.filter((r) => r.input.endsWith(join('filings', name)));
    expect(of('whole.txt').map((r) => [r.kind, r.accession, r.sequence, r.documentType])).toEqual([
      ['submission', '0000000001-04-000001', 2, 'EX-99.1'],
      ['submission', '0000000001-04-000001', 3, 'EX-99.2'],
    ]);
    expect(of('whole.txt')[0]?.summary.headline).toBe('AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION');
    expect(of('block.sgml').map((r) => [r.kind, r.accession, r.sequence])).toEqual([['sgml', null, 4]]);
    expect(of('cut.txt').map((r) => r.documentType)).toEqual(['EX-99.1']);
    expect(failures.find((f) => f.input.endsWith('no-exhibit.txt'))?.error).toMatch(/no EX-99 exhibit in this submission/);
    // HTML is read through its rendering as text, alone or inside a filing, alike.
    const htmlRecords = [...of('release.htm'), ...of('modern.txt')];
    expect(htmlRecords.map((r) => [r.kind, r.format, r.sequence])).toEqual([['html', 'html', null], ['submission', 'html', 2]]);
    expect(htmlRecords[0]?.summary).toEqual(htmlRecords[1]?.summary);
    expect(htmlRecords[0]?.summary.headline).toBe(JSON.parse(await readFile(join(fixtures, 'html', 'workiva-divs.summary.json'), 'utf8')).headline);
    const huge = of('huge.txt');
    expect(huge.map((r) => [r.accession, r.sequence])).toEqual([['0000000001-04-000003', 2]]);
    expect(huge[0]?.sha256).toBe(await sha256File(join(archive, 'filings', 'huge.txt')));
    expect(manifest.find((m) => m.input.endsWith('huge.txt'))).toMatchObject({ exhibits: 1, error: null });
  }, 120_000);

  it('prints each exhibit canonically with --text', async () => {
    const out = join(root, 'out-text');
    const run = await cli(['normalize', join(archive, 'filings', 'whole.txt'), join(archive, 'nested'), '--out', out, '--text', '--quiet']);
    expect(run.code).toBe(0);
    const records = await shardLines<FilingRecord>(out, 'records.jsonl');
    expect(records).toHaveLength(3);
    const seed = records.find((r) => r.input.endsWith('seed.txt'));
    expect(seed?.text).toBe(format(parse(await readFile(join(archive, 'nested', 'deeper', 'seed.txt')))));
    expect(seed?.text).toMatch(/^JAMESTOWN, NY-\(BUSINESS WIRE\) October 13, 2004 American Locker Group$/m);
    for (const r of records) expect(r.text?.endsWith('\n')).toBe(true);
  });

  it('does nothing new when run again', async () => {
    const out = join(root, 'out-again');
    await cli(['normalize', archive, '--out', out, '--jobs', '1', '--quiet']);
    const before = await shardLines<Manifest>(out, 'inputs.jsonl');
    const again = await cli(['normalize', archive, '--out', out, '--jobs', '1']);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/normalize: 0 inputs, 0 exhibits, 0 failures, \d+ already done/);
    expect(await shardLines<Manifest>(out, 'inputs.jsonl')).toEqual(before);
  });

  it('finishes the work after kill -9, with nothing repeated', async () => {
    // A bigger archive: the seed many times over, so the run is still going when killed.
    const big = join(root, 'big');
    await mkdir(big);
    const seed = await readFile(join(fixtures, 'seed', 'american-locker-2004.txt'));
    for (let i = 0; i < 1500; i++) await writeFile(join(big, `ex-${String(i).padStart(4, '0')}.txt`), seed);
    const out = join(root, 'out-killed');
    // Killed twice: once while starting up, once right after a shard landed.
    await runAndKill(['normalize', big, '--out', out, '--jobs', '2', '--quiet'], () => true, 600);
    await runAndKill(['normalize', big, '--out', out, '--jobs', '2', '--quiet'], () => finishedShards(join(out, 'shards')) > 0, 0);
    const partial = await shardLines<Manifest>(out, 'inputs.jsonl');
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(1500);
    const resumed = await cli(['normalize', big, '--out', out, '--jobs', '2']);
    expect(resumed.code).toBe(0);
    const manifest = await shardLines<Manifest>(out, 'inputs.jsonl');
    const records = await shardLines<{ input: string }>(out, 'records.jsonl');
    expect(manifest).toHaveLength(1500);
    expect(new Set(manifest.map((m) => m.input)).size).toBe(1500);
    expect(records).toHaveLength(1500);
    expect(new Set(records.map((r) => r.input)).size).toBe(1500);
  }, 120_000);

  it('reads paths from stdin and writes records to stdout', async () => {
    const seed = join(archive, 'nested', 'deeper', 'seed.txt');
    const empty = join(archive, 'empty.txt');
    const run = await cli(['normalize', '--stdin', '--jobs', '1', '--quiet'], `${seed}\n${empty}\n`);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { input: string; summary?: unknown; error?: string });
    expect(lines.find((l) => l.input === seed)?.summary).toBeDefined();
    expect(lines.find((l) => l.input === empty)?.error).toMatch(/empty/);
    expect(run.code).toBe(1);
  });

  it('lists files a folder walk leaves out', async () => {
    const out = join(root, 'out-skipped');
    const folder = join(root, 'with-labels');
    await mkdir(folder);
    await writeFile(join(folder, 'label.json'), '{}');
    await cp(join(fixtures, 'seed', 'american-locker-2004.txt'), join(folder, 'seed.txt'));
    const run = await cli(['normalize', folder, '--out', out, '--quiet']);
    expect(run.code).toBe(0);
    expect(await readFile(join(out, 'skipped.jsonl'), 'utf8')).toContain('label.json');
  });
});

/** Starts the CLI and kills it (SIGKILL) once `ready()` holds and `delayMs` more have passed. */
function runAndKill(args: string[], ready: () => boolean, delayMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', bin, ...args]);
    const started = Date.now();
    const timer = setInterval(() => {
      if (ready() && Date.now() - started >= delayMs) child.kill('SIGKILL');
    }, 10);
    child.on('close', () => {
      clearInterval(timer);
      resolve();
    });
  });
}

/** How many finished shards a shards folder holds. */
function finishedShards(shards: string): number {
  try {
    return readdirSync(shards).filter((d) => /^\d{6}$/.test(d)).length;
  } catch {
    return 0;
  }
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
