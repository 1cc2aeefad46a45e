/**
 * `extract --out` in a directory it does not own alone: it never writes through a symbolic
 * link planted under the name it will use, never overwrites (numbered names instead),
 * shortens names over the file system's limit, and matches `--type` patterns without
 * backtracking.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { numberedName, outputName, typeMatcher } from '../src/cli/commands/extract.js';
import { cli } from './helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'sec-exhibit-extract-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const doc = (sequence: number, filename: string, body: string): string =>
  `<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>${sequence}\n<FILENAME>${filename}\n<TEXT>\n${body}</TEXT>\n</DOCUMENT>\n`;
const submission = (...docs: string[]): string => `<SEC-DOCUMENT>x\n<SEC-HEADER>x\nACCESSION NUMBER:\t0000000000-05-000009\n</SEC-HEADER>\n${docs.join('')}`;

describe('extract --out', () => {
  it('does not follow a symbolic link planted under the output name', async () => {
    const out = join(tmp, 'symlink');
    mkdirSync(out);
    const outside = join(tmp, 'outside.txt');
    writeFileSync(outside, 'untouched\n');
    symlinkSync(outside, join(out, '002-a.txt'));
    const input = join(tmp, 'symlink.sub.txt');
    writeFileSync(input, submission(doc(2, 'a.txt', 'ACME WINS\n')));
    const { code } = await cli('extract', input, '--out', out);
    expect(code).toBe(0);
    expect(readFileSync(outside, 'utf8')).toBe('untouched\n');
    expect(lstatSync(join(out, '002-a.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(out, '002-a-1.txt'), 'utf8')).toBe('ACME WINS\n');
  });

  it('numbers the second of two documents with the same sequence and file name', async () => {
    const out = join(tmp, 'same');
    const input = join(tmp, 'same.sub.txt');
    writeFileSync(input, submission(doc(2, 'a.txt', 'FIRST\n'), doc(2, 'a.txt', 'SECOND\n')));
    expect((await cli('extract', input, '--out', out)).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['002-a-1.txt', '002-a.txt']);
    expect(readFileSync(join(out, '002-a.txt'), 'utf8')).toBe('FIRST\n');
    expect(readFileSync(join(out, '002-a-1.txt'), 'utf8')).toBe('SECOND\n');
  });

  it('shortens a file name over the system limit', async () => {
    const out = join(tmp, 'long');
    const input = join(tmp, 'long.sub.txt');
    writeFileSync(input, submission(doc(2, `${'x'.repeat(400)}.txt`, 'LONG\n')));
    expect((await cli('extract', input, '--out', out)).code).toBe(0);
    const [name] = readdirSync(out);
    expect(name?.length).toBeLessThanOrEqual(200);
    expect(name?.endsWith('.txt')).toBe(true);
    expect(existsSync(join(out, name ?? ''))).toBe(true);
  });
});

describe('output names', () => {
  it('keeps names short and the extension when numbering', () => {
    expect(outputName({ sequence: 2, filename: `${'y'.repeat(300)}.htm`, documentType: 'EX-99.1' }, 1)).toMatch(/^002-y+\.htm$/);
    expect(numberedName('002-a.txt', 3)).toBe('002-a-3.txt');
    expect(numberedName(`${'z'.repeat(200)}.txt`, 12).length).toBeLessThanOrEqual(200);
  });
});

describe('--type patterns', () => {
  it('match like globs, case-insensitively', () => {
    const m = typeMatcher(['ex-99*', 'GRAPH*C', '*.2']);
    expect(['EX-99', 'EX-99.1', 'graphic', 'EX-10.2'].map(m)).toEqual([true, true, true, true]);
    expect(['EX-4', 'GRAPHICS', null].map(m)).toEqual([false, false, false]);
    expect(typeMatcher(['EX-99.1'])('EX-9901')).toBe(false);
    expect(typeMatcher(['*a*a'])('aa')).toBe(true);
    expect(typeMatcher(['a*a'])('a')).toBe(false);
  });

  it('answer at once for a pattern of many stars against a long type', () => {
    // A backtracking matcher takes minutes here; this one scans the text a few times.
    const type = 'A'.repeat(30_000);
    expect(typeMatcher(['*A*A*A*B'])(type)).toBe(false);
    expect(typeMatcher(['*A*A*A*A'])(type)).toBe(true);
  });
});
