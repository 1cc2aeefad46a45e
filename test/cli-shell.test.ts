/**
 * The CLI in a shell: `-` for stdin, a closed pipe, inputs with no exhibit, one-line
 * errors, checked options, file names that are not UTF-8, UTF-16 files.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { read } from '../src/index.js';
import { bin, cli, cliWithInput, type CliRun } from './helpers/cli.js';

const seedPath = new URL('../fixtures/seed/american-locker-2004.txt', import.meta.url).pathname;
const seed = readFileSync(seedPath);
const tmp = mkdtempSync(join(tmpdir(), 'sec-exhibit-shell-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const file = (name: string, bytes: Uint8Array | string): string => {
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  return path;
};
const utf16 = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const seedText = seed.toString('latin1');
const lines = (r: CliRun): Record<string, unknown>[] => r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

const paths = {
  empty: file('empty.txt', ''),
  blank: file('blank.txt', '  \n\n\t\n'),
  binary: file('binary.dat', Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256))),
  utf16NoBom: file('utf16-no-bom.txt', Buffer.from(seedText, 'utf16le')),
  utf16: file('utf16.txt', utf16(seedText)),
  aFile: file('a-file', 'x'),
};

/** `sec-exhibit ARGS | head -1` in a shell: the exit status of the command, and stderr. */
async function piped(args: string): Promise<{ status: string; stderr: string }> {
  const { stdout, stderr } = await promisify(execFile)('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" ${args} 2>${tmp}/err | head -c 1 >/dev/null; echo $?; cat ${tmp}/err`]);
  return { status: stdout.trim().split('\n')[0] ?? '', stderr: stdout.trim().split('\n').slice(1).join('\n') + stderr };
}

const runs: Record<string, CliRun> = {};
beforeAll(async () => {
  const calls: Record<string, () => Promise<CliRun>> = {
    stdinSummary: () => cliWithInput(seed, 'summary', '-'),
    stdinCheck: () => cliWithInput(seed, 'check', '-'),
    stdinFormat: () => cliWithInput(seed, 'format', '-'),
    noExhibit: () => cli('summary', paths.empty, paths.blank, paths.binary, paths.utf16NoBom, seedPath),
    checkNoExhibit: () => cli('check', paths.empty, paths.binary, paths.utf16NoBom),
    utf16: () => cli('summary', paths.utf16),
    utf16Check: () => cli('check', paths.utf16),
    parseEmpty: () => cli('parse', paths.empty),
    bigWidth: () => cli('format', seedPath, '--width', '1e9'),
    outIsFile: () => cli('extract', seedPath, '--out', paths.aFile),
    badFormat: () => cli('parse', seedPath, '--format', 'yaml'),
  };
  await Promise.all(Object.entries(calls).map(async ([name, call]) => (runs[name] = await call())));
});
const result = (name: string): CliRun => runs[name] ?? { code: -1, stdout: '', stderr: `no run ${name}` };

describe('sec-exhibit in a shell', () => {
  it('reads stdin for -', () => {
    expect(result('stdinSummary').code).toBe(0);
    expect(lines(result('stdinSummary'))[0]).toEqual({ file: '-', summary: read(new Uint8Array(seed)).exhibits[0]?.summary });
    expect(lines(result('stdinCheck'))[0]).toMatchObject({ file: '-', ok: true });
    expect(result('stdinFormat').stdout).toContain('JAMESTOWN, NY-(BUSINESS WIRE) October 13, 2004');
  });

  it('ends quietly with status 0 when the reader closes the pipe', async () => {
    const many = Array.from({ length: 200 }, () => seedPath).join(' ');
    for (const args of [`parse -f json ${seedPath}`, `summary ${many}`]) {
      const { status, stderr } = await piped(args);
      expect(stderr).toBe('');
      expect(status).toBe('0');
    }
  });

  it('gives an error line and exit 1 for inputs with no exhibit, after the rest', () => {
    const r = result('noExhibit');
    expect(r.code).toBe(1);
    expect(lines(r)).toEqual([
      { file: paths.empty, error: 'empty input: no text' },
      { file: paths.blank, error: 'empty input: no text' },
      { file: paths.binary, error: 'binary input: not text' },
      { file: paths.utf16NoBom, error: 'binary input: not text' },
      { file: seedPath, summary: expect.objectContaining({ exhibit: '99.1' }) },
    ]);
    expect(result('checkNoExhibit').code).toBe(1);
    expect(lines(result('checkNoExhibit')).map((l) => l['error'])).toEqual(['empty input: no text', 'binary input: not text', 'binary input: not text']);
    expect(result('parseEmpty')).toMatchObject({ code: 1, stdout: '', stderr: `sec-exhibit: ${paths.empty}: empty input: no text\n` });
  });

  it('reads a UTF-16 exhibit and checks its exact bytes', () => {
    expect(lines(result('utf16'))[0]?.['summary']).toEqual(read(new Uint8Array(seed)).exhibits[0]?.summary);
    expect(lines(result('utf16Check'))[0]).toMatchObject({ ok: true, kind: 'exhibit' });
  });

  it('checks option values and says what is wrong in one line', () => {
    expect(result('bigWidth')).toMatchObject({ code: 2, stdout: '' });
    expect(result('bigWidth').stderr).toMatch(/^sec-exhibit: --width "1e9": must be a whole number of columns from 20 to 1000\n$/);
    expect(result('outIsFile')).toMatchObject({ code: 2, stderr: `sec-exhibit: --out ${paths.aFile}: is a file, not a folder\n` });
    expect(result('badFormat').code).not.toBe(0);
    expect(result('badFormat').stderr.trim().split('\n')).toHaveLength(1);
  });

  it.runIf(process.platform === 'linux')('reads a file whose name is not valid UTF-8', async () => {
    const name = Buffer.concat([Buffer.from(`${tmp}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]);
    writeFileSync(name, seed);
    // Through bash: Node's own spawn would pass the name as UTF-8 text, not its bytes.
    const { stdout } = await promisify(execFile)('bash', ['-c', `"${process.execPath}" "${bin}" summary "$(printf '${tmp}/caf\\351.txt')"`]);
    expect((JSON.parse(stdout) as { summary: { exhibit: string } }).summary.exhibit).toBe('99.1');
  });
});
