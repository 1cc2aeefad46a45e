/**
 * Linear time, checked without a clock: every adversarial shape (bench/sweep-shapes.ts: the
 * rows of issue 11 and the old timing test's shapes) is run at n, 2n, 4n and 8n characters,
 * and the work it takes — block executions counted by V8's precise coverage
 * (helpers/work.ts) — may at most about double with each doubling of the input. A quadratic
 * pass shows as a ratio near 4, a cubic one near 8, whatever the machine's load, so the
 * test cannot flake. The counting runs in a child process, where the counter starts before
 * the library loads. Wall-clock time per MB is for people to read: `npm run bench:sweep`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHAPES } from '../bench/sweep-shapes.js';

const run = promisify(execFile);

const SIZES = [4000, 8000, 16_000, 32_000];
/**
 * Most growth of the work from n to 8n (8 is linear, a quadratic pass gives 30 to 64) and
 * per doubling (2 is linear, n log n stays near 2.1; shapes built of whole copies of a
 * long unit step unevenly, hence the slack).
 */
const MOST_OVERALL = 10.5;
const MOST_PER_DOUBLING = 2.6;

/** Shapes known to grow faster than linear, each with the reason; empty when all is well. */
const KNOWN_SUPERLINEAR: Record<string, string> = {};

/** The work of every shape at every size, measured in a process of its own (helpers/work-child.ts). */
let measured: Record<string, number[] | { error: string }> = {};
beforeAll(async () => {
  const child = new URL('./helpers/work-child.ts', import.meta.url).pathname;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', child, SIZES.join(',')], { maxBuffer: 16 * 1024 * 1024 });
  measured = JSON.parse(stdout) as typeof measured;
});

describe('work grows linearly with the input', () => {
  it('has at least 20 shapes', () => {
    expect(SHAPES.length).toBeGreaterThanOrEqual(20);
  });

  for (const shape of SHAPES) {
    const known = KNOWN_SUPERLINEAR[shape.name];
    const test = known ? it.fails : it;
    test(`${shape.name}${known ? ` (known: ${known})` : ''}`, () => {
      const work = measured[shape.name];
      if (!Array.isArray(work)) throw new Error(`no measurement: ${work?.error ?? 'shape missing'}`);
      const ratios = work.slice(1).map((w, i) => w / (work[i] ?? 1));
      const why = `work ${work.join(' → ')} (×${ratios.map((r) => r.toFixed(2)).join(', ×')} per doubling)`;
      expect(Math.max(...ratios), why).toBeLessThanOrEqual(MOST_PER_DOUBLING);
      expect((work.at(-1) ?? 0) / (work[0] ?? 1), why).toBeLessThanOrEqual(MOST_OVERALL);
    });
  }
});

/**
 * Work a block counter cannot see: a module-level cache compared with each new text by
 * value costs a full string comparison per call, inside the engine. The parser keeps no
 * module-level mutable state, so no such cache can exist; the files listed hold state
 * known and owned elsewhere, and the list may only shrink.
 */
const KNOWN_MODULE_STATE: Record<string, string> = {};

describe('no module-level mutable state in the parser', () => {
  const root = new URL('../', import.meta.url).pathname;
  const walk = (d: string): string[] => readdirSync(join(root, d)).flatMap((f) => (statSync(join(root, d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
  const files = [...walk('grammars'), ...walk('src/parse')].filter((f) => f.endsWith('.ts'));
  /** Names declared with `let` or `var` at a module's top level. */
  const moduleVariables = (file: string): string[] => {
    const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.ES2022);
    return source.statements.flatMap((s) => (ts.isVariableStatement(s) && !(s.declarationList.flags & ts.NodeFlags.Const) ? s.declarationList.declarations.map((d) => d.name.getText(source)) : []));
  };
  const found = Object.fromEntries(files.map((f) => [f, moduleVariables(f)] as const).filter(([, names]) => names.length > 0));

  it('holds outside the listed files', () => {
    expect(Object.keys(found).filter((f) => !(f in KNOWN_MODULE_STATE))).toEqual([]);
  });

  it('still holds in every listed file (remove a file from the list once it has none)', () => {
    expect(Object.keys(KNOWN_MODULE_STATE).filter((f) => !(f in found))).toEqual([]);
  });
});
