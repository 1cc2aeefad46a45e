/** `read`: one entry for any input — exhibit text, HTML, an SGML block, a whole submission; string or bytes. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  decode,
  encode,
  parse,
  parseSubmission,
  parseWithWarnings,
  read,
  ReadError,
  ReadResultSchema,
  stringify,
  stringifyBytes,
  submissionExhibits,
  summarize,
  type ReadResult,
} from '../src/index.js';

const fixture = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)));
const seed = fixture('seed/american-locker-2004.txt');
const html = fixture('html/workiva-divs.html');
const htmlText = new TextDecoder().decode(html);
const latin = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

const header = [
  '<SEC-DOCUMENT>0000000000-13-000001.txt : 20130123',
  '<SEC-HEADER>0000000000-13-000001.hdr.sgml : 20130123',
  'ACCESSION NUMBER:\t\t0000000000-13-000001',
  'CONFORMED SUBMISSION TYPE:\t8-K',
  'CONFORMED PERIOD OF REPORT:\t20130123',
  'FILED AS OF DATE:\t\t20130123',
  '',
  'FILER:',
  '',
  '\tCOMPANY DATA:\t',
  '\t\tCOMPANY CONFORMED NAME:\t\t\tACME CO',
  '\t\tCENTRAL INDEX KEY:\t\t\t0000000001',
  '</SEC-HEADER>',
  '',
].join('\n');
const document = (type: string, sequence: number, filename: string, body: string): string =>
  `<DOCUMENT>\n<TYPE>${type}\n<SEQUENCE>${sequence}\n<FILENAME>${filename}\n<DESCRIPTION>PRESS RELEASE\n<TEXT>\n${body}</TEXT>\n</DOCUMENT>\n`;
const seedText = new TextDecoder('latin1').decode(seed);
const submission =
  header +
  document('8-K', 1, 'form8k.txt', 'FORM 8-K\n') +
  document('EX-99.1', 2, 'ex991.txt', seedText) +
  document('EX-99.2', 3, 'ex992.htm', htmlText) +
  '</SEC-DOCUMENT>\n';

const valid = (r: ReadResult): ReadResult => ReadResultSchema.parse(r);

describe('read', () => {
  it('reads exhibit text (string or bytes) like parse, with its summary and no context', () => {
    const fromBytes = valid(read(seed));
    expect(fromBytes).toMatchObject({ kind: 'exhibit', encoding: 'utf-8' });
    const [only] = fromBytes.exhibits;
    expect(only?.format).toBe('text');
    expect(only?.summary).toEqual(summarize(parse(seed)));
    expect(only?.context).toMatchObject({ documentType: null, accession: null, filers: [] });
    expect(stringifyBytes(only!.tree)).toEqual(seed);
    expect(read(seedText).exhibits[0]?.summary).toEqual(only?.summary);
  });

  it('renders an HTML exhibit before parsing it', () => {
    const result = valid(read(html));
    expect(result.kind).toBe('html');
    const want = JSON.parse(readFileSync(new URL('../fixtures/html/workiva-divs.summary.json', import.meta.url), 'utf8')) as { headline: string };
    expect(result.exhibits[0]?.format).toBe('html');
    expect(result.exhibits[0]?.summary.headline).toBe(want.headline);
  });

  it('reads every EX-99 of a submission, HTML ones included, with their filing context', () => {
    const result = valid(read(submission));
    expect(result.kind).toBe('submission');
    expect(result.exhibits.map((x) => [x.context.documentType, x.context.sequence, x.format])).toEqual([
      ['EX-99.1', 2, 'text'],
      ['EX-99.2', 3, 'html'],
    ]);
    expect(result.exhibits[0]?.context).toEqual({
      documentType: 'EX-99.1',
      sequence: 2,
      filename: 'ex991.txt',
      description: 'PRESS RELEASE',
      accession: '0000000000-13-000001',
      formType: '8-K',
      filingDate: '2013-01-23',
      period: '2013-01-23',
      filers: [{ cik: '0000000001', name: 'ACME CO' }],
    });
    expect(result.exhibits[0]?.summary.headline).toBe(summarize(parse(seed)).headline);
    expect(result.exhibits[1]?.summary).toEqual(read(html).exhibits[0]?.summary);
  });

  it('reads a lone <DOCUMENT> block as sgml, and takes a filing date for yearless datelines', () => {
    const block = document('EX-99.1', 1, 'ex.txt', 'ACME WINS\n\nDALLAS, Texas, March 3 /PRNewswire/ -- Acme Widgets Inc. said today it won.\n');
    expect(read(block).kind).toBe('sgml');
    expect(read(block).exhibits[0]?.summary.dateline?.date).toBe('--03-03');
    expect(read(block, { filingDate: '2005-03-04' }).exhibits[0]?.summary.dateline?.date).toBe('2005-03-03');
  });

  it('decodes UTF-16 with a BOM, both byte orders, and gives the exact bytes back', () => {
    for (const [order, bom] of [
      ['utf-16le', [0xff, 0xfe]],
      ['utf-16be', [0xfe, 0xff]],
    ] as const) {
      const bytes = new Uint8Array([...bom, ...encode(seedText, order)]);
      const result = read(bytes);
      expect(result.encoding).toBe(order);
      expect(encode(result.text, result.encoding)).toEqual(bytes);
      expect(stringifyBytes(result.exhibits[0]!.tree)).toEqual(bytes);
      expect(result.exhibits[0]?.summary).toEqual(read(seed).exhibits[0]?.summary);
    }
  });

  it('falls back to Windows-1252, byte-exact, for a UTF-16 BOM over bytes that are not UTF-16', () => {
    const odd = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]);
    const lone = new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]);
    for (const bytes of [odd, lone]) {
      const decoded = decode(bytes);
      expect(decoded.encoding).toBe('windows-1252');
      expect(encode(decoded.text, decoded.encoding)).toEqual(bytes);
      // Read as Windows-1252, the NULs of UTF-16 make it no text.
      expect(() => read(bytes)).toThrow(ReadError);
    }
  });

  it('throws a ReadError naming why for input with no text', () => {
    const cases: [Uint8Array | string, string][] = [
      [new Uint8Array(), 'empty'],
      [' \n\r\n\f\t', 'empty'],
      [latin('\x00\x01\x02binary'), 'binary'],
      [encode('Exhibit 99.1', 'utf-16le'), 'binary'],
      [latin('\x01\x02\x03\x04\x05\x06\x07\x08abc'), 'binary'],
    ];
    for (const [input, code] of cases) {
      expect(() => read(input)).toThrow(ReadError);
      try {
        read(input);
      } catch (e) {
        expect((e as ReadError).code).toBe(code);
      }
    }
  });

  it('gives no exhibits for a submission without an EX-99', () => {
    expect(read(header + document('8-K', 1, 'f.txt', 'FORM 8-K\n')).exhibits).toEqual([]);
  });
});

describe('parse on HTML', () => {
  it('keeps the round trip but warns looks-like-html, naming read', () => {
    const { tree, warnings } = parseWithWarnings(htmlText);
    expect(stringify(tree)).toBe(htmlText);
    const warning = warnings.find((w) => w.ruleId === 'looks-like-html');
    expect(warning?.reason).toMatch(/read\(input\)/);
    expect(parseWithWarnings(seedText).warnings.some((w) => w.ruleId === 'looks-like-html')).toBe(false);
  });
});

describe('submissionExhibits', () => {
  it('includes HTML EX-99 documents, rendered as text', () => {
    const found = submissionExhibits(parseSubmission(submission));
    expect(found.map((x) => [x.document.documentType, x.format])).toEqual([
      ['EX-99.1', 'text'],
      ['EX-99.2', 'html'],
    ]);
  });
});

const apple = new URL('../../shared/corpus/raw/submission/apple-20130123-0001193125-13-020783.txt', import.meta.url);
describe.skipIf(!existsSync(apple))('read on a real submission (../shared corpus)', () => {
  it('finds the two HTML EX-99s of a 2013 Apple 8-K', () => {
    const result = read(new Uint8Array(readFileSync(apple)));
    expect(result.exhibits.map((x) => [x.context.documentType, x.format])).toEqual([
      ['EX-99.1', 'html'],
      ['EX-99.2', 'html'],
    ]);
    expect(result.exhibits[0]?.summary.headline).toBe('Apple Reports Record Results');
  });
});
