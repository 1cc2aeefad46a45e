/**
 * Archive-ready output: records with their filing keys and full dates, the same records as
 * JSONL, CSV and Parquet (read back by DuckDB, an independent reader), and a folder that
 * survives what happens to real runs: Ctrl-C, a second run on the same folder, FIFOs and
 * devices among the files, an input past its time limit.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExhibitRecordSchema, type ExhibitRecord } from '../src/bulk/index.js';
import { cli } from './helpers/cli.js';
import { documentBytes } from './helpers/filings.js';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const bin = new URL('../src/cli/bin.ts', import.meta.url).pathname;

let root: string;
let archive: string;

/** A submission of our own making: subject company and filer with CIKs, a period, a filing date. */
function submission(accession: string, filed: string, body: string): Buffer {
  const header = [
    `<SEC-DOCUMENT>${accession}.txt : ${filed}`,
    `<SEC-HEADER>${accession}.hdr.sgml : ${filed}`,
    `ACCESSION NUMBER:\t\t${accession}`,
    'CONFORMED SUBMISSION TYPE:\t8-K',
    'PUBLIC DOCUMENT COUNT:\t\t2',
    'CONFORMED PERIOD OF REPORT:\t20040715',
    `FILED AS OF DATE:\t\t${filed}`,
    '',
    'FILED BY:',
    '',
    '\tCOMPANY DATA:\t',
    '\t\tCOMPANY CONFORMED NAME:\t\t\tPARENT HOLDINGS INC',
    '\t\tCENTRAL INDEX KEY:\t\t\t0000000222',
    '',
    'SUBJECT COMPANY:',
    '',
    '\tCOMPANY DATA:\t',
    '\t\tCOMPANY CONFORMED NAME:\t\t\tCASCADE VALLEY BANCORP',
    '\t\tCENTRAL INDEX KEY:\t\t\t0000000111',
    '</SEC-HEADER>',
    '',
  ].join('\n');
  return Buffer.concat([
    Buffer.from(header, 'latin1'),
    documentBytes({ type: '8-K', sequence: 1, body: 'FORM 8-K\n' }),
    documentBytes({ type: 'EX-99.1', sequence: 2, body, filename: 'ex99-1.txt' }),
    Buffer.from('</SEC-DOCUMENT>\n', 'latin1'),
  ]);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sec-exhibit-archive-'));
  archive = join(root, 'archive');
  const yearless = await readFile(join(fixtures, 'wires', 'pr-newswire-trailer.txt'), 'latin1'); // "July 18 /PRNewswire/"
  const edgar = join(archive, 'edgar', 'data', '320193', '0000320193-05-000007');
  await mkdir(edgar, { recursive: true });
  await writeFile(join(archive, 'filing.txt'), submission('0000000111-04-000042', '20041014', yearless));
  await writeFile(join(edgar, 'ex99.txt'), yearless);
  await writeFile(join(archive, 'seed.txt'), await readFile(join(fixtures, 'seed', 'american-locker-2004.txt')));
  await writeFile(join(archive, 'empty.txt'), '');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function jsonlRecords(out: string): Promise<ExhibitRecord[]> {
  const rows: ExhibitRecord[] = [];
  for (const shard of (await readdir(join(out, 'shards'))).sort()) {
    for (const line of (await readFile(join(out, 'shards', shard, 'records.jsonl'), 'utf8')).split('\n')) if (line) rows.push(JSON.parse(line) as ExhibitRecord);
  }
  return rows.sort((a, b) => a.input.localeCompare(b.input));
}

async function duck<T>(sql: string): Promise<T[]> {
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJson() as T[];
  } finally {
    connection.closeSync();
  }
}

