/**
 * Bytes through parseSubmission: Windows-1252 quotes and dashes, every byte 0x80–0x9F,
 * invalid UTF-8, a UTF-8 byte-order mark — and, as properties (fast-check, seeded),
 * arbitrary bytes and submission-like byte soup, all rebuilt exactly by stringifyBytes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, parseSubmission, stringify, stringifyBytes, submissionExhibits, submissionHeader, summarize } from '../src/index.js';
import { submissionProblem } from './helpers/invariants.js';

const SEED = 20261124;
const latin = (s: string): Buffer => Buffer.from(s, 'latin1');
const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));

/** A submission around `body` (bytes), with a header filed 2004-10-14 naming `company`. */
function submission(body: Buffer, company = latin('ACME CO')): Buffer {
  return Buffer.concat([
    latin('<SEC-DOCUMENT>x.txt : 20041014\n<SEC-HEADER>x.hdr.sgml : 20041014\nACCESSION NUMBER:\t0000000000-04-000001\nFILED AS OF DATE:\t20041014\n'),
    latin('FILER:\n\n\tCOMPANY DATA:\t\n\t\tCOMPANY CONFORMED NAME:\t'),
    company,
    latin('\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<TEXT>\n'),
    body,
    latin('</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n'),
  ]);
}

const release = (quote: string): Buffer =>
  Buffer.concat([
    latin('ACME WINS\n\nDALLAS, Texas, Oct. 13 /PRNewswire/ -- Acme said '),
    latin(quote),
    latin(' today.\n'),
  ]);

function roundTrip(bytes: Uint8Array): ReturnType<typeof parseSubmission> {
  const tree = parseSubmission(bytes);
  expect(same(stringifyBytes(tree), bytes)).toBe(true);
  expect(submissionProblem(tree, decode(bytes).text)).toBeNull();
  return tree;
}

describe('parseSubmission on bytes', () => {
  it('reads Windows-1252 quotes and dashes (0x91–0x97) and writes them back', () => {
    const bytes = submission(release('\x91sharp\x92 \x93quoted\x94 \x95 \x96 \x97'));
    const tree = roundTrip(bytes);
    expect(tree.data?.['encoding']).toBe('windows-1252');
    const [only] = submissionExhibits(tree);
    expect(stringify(only!.exhibit)).toContain('\u2018sharp\u2019 \u201Cquoted\u201D \u2022 \u2013 \u2014');
    expect(summarize(only!.exhibit).dateline).toMatchObject({ date: '2004-10-13', yearInferred: true });
  });

  it('rebuilds every byte 0x80–0x9F, the five unassigned ones included', () => {
    const high = Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i));
    const tree = roundTrip(submission(Buffer.concat([release('x'), high, latin('\n')])));
    expect(stringify(tree)).toContain('\u20AC\u0081\u201A\u0192');
    expect(stringify(tree)).toContain('\u017E\u0178');
  });

  it('falls back to Windows-1252 for invalid UTF-8 and still rebuilds it', () => {
    const bytes = submission(Buffer.concat([release('caf\xc3\xa9'), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xe2, 0x82]), latin('\n')]));
    const tree = roundTrip(bytes);
    expect(tree.data?.['encoding']).toBe('windows-1252');
  });

  it('keeps a UTF-8 byte-order mark as layout and reads UTF-8 text', () => {
    const body = Buffer.from('ACME WINS\n\nDALLAS, Texas, Oct. 13 /PRNewswire/ -- Acme\u2019s caf\u00e9 said.\n', 'utf8');
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), submission(body, Buffer.from('CAF\u00c9 CO', 'utf8'))]);
    const tree = roundTrip(bytes);
    expect(tree.data?.['encoding']).toBe('utf-8');
    expect(tree.children[0]).toMatchObject({ type: 'whitespace', value: '\uFEFF' });
    expect(submissionHeader(tree)?.filers[0]?.companyName).toBe('CAF\u00c9 CO');
    expect(stringify(submissionExhibits(tree)[0]!.exhibit)).toContain('Acme\u2019s caf\u00e9');
  });

  it('reads the same bytes in Windows-1252 when one byte elsewhere is not UTF-8', () => {
    const body = Buffer.from('ACME WINS\n\nDALLAS -- caf\u00e9.\n', 'utf8');
    const tree = roundTrip(submission(Buffer.concat([body, Buffer.from([0x96, 0x0a])])));
    expect(tree.data?.['encoding']).toBe('windows-1252');
    // UTF-8 "é" read byte by byte: two Windows-1252 characters, written back as the same two bytes.
    expect(stringify(tree)).toContain('caf\u00c3\u00a9');
  });
});

/** Pieces of submissions, as bytes: structure, header lines, text, and stray high bytes. */
const piece = fc.oneof(
  fc.constantFrom(
    '<SEC-DOCUMENT>', '</SEC-DOCUMENT>', '<SEC-HEADER>', '</SEC-HEADER>', '<SUBMISSION>', '<DOCUMENT>', '</DOCUMENT>', '<TEXT>', '</TEXT>',
    '<TYPE>EX-99.1', '<TYPE>GRAPHIC', '<SEQUENCE>2', '<FILENAME>a.txt', 'begin 644 a.gif\n', 'M86)C\n', 'FILER:\n', '\tCOMPANY DATA:\t\n',
    '\t\tCENTRAL INDEX KEY:\t\t0000000042\n', 'FILED AS OF DATE:\t20050304\n', '</COMPANY-DATA>', '<CIK>42', '\n', '\r\n', '\r', '\t', ' ',
    'DALLAS, March 3 /PRNewswire/ -- ', 'ACME WINS\n\n', '###\n', '<PAGE>\n', '<', '>', '/',
  ).map(latin),
  fc.uint8Array({ maxLength: 8 }).map((b) => Buffer.from(b)),
  fc.uint8Array({ minLength: 1, maxLength: 4 }).map((b) => Buffer.from(b.map((x) => 0x80 | x))),
);
const soup = fc.array(piece, { maxLength: 60 }).map((parts) => Buffer.concat(parts));

describe('parseSubmission on any bytes (properties)', () => {
  const rebuilds = (bytes: Uint8Array): boolean => {
    const tree = parseSubmission(bytes);
    const problem = submissionProblem(tree, decode(bytes).text);
    if (problem) throw new Error(`${problem} for ${JSON.stringify(Buffer.from(bytes).toString('latin1').slice(0, 200))}`);
    return same(stringifyBytes(tree), bytes);
  };

  it('rebuilds arbitrary bytes exactly', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), rebuilds), { seed: SEED, numRuns: 200 });
  });

  it('rebuilds submission-like byte soup exactly, with a sound tree', () => {
    fc.assert(fc.property(soup, rebuilds), { seed: SEED, numRuns: 300 });
  });

  it('never throws on strings, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const tree = parseSubmission(text);
        return submissionProblem(tree, text) === null;
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
