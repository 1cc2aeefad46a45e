/**
 * Golden tests for a folder of exhibit files, one test per file (wooorm's fixture idiom):
 *
 *   goldenTests(new URL('./fixtures/', import.meta.url))
 *
 * Each file is parsed; its bytes must come back exactly from the tree and the tree must
 * pass its schemas; then each expected output beside it (by default `<name>.tree`, the
 * compact dump) is compared with the output now. A missing expected file is written —
 * unless `process.env.CI` is set, where it fails. `UPDATE=1` rewrites every expected file,
 * and so does vitest's `-u`.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decode } from '../bytes/index.js';
import { inspect } from '../inspect/index.js';
import { parse } from '../parse/parse.js';
import { stringifyBytes } from '../stringify/index.js';
import type { Exhibit } from '../tree/nodes/exhibit.js';
import { validate } from '../tree/validate.js';

/** One input file, as the checks see it. */
export interface GoldenInput {
  /** Absolute path. */
  readonly path: string;
  /** Path relative to the folder: the test's name. */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The decoded text (UTF-8, or Windows-1252 when the bytes are not UTF-8). */
  readonly text: string;
}

/** How to print an expected output from the tree. */
export type GoldenOutput = (tree: Exhibit, input: GoldenInput) => string;

export interface GoldenOptions {
  /** Which files are inputs (default: names ending in `.txt`). */
  readonly include?: (path: string) => boolean;
  /** Expected files written beside each input, by suffix (default `{ '.tree': inspect }`). */
  readonly outputs?: Readonly<Record<string, GoldenOutput>>;
  /** Further assertions on each file (summaries against hand-written labels, invariants …). */
  readonly check?: (tree: Exhibit, input: GoldenInput) => void | Promise<void>;
  /** Rewrite every expected file (default: `process.env.UPDATE === '1'`). */
  readonly update?: boolean;
  /** Fail when an expected file is missing instead of writing it (default: `Boolean(process.env.CI)`). */
  readonly ci?: boolean;
}

const defaultOutputs: Readonly<Record<string, GoldenOutput>> = { '.tree': (tree) => inspect(tree) };

/** The last extension of a file name, dot included. */
const EXTENSION = /\.[^./\\]*$/;

/** Where the expected output with `suffix` of an input lives. */
export function expectedPath(input: string, suffix: string): string {
  return input.replace(EXTENSION, '') + suffix;
}

/** Every file under `folder` that `include` accepts, in sorted order. */
export function goldenInputs(folder: string, include: (path: string) => boolean = (p) => p.endsWith('.txt')): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((f) => {
      const p = join(folder, f);
      return statSync(p).isDirectory() ? goldenInputs(p, include) : include(p) ? [p] : [];
    });
}

/** Whether vitest runs with `-u` (its snapshot state says it rewrites every snapshot). */
function vitestUpdates(): boolean {
  return expect.getState().snapshotState?.snapshotUpdateState === 'all';
}

/** Checks one input file: round trip, schemas, expected outputs, then `check`. */
export async function checkGolden(path: string, folder: string, options: GoldenOptions = {}): Promise<void> {
  const bytes = new Uint8Array(readFileSync(path));
  const input: GoldenInput = { path, name: relative(folder, path), bytes, text: decode(bytes).text };
  const tree = parse(bytes);
  expect(Buffer.from(stringifyBytes(tree)).equals(Buffer.from(bytes)), `${input.name}: the tree does not give back the exact bytes`).toBe(true);
  const valid = validate(tree);
  expect(valid.ok ? null : `${valid.issue.where}: ${valid.issue.message}`, `${input.name}: the tree fails its schema`).toBeNull();

  const update = options.update ?? (process.env['UPDATE'] === '1' || vitestUpdates());
  const ci = options.ci ?? Boolean(process.env['CI']);
  for (const [suffix, print] of Object.entries(options.outputs ?? defaultOutputs)) {
    const file = expectedPath(path, suffix);
    const actual = print(tree, input);
    if (!existsSync(file) && ci && !update) throw new Error(`missing golden file ${basename(file)} for ${input.name}: write it with UPDATE=1 (or vitest -u) and commit it`);
    if (update || !existsSync(file)) writeFileSync(file, actual);
    expect(actual, `${input.name}: ${basename(file)} differs (UPDATE=1 or vitest -u rewrites it)`).toBe(readFileSync(file, 'utf8'));
  }
  await options.check?.(tree, input);
}

/** Registers a `describe` with one test per exhibit file under `folder`. */
export function goldenTests(folder: string | URL, options: GoldenOptions = {}): void {
  const root = typeof folder === 'string' ? folder : fileURLToPath(folder);
  const inputs = goldenInputs(root, options.include);
  describe(`golden: ${basename(root)}`, () => {
    for (const path of inputs) it(relative(root, path), () => checkGolden(path, root, options));
  });
}