describe('records with filing keys', () => {
  let records: ExhibitRecord[];
  let out: string;

  beforeAll(async () => {
    out = join(root, 'out-jsonl');
    await cli('normalize', archive, '--out', out, '--quiet', '--filing-date', '2005-07-20', '--jobs', '1');
    records = await jsonlRecords(out);
  }, 120_000);

  it('match the exported schema', () => {
    expect(records).toHaveLength(3);
    for (const r of records) expect(ExhibitRecordSchema.safeParse(r).success).toBe(true);
  });

  it('carry the header: accession, subject company first, form, filing date, period, document', () => {
    const r = records.find((x) => x.input.endsWith('filing.txt'))!;
    expect(r).toMatchObject({
      kind: 'submission',
      accession: '0000000111-04-000042',
      cik: '0000000111',
      companyName: 'CASCADE VALLEY BANCORP',
      formType: '8-K',
      filingDate: '2004-10-14',
      period: '2004-07-15',
      sequence: 2,
      documentType: 'EX-99.1',
      filename: 'ex99-1.txt',
    });
    expect(r.companies.map((c) => [c.role, c.cik])).toEqual([
      ['SUBJECT COMPANY', '0000000111'],
      ['FILED BY', '0000000222'],
    ]);
  });

  it('complete a dateline without a year from the filing date (the nearest such date)', () => {
    const inFiling = records.find((x) => x.input.endsWith('filing.txt'))!;
    expect(inFiling.summary.dateline).toMatchObject({ date: '2004-07-18', yearInferred: true });
    // A lone file: the date comes from --filing-date, accession and CIK from EDGAR's path layout.
    const lone = records.find((x) => x.input.endsWith('ex99.txt'))!;
    expect(lone).toMatchObject({ kind: 'exhibit', accession: '0000320193-05-000007', cik: '0000320193', filingDate: '2005-07-20', filename: 'ex99.txt', sequence: null });
    expect(lone.summary.dateline).toMatchObject({ date: '2005-07-18', yearInferred: true });
    // A dateline with its year keeps it, and says nothing of inference.
    const seed = records.find((x) => x.input.endsWith('seed.txt'))!;
    expect(seed.summary.dateline?.date).toBe('2004-10-13');
    expect(seed.summary.dateline?.yearInferred).toBeUndefined();
  });

  it('are the same rows as Parquet and as CSV, read back by DuckDB', async () => {
    const parquet = join(root, 'out-parquet');
    const csv = join(root, 'out-csv');
    await cli('normalize', archive, '--out', parquet, '--format', 'parquet', '--quiet', '--filing-date', '2005-07-20', '--jobs', '1');
    await cli('normalize', archive, '--out', csv, '--format', 'csv', '--quiet', '--filing-date', '2005-07-20', '--jobs', '1');
    interface Row {
      input: string;
      accession: string | null;
      cik: string | null;
      filingDate: string | null;
      date: string | null;
      yearInferred: boolean;
      headline: string | null;
      tickers: unknown;
      contacts: unknown;
      risks: unknown;
      companies: unknown;
      sequence: number | null;
    }
    const fromParquet = await duck<Row>(`select * from '${parquet}/shards/*/records.parquet' order by input`);
    const fromCsv = await duck<Record<string, string | null>>(`select * from read_csv('${csv}/shards/*/records.csv', all_varchar = true) order by input`);
    expect(fromParquet).toHaveLength(records.length);
    expect(fromCsv).toHaveLength(records.length);
    records.forEach((r, i) => {
      const p = fromParquet[i]!;
      expect(p).toMatchObject({
        input: r.input,
        accession: r.accession,
        cik: r.cik,
        filingDate: r.filingDate,
        date: r.summary.dateline?.date ?? null,
        yearInferred: r.summary.dateline?.yearInferred === true,
        headline: r.summary.headline,
        sequence: r.sequence,
      });
      // Lists stay lists (of structs) in Parquet, and are JSON text in CSV.
      expect(p.tickers).toEqual(r.summary.tickers);
      expect(p.contacts).toEqual(r.summary.contacts);
      expect(p.risks).toEqual(r.summary.safeHarbor?.risks ?? []);
      expect(p.companies).toEqual(r.companies);
      const c = fromCsv[i]!;
      expect(c['input']).toBe(r.input);
      expect(c['headline']).toBe(r.summary.headline);
      expect(JSON.parse(c['contacts']!)).toEqual(r.summary.contacts);
      expect(c['date']).toBe(r.summary.dateline?.date ?? null);
    });
    const byYear = await duck<{ year: string; n: string }>(`select year(date) as year, count(*) as n from '${parquet}/shards/*/records.parquet' group by all order by year`);
    expect(byYear).toEqual([
      { year: '2004', n: '2' },
      { year: '2005', n: '1' },
    ]);
  }, 180_000);

  it('refuses another format in a folder written in one', async () => {
    const run = await cli('normalize', archive, '--out', out, '--format', 'csv', '--quiet');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/holds records written as --format jsonl/);
  });
});

