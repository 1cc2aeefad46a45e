/**
 * Golden fixtures: every fixtures/<group>/<slug>.txt is parsed and checked against
 * <slug>.tree (the compact dump) and <slug>.summary.json (the hand-written summary).
 *
 * Regenerate dumps with `UPDATE=1 npm test` and read the diff before committing. A missing
 * dump is written on a developer's machine and fails under CI.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspect, parse, stringifyBytes, summarize } from '../src/index.js';
import { decode } from '../src/bytes/index.js';
import { expectSoundTree } from './helpers/invariants.js';

const root = new URL('../fixtures/', import.meta.url).pathname;
const update = process.env['UPDATE'] === '1';
const ci = Boolean(process.env['CI']);

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
}

const inputs = walk(root).filter((f) => f.endsWith('.txt'));

describe('golden fixtures', () => {
  it('has fixtures', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(31);
  });

  for (const input of inputs) {
    const name = relative(root, input);
    it(name, () => {
      const bytes = new Uint8Array(readFileSync(input));
      const tree = parse(bytes);
      expect(Buffer.from(stringifyBytes(tree)).equals(Buffer.from(bytes))).toBe(true);
      expectSoundTree(tree, decode(bytes).text);

      const dumpPath = input.replace(/\.txt$/, '.tree');
      const dump = inspect(tree);
      if (update || (!existsSync(dumpPath) && !ci)) writeFileSync(dumpPath, dump);
      expect(existsSync(dumpPath), `missing golden ${relative(root, dumpPath)}: run UPDATE=1 npm test`).toBe(true);
      expect(dump).toBe(readFileSync(dumpPath, 'utf8'));

      const summaryPath = input.replace(/\.txt$/, '.summary.json');
      if (existsSync(summaryPath)) {
        const { _notes, ...want } = JSON.parse(readFileSync(summaryPath, 'utf8')) as Record<string, unknown>;
        void _notes;
        expect(summarize(tree)).toEqual(want);
      }
    });
  }
});
