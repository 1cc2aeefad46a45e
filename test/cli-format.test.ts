/** `sec-exhibit format` and `sec-exhibit parse --format markdown`, run as a user runs them. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { format, parse, parseMarkdown, summarize, toMarkdown } from '../src/index.js';
import { cli, type CliRun } from './helpers/cli.js';

const seed = new URL('../fixtures/seed/american-locker-2004.txt', import.meta.url).pathname;
const cp1252 = new URL('../fixtures/edge/windows-1252-punctuation.txt', import.meta.url).pathname;
const noYear = new URL('../fixtures/datelines/no-year.txt', import.meta.url).pathname;

type Run = CliRun;
const runs: Record<string, Run> = {};

// Every run starts a Node process: start them all at once.
beforeAll(async () => {
  const calls: Record<string, string[]> = {
    seed: ['format', seed],
    cp1252: ['format', cp1252],
    narrow: ['format', seed, '--width', '50'],
    badWidth: ['format', seed, '--width', 'wide'],
    missing: ['format', '/no/such/file.txt'],
    markdown: ['parse', noYear, '--format', 'markdown'],
  };
  await Promise.all(Object.entries(calls).map(async ([name, args]) => (runs[name] = await cli(...args))));
});

const result = (name: string): Run => runs[name] ?? { code: -1, stdout: '', stderr: `no run ${name}` };

describe('sec-exhibit format', () => {
  it('prints the canonical text', () => {
    const { code, stdout, stderr } = result('seed');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(format(parse(readFileSync(seed))));
    expect(stdout).toContain('\nJAMESTOWN, NY-(BUSINESS WIRE) October 13, 2004 American Locker Group\n');
  });

  it('reads Windows-1252 bytes and writes UTF-8', () => {
    const { code, stdout } = result('cp1252');
    expect(code).toBe(0);
    expect(stdout).toBe(format(parse(new Uint8Array(readFileSync(cp1252)))));
  });

  it('re-flows to --width', () => {
    const { stdout } = result('narrow');
    const body = stdout.split('\n\n').find((b) => b.startsWith('On October 8'));
    expect(body?.split('\n').every((line) => line.length <= 50)).toBe(true);
  });

  it('rejects a bad width and a missing file', () => {
    expect(result('badWidth').code).toBe(2);
    const missing = result('missing');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('sec-exhibit: /no/such/file.txt: no such file\n');
  });
});

describe('sec-exhibit parse --format markdown', () => {
  it('prints the Markdown of toMarkdown, warnings on stderr', () => {
    const { code, stdout, stderr } = result('markdown');
    expect(code).toBe(0);
    expect(stdout).toBe(toMarkdown(parse(readFileSync(noYear))));
    expect(stdout).toContain('# REDBUD PIPELINE PARTNERS INCREASES QUARTERLY DISTRIBUTION\n');
    expect(stderr).toMatch(/no-year\.txt:\d+:\d+: warning: .*\[dateline-without-wire\]/);
    expect(summarize(parseMarkdown(stdout))).toEqual(summarize(parse(readFileSync(noYear))));
  });
});