describe('a folder that survives real runs', () => {
  let big: string;
  beforeAll(async () => {
    big = join(root, 'big');
    await mkdir(big);
    const seed = await readFile(join(fixtures, 'seed', 'american-locker-2004.txt'));
    for (let i = 0; i < 600; i++) await writeFile(join(big, `ex-${String(i).padStart(4, '0')}.txt`), seed);
  });

  it('keeps the work of an interrupted run (SIGINT): account, exit 130, the rest on a rerun', async () => {
    const out = join(root, 'out-interrupted');
    const child = spawn(process.execPath, ['--import', 'tsx', bin, 'normalize', big, '--out', out, '--jobs', '1']);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    // Interrupted once work is under way (the first progress line), long before the end.
    const code = await new Promise<number | null>((resolve) => {
      const timer = setInterval(() => {
        if (/normalize: \d+/.test(stderr)) {
          clearInterval(timer);
          child.kill('SIGINT');
        }
      }, 20);
      child.on('close', (c) => {
        clearInterval(timer);
        resolve(c);
      });
    });
    expect(code).toBe(130);
    expect(stderr).toMatch(/normalize: interrupted; (\d+) inputs/);
    const doneFirst = Number(/interrupted; (\d+) inputs/.exec(stderr)![1]);
    expect(doneFirst).toBeGreaterThan(0);
    expect(doneFirst).toBeLessThan(600);
    const manifest = await manifestInputs(out);
    expect(manifest).toHaveLength(doneFirst);
    const rerun = await cli('normalize', big, '--out', out, '--jobs', '1');
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toContain(`${600 - doneFirst} inputs, ${600 - doneFirst} exhibits, 0 failures, ${doneFirst} already done`);
    const all = await manifestInputs(out);
    expect(all).toHaveLength(600);
    expect(new Set(all).size).toBe(600);
  }, 240_000);

  it('refuses a second run on the same folder at once, and the first run is whole', async () => {
    const out = join(root, 'out-twice');
    const first = cli('normalize', big, '--out', out, '--jobs', '1', '--quiet');
    // The second starts once the first holds the folder.
    await waitFor(async () => (await readFile(join(out, '.lock'), 'utf8').catch(() => '')) !== '');
    const second = await cli('normalize', big, '--out', out, '--jobs', '1', '--quiet');
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/is being written by another normalize \(pid \d+, since/);
    expect((await first).code).toBe(0);
    const all = await manifestInputs(out);
    expect(all).toHaveLength(600);
    expect(new Set(all).size).toBe(600);
  }, 240_000);

  it('lists FIFOs and links to devices as skipped (once across runs), and fails inputs past --timeout', async () => {
    const folder = join(root, 'odd');
    await mkdir(folder);
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    await symlink('/dev/zero', join(folder, 'zero.txt'));
    await writeFile(join(folder, 'seed.txt'), await readFile(join(fixtures, 'seed', 'american-locker-2004.txt')));
    const out = join(root, 'out-odd');
    const run = await cli('normalize', folder, '--out', out, '--quiet');
    expect(run.code).toBe(0);
    const skipped = async (): Promise<{ input: string; skipped: string }[]> =>
      (await readFile(join(out, 'skipped.jsonl'), 'utf8'))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { input: string; skipped: string });
    expect((await skipped()).map((s) => [s.input.slice(folder.length + 1), s.skipped])).toEqual([
      ['pipe.txt', 'not a regular file: a FIFO'],
      ['zero.txt', 'not a regular file: a device'],
    ]);
    await cli('normalize', folder, '--out', out, '--quiet');
    expect(await skipped()).toHaveLength(2);
    // Named on the command line, a FIFO is not opened blocking: it fails at once, by name.
    const named = await cli('normalize', join(folder, 'pipe.txt'), '--out', join(root, 'out-fifo'), '--quiet');
    expect(named.code).toBe(1);
    expect(await readFile(join(root, 'out-fifo', 'failures.jsonl'), 'utf8')).toContain('not a regular file: a FIFO');
    // A time limit no input can meet: each one fails with that reason, and the run ends.
    const slow = await cli('normalize', join(folder, 'seed.txt'), '--out', join(root, 'out-timeout'), '--timeout', '0.001', '--quiet');
    expect(slow.code).toBe(1);
    expect(await readFile(join(root, 'out-timeout', 'failures.jsonl'), 'utf8')).toContain('timed out after 0.001s (worker replaced)');
  }, 120_000);
});

async function manifestInputs(out: string): Promise<string[]> {
  const inputs: string[] = [];
  for (const shard of (await readdir(join(out, 'shards'))).filter((n) => /^\d{6}$/.test(n))) {
    for (const line of (await readFile(join(out, 'shards', shard, 'inputs.jsonl'), 'utf8')).split('\n')) if (line) inputs.push((JSON.parse(line) as { input: string }).input);
  }
  return inputs;
}

async function waitFor(ready: () => Promise<boolean>): Promise<void> {
  while (!(await ready())) await new Promise((r) => setTimeout(r, 20));
}
