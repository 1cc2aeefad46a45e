/**
 * The fuzzer inside `npm test`: every reproducer it ever saved (fixtures/fuzz/*.json, the
 * rows of issue 11's table among them) passes every check, and a short seeded run of each
 * category finds nothing. The long run is `npm run fuzz -- --time 1800 --workers 2`.
 */
import { describe, expect, it } from 'vitest';
import { runBatch } from '../scripts/fuzz/batch.js';
import { checkInput, checkLarge } from '../scripts/fuzz/checks.js';
import { CATEGORIES, fromReproducer } from '../scripts/fuzz/inputs.js';
import { loadReproducers } from '../scripts/fuzz/reproducers.js';

const SEED = 20261207;
/** Inputs per category in the short run: enough to cover every generator, quick on a busy machine. */
const SHORT_RUN = Number(process.env['FUZZ_INPUTS'] ?? 25);

describe('fuzz reproducers (fixtures/fuzz)', () => {
  const reproducers = loadReproducers();
  it('has the reproducers of issue 11', () => {
    expect(reproducers.filter(({ name }) => name.startsWith('issue-11-')).length).toBeGreaterThanOrEqual(8);
  });
  for (const { name, reproducer } of reproducers) {
    const test = reproducer.known ? it.fails : it;
    test(`${name}: ${reproducer.check}${reproducer.known ? ` (known: ${reproducer.known})` : ''}`, async () => {
      const input = fromReproducer(reproducer);
      // A large reproducer is held to what it reproduces (see checkLarge); the rest to everything.
      const failure = reproducer.repeat && input.kind === 'text' ? checkLarge(input.text) : await checkInput(input);
      expect(failure).toBeNull();
    });
  }
});

describe(`a short seeded run (${SHORT_RUN} inputs per category, seed ${SEED})`, () => {
  for (const [i, category] of CATEGORIES.entries()) {
    it(category, async () => {
      const result = await runBatch({ category, seed: SEED + i, count: SHORT_RUN, shrink: true, slowMillis: 0 });
      expect(result.inputs).toBe(SHORT_RUN);
      expect(result.reproducers, JSON.stringify(result.reproducers).slice(0, 2000)).toEqual([]);
    });
  }
});
