/**
 * Layout invariance: the summary of an exhibit does not move when only its layout does —
 * double spacing, CRLF or lone CR, indentation, trailing blanks, page breaks at blank
 * lines, paragraphs unwrapped. Every golden fixture and every labelled real exhibit in
 * ../shared/corpus/dev goes through every rewrite.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, parse, summarize } from '../src/index.js';
import { goldenInputs } from '../src/vitest/index.js';
import { LAYOUT_TRANSFORMS, doubleSpace, unwrapParagraphs } from './helpers/layout.js';

const fixtures = goldenInputs(fileURLToPath(new URL('../fixtures/', import.meta.url))).map((path) => ({ name: path, text: decode(new Uint8Array(readFileSync(path))).text }));
const devRoot = fileURLToPath(new URL('../../shared/corpus/dev/', import.meta.url));
const dev = existsSync(devRoot)
  ? readdirSync(devRoot)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ name: f, text: decode(new Uint8Array(readFileSync(join(devRoot, f)))).text }))
  : [];

describe('layout rewrites', () => {
  it('double-spaces: a blank line after every line', () => {
    expect(doubleSpace('A\nB\n\nC\n')).toBe('A\n\nB\n\n\n\nC\n\n');
    expect(doubleSpace('A\r\nB')).toBe('A\r\n\r\nB');
  });
  it('unwraps paragraphs and nothing else', () => {
    const text = 'HEADLINE\n\nACME, N.Y., May 1, 2004 -- Acme Corp. said today that\nits sales rose.\n';
    expect(unwrapParagraphs(text)).toBe('HEADLINE\n\nACME, N.Y., May 1, 2004 -- Acme Corp. said today that its sales rose.\n');
  });
});

describe.each([
  ['golden fixtures', fixtures],
  ['corpus/dev', dev],
])('the summary does not move with the layout: %s', (_set, inputs) => {
  if (inputs.length === 0) {
    it.skip('../shared/corpus/dev is not beside this clone: the real exhibits are not checked', () => {});
    return;
  }
  it.each(LAYOUT_TRANSFORMS.map(([name, rewrite]) => ({ name, rewrite })))('$name', ({ rewrite }) => {
    const moved: string[] = [];
    for (const { name, text } of inputs) {
      const want = summarize(parse(text));
      const got = summarize(parse(rewrite(text)));
      for (const key of Object.keys(want) as Array<keyof typeof want>) {
        if (JSON.stringify(got[key]) !== JSON.stringify(want[key])) moved.push(`${name}: ${key}`);
      }
    }
    expect(moved).toEqual([]);
  });
});
