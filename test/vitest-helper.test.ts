/**
 * `sec-exhibit/vitest`: the snapshot serializer and the golden-test helper, run against
 * a scratch folder so that writing, updating and failing can all be observed.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inspect, parse } from '../src/index.js';
import { checkGolden, exhibitSerializer, expectedPath, goldenInputs, goldenTests } from '../src/vitest/index.js';

const seed = readFileSync(new URL('../fixtures/seed/american-locker-2004.txt', import.meta.url), 'utf8');
const folder = mkdtempSync(join(tmpdir(), 'sec-exhibit-golden-'));
mkdirSync(join(folder, 'group'));
writeFileSync(join(folder, 'seed.txt'), seed);
writeFileSync(join(folder, 'group', 'short.txt'), 'Exhibit 99.1\n\nACME WINS\n');
writeFileSync(join(folder, 'notes.md'), 'not an exhibit');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// The helper as users call it: one test per file, expected dumps written on first run.
goldenTests(folder, { ci: false });

describe('golden helper', () => {
  it('finds the inputs, sorted, in subfolders, .txt only', () => {
    expect(goldenInputs(folder).map((p) => p.slice(folder.length + 1))).toEqual(['group/short.txt', 'seed.txt']);
    expect(expectedPath('/x/a.b.txt', '.tree')).toBe('/x/a.b.tree');
  });

  it('writes a missing expected file, holding the dump', async () => {
    const input = join(folder, 'group', 'short.txt');
    const tree = expectedPath(input, '.dump');
    await checkGolden(input, folder, { ci: false, outputs: { '.dump': (t) => inspect(t) } });
    expect(readFileSync(tree, 'utf8')).toBe(inspect(parse('Exhibit 99.1\n\nACME WINS\n')));
  });

  it('fails under CI when an expected file is missing, and writes nothing', async () => {
    const input = join(folder, 'seed.txt');
    await expect(checkGolden(input, folder, { ci: true, update: false, outputs: { '.missing': () => 'x' } })).rejects.toThrow(/missing golden file seed\.missing/);
    expect(existsSync(expectedPath(input, '.missing'))).toBe(false);
  });

  it('rewrites a stale expected file with update', async () => {
    const input = join(folder, 'seed.txt');
    const file = expectedPath(input, '.summary');
    writeFileSync(file, 'stale');
    await checkGolden(input, folder, { update: true, outputs: { '.summary': (t) => `${t.children.length}\n` } });
    expect(readFileSync(file, 'utf8')).toBe(`${parse(seed).children.length}\n`);
  });

  it('runs the extra check with the tree and the input', async () => {
    const seen: string[] = [];
    await checkGolden(join(folder, 'seed.txt'), folder, { ci: false, outputs: {}, check: (tree, input) => void seen.push(`${input.name} ${tree.type} ${input.text.length}`) });
    expect(seen).toEqual([`seed.txt exhibit ${seed.length}`]);
  });

  it('fails when an expected file differs', async () => {
    const input = join(folder, 'seed.txt');
    writeFileSync(expectedPath(input, '.old'), 'exhibit 1:1-1:1\n');
    await expect(checkGolden(input, folder, { ci: false, update: false, outputs: { '.old': (t) => inspect(t) } })).rejects.toThrow(/seed\.old differs/);
  });
});

describe('exhibitSerializer', () => {
  it('claims exhibit nodes only', () => {
    expect(exhibitSerializer.test(parse('x'))).toBe(true);
    expect(exhibitSerializer.test({ type: 'text', value: 'x' })).toBe(true);
    expect(exhibitSerializer.test({ type: 'root', children: [] })).toBe(false);
    expect(exhibitSerializer.test({ type: 'paragraph' })).toBe(false);
    expect(exhibitSerializer.test(null)).toBe(false);
  });

  it('prints the compact dump in snapshots', () => {
    expect.addSnapshotSerializer(exhibitSerializer);
    expect(parse('Exhibit 99.1\n\nACME WINS\n')).toMatchInlineSnapshot(`
      exhibit 1:1-4:1
        exhibitLabel 1:1-1:13 number="99.1"
          text 1:1-1:13 "Exhibit 99.1"
        whitespace 1:13-3:1 "\\n\\n"
        headline 3:1-3:10 text="ACME WINS"
          text 3:1-3:10 "ACME WINS"
        whitespace 3:10-4:1 "\\n"
    `);
    expect({ nested: parse('ACME WINS') }).toMatchInlineSnapshot(`
      {
        "nested": exhibit 1:1-1:10
          headline 1:1-1:10 text="ACME WINS"
            text 1:1-1:10 "ACME WINS",
      }
    `);
  });
});
