/**
 * The real filings next door (../shared/corpus): every file, whatever its kind, parses,
 * round-trips to its exact bytes and gives a sound tree.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, parse, stringifyBytes } from '../../src/index.js';
import { treeProblem } from '../helpers/invariants.js';

const root = new URL('../../../shared/corpus/', import.meta.url).pathname;
const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));

describe.skipIf(!existsSync(root))('corpus', () => {
  const files = existsSync(root) ? walk(root).filter((f) => !f.endsWith('.json') && !f.endsWith('.md') && !f.endsWith('.tsv')) : [];
  it('has files', () => expect(files.length).toBeGreaterThan(100));
  it('round-trips and stays sound on every file', () => {
    const failures: string[] = [];
    for (const f of files) {
      const bytes = new Uint8Array(readFileSync(f));
      const tree = parse(bytes);
      const back = stringifyBytes(tree);
      if (back.length !== bytes.length || !back.every((b, i) => b === bytes[i])) failures.push(`${relative(root, f)}: bytes differ`);
      const problem = treeProblem(tree, decode(bytes).text);
      if (problem) failures.push(`${relative(root, f)}: ${problem}`);
    }
    expect(failures).toEqual([]);
  });
});
