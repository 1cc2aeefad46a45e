/**
 * The package as a user gets it: `npm pack`, the tarball installed in a fresh folder, and a
 * plain ESM script there that reads a text exhibit, an HTML exhibit, an SGML block and a
 * whole submission through `read` and prints their summaries; the installed binary too.
 * Slow (a build and an install), so it runs by `npm run test:package` (and in .ci/run).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { read } from '../../src/index.js';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'sec-exhibit-consumer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seed = readFileSync(join(root, 'fixtures/seed/american-locker-2004.txt'));
const html = readFileSync(join(root, 'fixtures/html/workiva-divs.html'));
const block = (type: string, sequence: number, body: Buffer): Buffer =>
  Buffer.concat([Buffer.from(`<DOCUMENT>\n<TYPE>${type}\n<SEQUENCE>${sequence}\n<FILENAME>ex${sequence}.txt\n<TEXT>\n`), body, Buffer.from('</TEXT>\n</DOCUMENT>\n')]);
const header = Buffer.from(
  [
    '<SEC-DOCUMENT>0000000000-04-000001.txt : 20041014',
    '<SEC-HEADER>0000000000-04-000001.hdr.sgml : 20041014',
    'ACCESSION NUMBER:\t\t0000000000-04-000001',
    'CONFORMED SUBMISSION TYPE:\t8-K',
    'FILED AS OF DATE:\t\t20041014',
    '</SEC-HEADER>',
    '',
  ].join('\n'),
);
const inputs = {
  'exhibit.txt': seed,
  'exhibit.htm': html,
  'block.txt': block('EX-99.1', 1, seed),
  'submission.txt': Buffer.concat([header, block('8-K', 1, Buffer.from('FORM 8-K\n')), block('EX-99.1', 2, seed), block('EX-99.2', 3, html), Buffer.from('</SEC-DOCUMENT>\n')]),
};

const script = `import { readFileSync } from 'node:fs'
import { read } from 'sec-exhibit'
const out = {}
for (const name of ${JSON.stringify(Object.keys(inputs))}) {
  const result = read(readFileSync(name))
  out[name] = { kind: result.kind, exhibits: result.exhibits.map((x) => ({ format: x.format, documentType: x.context.documentType, summary: x.summary })) }
}
console.log(JSON.stringify(out))
`;

const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the packed package in a consumer project', () => {
  let packed: string[] = [];
  beforeAll(() => {
    const json = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    const [info] = JSON.parse(json) as { filename: string; files: { path: string }[] }[];
    packed = info?.files.map((f) => f.path) ?? [];
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(dir, info?.filename ?? '')]);
    for (const [name, bytes] of Object.entries(inputs)) writeFileSync(join(dir, name), bytes);
    writeFileSync(join(dir, 'summaries.mjs'), script);
  }, 600_000);

  it('ships what a user needs and nothing else', () => {
    for (const path of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/src/index.js', 'dist/src/index.d.ts', 'dist/src/node/index.js', 'dist/src/cli/index.js', 'dist/src/vitest/index.js', 'dist/bundle/cli/bin.mjs', 'dist/bundle/browser.mjs']) {
      expect(packed, path).toContain(path);
    }
    expect(packed.filter((p) => !/^(?:dist\/(?:src|grammars|bundle)\/|package\.json$|README\.md$|LICENSE$|CHANGELOG\.md$)/.test(p))).toEqual([]);
    expect(packed.filter((p) => /(?:^|\/)(?:test|fixtures|eval|bench|scripts)\//.test(p) || (p.endsWith('.ts') && !p.endsWith('.d.ts')))).toEqual([]);
  });

  it('reads the four kinds of input through read and prints their summaries', () => {
    const out = JSON.parse(run('node', ['summaries.mjs'])) as Record<string, { kind: string; exhibits: { format: string; documentType: string | null; summary: unknown }[] }>;
    expect(Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [v.kind, v.exhibits.map((x) => `${x.documentType}:${x.format}`)]]))).toEqual({
      'exhibit.txt': ['exhibit', ['null:text']],
      'exhibit.htm': ['html', ['null:html']],
      'block.txt': ['sgml', ['EX-99.1:text']],
      'submission.txt': ['submission', ['EX-99.1:text', 'EX-99.2:html']],
    });
    expect(out['exhibit.txt']?.exhibits[0]?.summary).toEqual(read(new Uint8Array(seed)).exhibits[0]?.summary);
    expect(out['exhibit.htm']?.exhibits[0]?.summary).toEqual(read(new Uint8Array(html)).exhibits[0]?.summary);
  });

  it('installs a working sec-exhibit binary', () => {
    const line = JSON.parse(run('npx', ['--no-install', 'sec-exhibit', 'summary', 'exhibit.txt'])) as { summary: { headline: string } };
    expect(line.summary.headline).toBe('AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION');
  });
});
