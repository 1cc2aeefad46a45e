/**
 * Golden fixtures: every fixtures/<group>/<slug>.txt is parsed and checked against
 * <slug>.tree (the compact dump) and <slug>.summary.json (the hand-written summary),
 * through the fixture helper users get from `sec-exhibit/vitest`. The helper checks the
 * exact byte round trip, the schemas and the dump; this file adds the sound-tree
 * invariants and the summary.
 *
 * Regenerate dumps with `UPDATE=1 npm test` (or `npx vitest -u`) and read the diff before
 * committing. A missing dump is written on a developer's machine and fails under CI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { summarize } from '../src/index.js';
import { expectedPath, goldenInputs, goldenTests } from '../src/vitest/index.js';
import { expectSoundTree } from './helpers/invariants.js';

const root = new URL('../fixtures/', import.meta.url);

describe('golden fixtures', () => {
  it('has fixtures', () => {
    expect(goldenInputs(fileURLToPath(root)).length).toBeGreaterThanOrEqual(31);
  });
});

goldenTests(root, {
  check: (tree, input) => {
    expectSoundTree(tree, input.text);
    const summaryPath = expectedPath(input.path, '.summary.json');
    if (existsSync(summaryPath)) {
      const { _notes, ...want } = JSON.parse(readFileSync(summaryPath, 'utf8')) as Record<string, unknown>;
      void _notes;
      expect(summarize(tree)).toEqual(want);
    }
  },
});
