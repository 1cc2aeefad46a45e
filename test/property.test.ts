/**
 * Property tests (fast-check, seeded and bounded): the parser is total, the round trip is
 * exact, and every tree is sound — for arbitrary strings, for strings built from the
 * characters EDGAR text is made of, and for fixtures mutated at random.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, encode, ExhibitSummarySchema, parse, parseWithWarnings, stringify, stringifyBytes, summarize } from '../src/index.js';
import { treeProblem } from './helpers/invariants.js';

const SEED = 20261124;
const runs = (n: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns: n });

/**
 * Never throws, exact round trip, sound tree, a summary that passes its schema, and the
 * block grammar accepted the whole sequence of lines (no fallback).
 */
function holds(text: string): boolean {
  const { tree, warnings } = parseWithWarnings(text);
  const problem = treeProblem(tree, text);
  if (problem) throw new Error(`${problem} for ${JSON.stringify(text.slice(0, 200))}`);
  if (warnings.some((w) => w.ruleId === 'grammar-fallback')) throw new Error(`block grammar fell back for ${JSON.stringify(text.slice(0, 300))}`);
  ExhibitSummarySchema.parse(summarize(tree));
  return stringify(tree) === text;
}

/** Pieces of EDGAR-like text: words, punctuation, layout, markers, odd characters. */
const piece = fc.oneof(
  fc.constantFrom(
    ' ', '  ', '     ', '\t', '\n', '\r\n', '\r', '\f', '\n\n', '\u0000', '\uFEFF', '\uD800', '\uDFFF', '\u00A0',
    '<PAGE>', '<PAGE> 2', '###', '- More -', '-0-', '(NASDAQ: ABCD)', '(NYSE: A; TSX: A)', '/PRNewswire/', '--', '...',
    'Exhibit 99.1', 'PRESS RELEASE', 'Contact:', 'Tel: (212) 555-0100', 'jane@example.com', 'www.example.com',
    'NEW YORK, N.Y., March 3, 2005 --', 'including', '(i)', '(ii)', ';', ',', ':', '$1,234', '2004', 'Safe Harbor',
    'forward-looking statements', 'risks and uncertainties', '•', 'o ', '1.', '(a)', '-----', '=====', 'BUSINESS EDITORS',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const edgarish = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(''));

/** Whole lines an exhibit is made of, to explore the block grammar's sequences. */
const lineOf = fc.oneof(
  fc.constantFrom(
    '', '   ', '<PAGE>', '<PAGE> 3', '\f', '                2', '- 2 -', 'Page 2 of 5', '###', '  - more -', '-0-   10/26/2006', '-----------',
    'Exhibit 99.1', '          PRESS RELEASE', 'CONTACT:', 'Media Contact:  Jane Roe', '   (212) 555-0100', 'jane@example.com',
    '(BW) (NY-ACME) (NYSE:ACM) ACME WINS', 'BUSINESS EDITORS', '   ACME CORPORATION REPORTS RESULTS', 'o   the loss of customers;',
    '1. first item', '(a) an item', 'Revenues                 $ 1,234      $ 1,100', '                 2003        2002', '<TABLE>', '<S>   <C>',
    'DALLAS, Texas, March 3, 2005 -- Acme Corp. today said', 'running text continues here with more words and a period.',
    '     Indented first line of a new paragraph.', 'SOURCE  Acme Corp.', '    /CONTACT:  Jane Roe, +1-212-555-0100/', 'Forward-Looking Statements',
    'statements involve risks and uncertainties, including (i) one, (ii) two, and (iii) three.',
  ),
  fc.string({ maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, ' ')),
);
const lined = fc.tuple(fc.array(lineOf, { maxLength: 80 }), fc.constantFrom('\n', '\r\n', '\r')).map(([lines, eol]) => lines.join(eol));

function fixtureTexts(): string[] {
  const root = new URL('../fixtures/', import.meta.url).pathname;
  const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
  return walk(root)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => decode(readFileSync(f)).text);
}

describe('totality and round trip', () => {
  it('holds for arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), holds), runs(300));
  });

  it('holds for arbitrary UTF-16 (lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), holds), runs(200));
  });

  it('holds for EDGAR-like text', () => {
    fc.assert(fc.property(edgarish, holds), runs(300));
  });

  it('holds for sequences of exhibit-like lines', () => {
    fc.assert(fc.property(lined, holds), runs(400));
  });

  it('holds for the listed hard cases', () => {
    const cases = ['<PAGE>\n\n  2\n\nFor the full year, net income rose.\n', '', '\u0000', '\uFEFF', '\uFEFFExhibit 99.1', '\r', '\r\r\n\n', '\uD800', ' '.repeat(5000), '.'.repeat(5000), 'a.'.repeat(3000), '-'.repeat(4000), '('.repeat(2000), 'x@'.repeat(2000), '\f'.repeat(50)];
    for (const c of cases) expect(holds(c)).toBe(true);
  });

  const fixtures = fixtureTexts();
  it('holds for mutated fixtures', () => {
    const mutation = fc.record({
      index: fc.nat({ max: fixtures.length - 1 }),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      cut: fc.nat({ max: 400 }),
      insert: edgarish,
    });
    fc.assert(
      fc.property(mutation, ({ index, at, cut, insert }) => {
        const base = fixtures[index] ?? '';
        const pos = Math.floor(at * base.length);
        return holds(base.slice(0, pos) + insert + base.slice(pos + cut));
      }),
      runs(150),
    );
  });

  it('holds for fixtures with their line endings changed', () => {
    fc.assert(
      fc.property(fc.nat({ max: fixtures.length - 1 }), fc.constantFrom('\r\n', '\r', '\n\f'), (index, eol) => holds((fixtures[index] ?? '').replace(/\r?\n/g, eol))),
      runs(60),
    );
  });
});

describe('bytes', () => {
  it('rebuilds any bytes exactly', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const back = stringifyBytes(parse(bytes));
        return back.length === bytes.length && back.every((b, i) => b === bytes[i]);
      }),
      runs(300),
    );
  });

  it('decode and encode are inverse for either encoding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const d = decode(bytes);
        const e = encode(d.text, d.encoding);
        return e.length === bytes.length && e.every((b, i) => b === bytes[i]);
      }),
      runs(300),
    );
  });
});
