import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';

const seed = new URL('../fixtures/seed/american-locker-2004.txt', import.meta.url).pathname;
const noYear = new URL('../fixtures/datelines/no-year.txt', import.meta.url).pathname;

describe('sec-exhibit CLI', () => {
  it('summary prints one JSON line per file and the seed label values', async () => {
    const { code, stdout } = await cli('summary', seed);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0].file).toBe(seed);
    expect(lines[0].summary.headline).toBe('AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION');
    expect(lines[0].summary.dateline).toEqual({ city: 'JAMESTOWN', region: 'NY', wire: 'Business Wire', date: '2004-10-13' });
  });

  it('summary reports unreadable files and exits 1, after the files it could read', async () => {
    const { code, stdout } = await cli('summary', '/no/such/file.txt', seed);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ file: '/no/such/file.txt' });
    expect(lines[0].error).toBe('no such file');
    expect(lines[1].summary.exhibit).toBe('99.1');
  });

  it('summary reads an HTML exhibit through its rendering as text, and says so', async () => {
    const html = new URL('../fixtures/html/workiva-divs.html', import.meta.url).pathname;
    const want = JSON.parse(readFileSync(new URL('../fixtures/html/workiva-divs.summary.json', import.meta.url), 'utf8')) as { headline: string };
    const { code, stdout } = await cli('summary', html);
    expect(code).toBe(0);
    const line = JSON.parse(stdout) as { format?: string; summary: { headline: string | null } };
    expect(line.format).toBe('html');
    expect(line.summary.headline).toBe(want.headline);
  });

  it('parse prints the tree dump and warnings on stderr', async () => {
    const { code, stdout, stderr } = await cli('parse', noYear);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^exhibit 1:1-/);
    expect(stdout).toContain('dateline');
    expect(stderr).toMatch(/no-year\.txt:\d+:\d+: warning: .*\[dateline-without-wire\]/);
  });

  it('parse --format summary and json', async () => {
    expect(JSON.parse((await cli('parse', seed, '--format', 'summary')).stdout).endMarker).toBe('#####');
    expect(JSON.parse((await cli('parse', seed, '--format', 'json')).stdout).type).toBe('exhibit');
  });

  it('check confirms the round trip', async () => {
    const { code, stdout } = await cli('check', seed);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ file: seed, ok: true, kind: 'exhibit', exhibits: 1 });
  });
});
