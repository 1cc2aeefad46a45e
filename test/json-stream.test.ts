/** The CLI's streamed JSON is JSON.stringify's, character for character, for any value. */
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces, writeJson } from '../src/cli/json-stream.js';
import { parse } from '../src/index.js';

const joined = (v: unknown): string => [...jsonPieces(v)].join('');

describe('streamed JSON', () => {
  it('is JSON.stringify(v, null, 2) for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => joined(v) === JSON.stringify(v, null, 2)), { seed: 20261207, numRuns: 300 });
  });

  it('drops and nulls what JSON.stringify does', () => {
    const v = { a: undefined, b: [undefined, () => 1, 2], c: new Date(0), d: { e: {} }, f: [] };
    expect(joined(v)).toBe(JSON.stringify(v, null, 2));
  });

  it('writes a parsed tree as JSON.stringify does, with a line break', async () => {
    const tree = parse(readFileSync(new URL('../fixtures/seed/american-locker-2004.txt', import.meta.url)));
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await writeJson(tree, out);
    expect(Buffer.concat(chunks).toString()).toBe(`${JSON.stringify(tree, null, 2)}\n`);
  });
});
