/**
 * The fuzzer's generators, one fast-check arbitrary per category. Sampled with a seed
 * (`fc.sample`), so a run is repeatable from its seed alone.
 *
 * Sizes: small adversarial inputs dominate, as in any fuzzer that means to try many —
 * the checks cost about as much per character as three parses, so one 100 KB input costs
 * as much as a few hundred small ones. Every category keeps a share of large inputs
 * (LARGE_SHARE: whole real exhibits, thousands of repeats, deep nesting, wide spans), and
 * the fixture and submission categories a share of whole real exhibits beside windows
 * of them (see `exhibitText`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { decode } from '../../src/index.js';
import type { Category, FuzzInput } from './inputs.js';
import { applyPlan, mutationPlan } from './mutations.js';
import { linesOf } from './shrink.js';

const fixtureRoot = new URL('../../fixtures/', import.meta.url).pathname;
const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
const files = walk(fixtureRoot).sort();
/** The golden exhibits (plain text) and HTML exhibits, the seeds of the mutations. */
const exhibits = files.filter((f) => f.endsWith('.txt')).map((f) => decode(new Uint8Array(readFileSync(f))).text);
const htmlPages = files.filter((f) => f.endsWith('.html')).map((f) => readFileSync(f, 'utf8'));

/** One input in this many is large (a whole real exhibit, thousands of repeats, deep nesting). */
const LARGE_SHARE = 25;

/** `small` mostly, `large` one time in LARGE_SHARE. */
const mostlySmall = <T>(small: fc.Arbitrary<T>, large: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.oneof({ weight: LARGE_SHARE - 1, arbitrary: small }, { weight: 1, arbitrary: large });

const exhibitLines = exhibits.map(linesOf);

/** Most lines in a window of a real exhibit: a headline and a dateline paragraph, a contact block, a table. */
const WINDOW_LINES = 12;

/**
 * A real exhibit's text: a window of one to WINDOW_LINES whole lines of it mostly (the
 * front matter, a table, a contact block, a safe harbor — every construct stays whole
 * in some window), the whole exhibit one time in eight.
 */
const exhibitText = fc.oneof(
  {
    weight: 7,
    arbitrary: fc.tuple(fc.nat({ max: Math.max(0, exhibits.length - 1) }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.integer({ min: 1, max: WINDOW_LINES })).map(([i, at, n]) => {
      const ls = exhibitLines[i] ?? [];
      const from = Math.floor(at * ls.length);
      return ls.slice(from, from + n).join('');
    }),
  },
  { weight: 1, arbitrary: fc.nat({ max: Math.max(0, exhibits.length - 1) }).map((i) => exhibits[i] ?? '') },
);

/** Characters that break naive text handling. */
const ODD = ['\u0000', '\uD800', '\uDC00', '\uDBFF\uDFFF', '\uFEFF', '\u2028', '\u2029', '\u200F', '\u202E', '\u200E', '\u00A0', '\u0085', '\r', '\n', '\f', '\t', '\v', '\u000B', '\u001A', '\uFFFD', 'é', '—', '’'];
const oddChar = fc.constantFrom(...ODD);

/** Pieces exhibits are built of, for strings shaped like EDGAR text. */
const PIECES = [
  ' ', '  ', '     ', '\n', '\r\n', '\n\n', '<PAGE>', '<PAGE> 2', '###', '-0-', '-30-', '- More -', '(NASDAQ: ABCD)', '(NYSE: A; TSX: A)',
  '/PRNewswire/', '/PRNewswire-FirstCall/', '--', '...', 'Exhibit 99.1', 'PRESS RELEASE', 'FOR IMMEDIATE RELEASE', 'Contact:', 'CONTACT:',
  'Tel: (212) 555-0100', 'Fax: 212-555-0101', 'jane@example.com', 'www.example.com', 'NEW YORK, N.Y., March 3, 2005 --', 'DALLAS--(BUSINESS WIRE)--Oct. 13, 2004--',
  'including', '(i)', '(ii)', '(a)', '1.', ';', ',', ':', '$1,234', '2004', '2003', 'Safe Harbor', 'forward-looking statements', 'risks and uncertainties',
  '•', 'o ', '-----', '=====', 'BUSINESS EDITORS', 'Jane Roe', 'JOHN SMITH', 'Acme Corp.', 'SOURCE Acme Corp.', '/CONTACT: Jane Roe/', 'About Acme',
  'Revenues        $ 1,234      $ 1,100', '(', ')', '[', ']', 'Media Contact:', 'Investor Relations:', 'Release No. 2004-05', '(BW)',
];
const piece = fc.oneof(fc.constantFrom(...PIECES), oddChar, fc.string({ maxLength: 10 }));

/** Grammar-aware garbage: one construct repeated hundreds or thousands of times in a context. */
const REPEATS = [
  '(i) ', '(iv) ', '(a) ', '1. ', 'Contact: ', 'CONTACT: Jane Roe (212) 555-0100\n', '(NYSE: A) ', '(NASDAQ: ABCD; TSX: ABC) ', '(', ')', '((', '--', '-- ',
  '/PRNewswire/ ', '-0-\n', '###\n', ' ', '.', '. ', 'Sales rose.\n', '     JOHN SMITH (212) 555-0100', 'Jane Roe  jane@acme.com\n', 'x@', '@', 'a.',
  '<PAGE>\n', '\f', '\t', '\r', 'o ', '• ', '; ', ', and ', 'including ', 'Exhibit 99.1\n', 'BUSINESS EDITOR\n', '-', '=', '_', '$', '1,234 ', '2004    ',
  'Jane Roe\n', 'jane@acme.com\n', '(212) 555-0100 ', 'Phone: ', 'Fax: ', 'www.acme.com ', 'A ', 'AB ', 'MARCH 3, 2005 ', 'NEW YORK, N.Y. ',
];
const CONTEXTS = [
  '',
  'Forward-looking statements involve risks and uncertainties. Results could differ due to several factors, including (a) the economy, (b) ',
  'CONTACT:',
  'Contact:\n',
  'NEW YORK, N.Y., March 3, 2005 /PRNewswire/ -- Acme Corp. (NYSE: ACM) ',
  'Exhibit 99.1\n\n                 PRESS RELEASE\n\n',
  'Safe Harbor Statement\n\nThis release contains forward-looking statements, including ',
  'SOURCE Acme Corp.\n    /CONTACT: ',
  '                 2004        2003\n',
];
/** How many times a construct repeats: a few dozen mostly, up to 3,000 in the large share. */
const repeats = mostlySmall(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 3000 }));
const garbage = fc
  .tuple(fc.constantFrom(...CONTEXTS), fc.array(fc.tuple(fc.constantFrom(...REPEATS), repeats), { minLength: 1, maxLength: 3 }), fc.constantFrom('', '\n', ' and other risks.\n'))
  .map(([context, runs, tail]) => context + runs.map(([p, n]) => p.repeat(n)).join('') + tail);

