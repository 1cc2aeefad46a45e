/**
 * The CLI on submission files: `extract` writes bodies exactly as stored, `summary` reports
 * each exhibit inside a submission with its accession number and sequence.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { bin } from './helpers/cli.js';

const run = promisify(execFile);
const corpus = new URL('../../shared/corpus/', import.meta.url).pathname;
const seed = new URL('../fixtures/seed/american-locker-2004.txt', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'sec-exhibit-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: Buffer;
  stderr: string;
}

async function cli(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr: stderr.toString() };
  } catch (e) {
    const err = e as { code: number; stdout: Buffer; stderr: Buffer };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr.toString() };
  }
}

const lines = (b: Buffer): Record<string, unknown>[] =>
  b
    .toString()
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/** A small submission with a Windows-1252 exhibit and a uuencoded graphic. */
const latin = (s: string): Buffer => Buffer.from(s, 'latin1');
const exhibitBytes = latin(
  'ACME WINS\r\n\r\nDALLAS, Texas, March 3 /PRNewswire/ -- Acme Widgets Inc. (NASDAQ: ACME) said \x93today\x94\r\nit won \x96 again.\r\n',
);
const synthetic = Buffer.concat([
  latin('<SEC-DOCUMENT>x\r\n<SEC-HEADER>x\r\nACCESSION NUMBER:\t0000000000-05-000009\r\nFILED AS OF DATE:\t20050304\r\n</SEC-HEADER>\r\n'),
  latin('<DOCUMENT>\r\n<TYPE>EX-99.1\r\n<SEQUENCE>2\r\n<FILENAME>../ex 99.txt\r\n<TEXT>\r\n'),
  exhibitBytes,
  latin('</TEXT>\r\n</DOCUMENT>\r\n<DOCUMENT>\r\n<TYPE>GRAPHIC\r\n<SEQUENCE>3\r\n<TEXT>\r\nbegin 644 a.gif\r\nM86)C\r\n`\r\nend\r\n</TEXT>\r\n</DOCUMENT>\r\n'),
]);
const syntheticPath = join(tmp, 'synthetic.txt');
writeFileSync(syntheticPath, synthetic);

describe('sec-exhibit extract', () => {
  it('writes EX-99 bodies byte for byte, named by sequence and a safe file name', async () => {
    const out = join(tmp, 'out-synthetic');
    const { code, stdout } = await cli('extract', syntheticPath, '--out', out);
    expect(code).toBe(0);
    expect(readdirSync(out)).toEqual(['002-ex_99.txt']);
    expect(stdout.toString().trim()).toBe(join(out, '002-ex_99.txt'));
    expect(readFileSync(join(out, '002-ex_99.txt')).equals(exhibitBytes)).toBe(true);
  });

  it('prints to stdout without --out, and takes other types by repeatable patterns', async () => {
    expect((await cli('extract', syntheticPath)).stdout.equals(exhibitBytes)).toBe(true);
    const out = join(tmp, 'both');
    const both = await cli('extract', syntheticPath, '--type', 'EX-99*', '--type', 'graph*', '--out', out);
    expect(both.code).toBe(0);
    // No file name: the type names the file.
    expect(readdirSync(out)).toEqual(['002-ex_99.txt', '003-GRAPHIC.txt']);
    expect(readFileSync(join(out, '003-GRAPHIC.txt'), 'latin1')).toBe('begin 644 a.gif\r\nM86)C\r\n`\r\nend\r\n');
  });

  it('exits 1 when no document matches or the file cannot be read', async () => {
    const none = await cli('extract', syntheticPath, '--type', 'EX-4*');
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no document of type EX-4\*/);
    const missing = await cli('extract', join(tmp, 'missing.txt'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^sec-exhibit: .*missing\.txt: no such file\n$/);
  });

  it.skipIf(!existsSync(corpus))('extracts the corpus exhibits as the standalone files hold them', async () => {
    const out = join(tmp, 'out-alabama');
    const { code } = await cli('extract', join(corpus, 'raw/submission/alabama-power-20050125-0000092122-05-000042.txt'), '--out', out);
    expect(code).toBe(0);
    expect(readdirSync(out)).toEqual(['002-x9901.txt', '003-x9902.txt', '004-x9903.txt', '005-x9904.txt', '006-x9905.txt', '007-x9906.txt']);
    expect(readFileSync(join(out, '002-x9901.txt')).equals(readFileSync(join(corpus, 'dev/alabama-power-20050125-ex-99-01.txt')))).toBe(true);
    const sgml = await cli('extract', join(corpus, 'raw/sgml/westell-technologies-19990420-ex-99-1.txt'));
    expect(sgml.stdout.equals(readFileSync(join(corpus, 'dev/westell-technologies-19990420-ex-99-1.txt')))).toBe(true);
  });
});

describe('sec-exhibit summary on submissions', () => {
  it('reports each exhibit of a submission, and plain exhibits as before', async () => {
    const real = join(corpus, 'raw/submission/alabama-power-20050125-0000092122-05-000042.txt');
    const files = [syntheticPath, seed, ...(existsSync(real) ? [real] : [])];
    const { code, stdout } = await cli('summary', ...files);
    expect(code).toBe(0);
    const [inside, plain, ...more] = lines(stdout);
    expect(inside).toMatchObject({ file: syntheticPath, accession: '0000000000-05-000009', sequence: 2, type: 'EX-99.1' });
    expect((inside?.['summary'] as { dateline: unknown }).dateline).toEqual({ city: 'DALLAS', region: 'Texas', wire: 'PR Newswire', date: '2005-03-03', yearInferred: true });
    expect(Object.keys(plain ?? {})).toEqual(['file', 'summary']);
    if (files.length < 3) return;
    // A real submission: one line per exhibit, the 8-K itself left out.
    expect(more.map((l) => [l['accession'], l['sequence'], l['type']])).toEqual([2, 3, 4, 5, 6, 7].map((n) => ['0000092122-05-000042', n, `EX-99.0${n - 1}`]));
  });
});