/** Lines and markup HTML exhibits are made of. */
const htmlPiece = fc.oneof(
  fc.constantFrom('<p>', '</p>', '<br>', '<div>', '</div>', '<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<pre>', '</pre>', '<b>', '</b>', '<font size="2">', '</font>',
    '&nbsp;', '&amp;', '&#151;', '&#x2014;', '&bogus;', '<!-- x -->', '<script>x</script>', '<style>p{}</style>', '<ul><li>', '</li></ul>', '<center>', '<html><body>', '</body></html>',
    'Acme Corp. today reported', 'NEW YORK, March 3, 2005 /PRNewswire/ --', '(NYSE: ACM)', 'Contact: Jane Roe (212) 555-0100', '<td colspan="1000">', '<td rowspan="99">', '<', '>', '&'),
  piece,
);
const nestedTables = mostlySmall(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 400 })).map((n) => `${'<table><tr><td>'.repeat(n)}cell${'</td></tr></table>'.repeat(n)}`);
const wideRows = mostlySmall(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 6 })), fc.tuple(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 60 }))).map(([span, rows]) => `<table>${`<tr><td colspan=${span}>1,234</td><td>5</td></tr>`.repeat(rows)}</table>`);
/** HTML: markup garbage mostly; a real page with edits, nested tables and wide rows each one time in six. */
const html = fc.oneof(
  { weight: 3, arbitrary: fc.array(htmlPiece, { maxLength: 200 }).map((ps) => ps.join('')) },
  fc.tuple(fc.nat({ max: Math.max(0, htmlPages.length - 1) }), fc.array(fc.tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.nat({ max: 500 }), fc.array(htmlPiece, { maxLength: 8 })), { minLength: 1, maxLength: 4 })).map(([i, edits]) =>
    edits.reduce((page, [f, cut, ins]) => {
      const p = Math.floor(f * page.length);
      return page.slice(0, p) + ins.join('') + page.slice(p + cut);
    }, htmlPages[i] ?? ''),
  ),
  nestedTables,
  wideRows,
);

/** A uuencoded payload, the way EDGAR carries images. */
const uuencoded = fc.tuple(fc.constantFrom('a.gif', 'logo.jpg', 'x.pdf'), fc.integer({ min: 0, max: 40 })).map(([name, n]) => `begin 644 ${name}\n${'M86)C9&5F9VAI:FML;6YO<\'%R<W1U=G=X>7I!0D-$149'.repeat(1)}\n`.repeat(n) + '`\nend\n');

const documentBody = fc.oneof(
  exhibitText,
  uuencoded,
  fc.nat({ max: Math.max(0, htmlPages.length - 1) }).map((i) => htmlPages[i] ?? ''),
  fc.array(piece, { maxLength: 40 }).map((ps) => ps.join('')),
);
const documentType = fc.constantFrom('EX-99.1', 'EX-99', 'EX-99.2', '8-K', 'GRAPHIC', 'EX-99.1 ', 'ex-99.1', '');
const submissionDoc = fc.tuple(documentType, fc.integer({ min: 0, max: 12 }), fc.constantFrom('d1.txt', 'd1.htm', 'logo.gif', ''), documentBody, fc.constantFrom('\n', '\r\n')).map(
  ([type, seq, file, body, eol]) => [`<DOCUMENT>`, `<TYPE>${type}`, `<SEQUENCE>${seq}`, file ? `<FILENAME>${file}` : '', `<TEXT>`].filter(Boolean).join(eol) + eol + body + `</TEXT>${eol}</DOCUMENT>${eol}`,
);
const HEADER = '<SEC-DOCUMENT>0000000000-05-000001.txt : 20050104\n<SEC-HEADER>0000000000-05-000001.hdr.sgml : 20050104\nACCESSION NUMBER:\t\t0000000000-05-000001\nCONFORMED SUBMISSION TYPE:\t8-K\nFILED AS OF DATE:\t\t20050104\n</SEC-HEADER>\n';
const submission = fc
  .tuple(fc.constantFrom(HEADER, '', HEADER.replace(/\n/g, '\r\n')), mostlySmall(fc.array(submissionDoc, { minLength: 0, maxLength: 2 }), fc.array(submissionDoc, { minLength: 0, maxLength: 5 })), fc.constantFrom('</SEC-DOCUMENT>\n', ''), fc.option(fc.tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.nat({ max: 200 }), fc.array(piece, { maxLength: 6 }))), fc.integer({ min: 1, max: 70_000 }))
  .map(([header, docs, tail, edit, chunk]): FuzzInput => {
    let text = header + docs.join('') + tail;
    if (edit) {
      const [f, cut, ins] = edit;
      const p = Math.floor(f * text.length);
      text = text.slice(0, p) + ins.join('') + text.slice(p + cut);
    }
    return { kind: 'submission', bytes: new Uint8Array(Buffer.from(text, 'utf8')), chunk };
  });

const text = (a: fc.Arbitrary<string>): fc.Arbitrary<FuzzInput> => a.map((t): FuzzInput => ({ kind: 'text', text: t }));

/** One arbitrary per category. */
export const GENERATORS: Record<Category, fc.Arbitrary<FuzzInput>> = {
  string: text(fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 1000 }), fc.string({ unit: 'grapheme', maxLength: 500 }))),
  bytes: fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.array(fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.constantFrom(0x0a, 0x0d, 0x00, 0x80, 0x93, 0x94, 0x96, 0x97, 0xa0, 0xc3, 0xe2, 0xef, 0xbb, 0xbf)), { maxLength: 3000 }).map((a) => new Uint8Array(a))).map((bytes): FuzzInput => ({ kind: 'bytes', bytes })),
  unicode: text(fc.array(fc.oneof(oddChar, piece), { maxLength: 400 }).map((ps) => ps.join(''))),
  fixture: fc.oneof(
    fc.tuple(exhibitText, mutationPlan).map(([t, plan]): FuzzInput => ({ kind: 'text', text: applyPlan(t, plan) })),
    fc.tuple(exhibitText, mutationPlan).map(([t, plan]): FuzzInput => ({ kind: 'bytes', bytes: new Uint8Array(Buffer.from(applyPlan(t, plan), 'latin1')) })),
  ),
  grammar: text(fc.oneof(garbage, fc.array(piece, { maxLength: 300 }).map((ps) => ps.join('')))),
  html: html.map((h): FuzzInput => ({ kind: 'html', html: h })),
  submission,
};

/** `count` inputs of `category`, the same for the same seed. */
export function sampleInputs(category: Category, seed: number, count: number): FuzzInput[] {
  return fc.sample(GENERATORS[category], { seed, numRuns: count });
}
