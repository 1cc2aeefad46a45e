/** `bodyText`: the body as clean paragraphs for NLP, each mapped back to its source. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyText, parse, sourceOffset, type BodyBlock, type BodyText } from '../src/index.js';

const seed = readFileSync(new URL('../fixtures/seed/american-locker-2004.txt', import.meta.url), 'latin1');
const all = (b: BodyText): BodyBlock[] => [...(b.headline ? [b.headline] : []), ...b.subheadlines, ...(b.dateline ? [b.dateline] : []), ...b.paragraphs, ...b.safeHarbor];

/** No layout left, and every block maps back: segments are verbatim, start/end bound them. */
function expectClean(b: BodyText, source: string): void {
  for (const block of all(b)) {
    expect(block.text).not.toMatch(/\s{2}|[\n\r\f\t]|<PAGE>|^\s|\s$/);
    expect(block.text).not.toMatch(/- ?more ?-/i);
    const copied = new Array<boolean>(block.text.length).fill(false);
    for (const s of block.segments) {
      expect(block.text.slice(s.at, s.at + s.length)).toBe(source.slice(s.offset, s.offset + s.length));
      copied.fill(true, s.at, s.at + s.length);
    }
    // Everything not copied from the source is a single joining space.
    const added = [...block.text].filter((c, i) => !copied[i]);
    expect(added.every((c) => c === ' ')).toBe(true);
    expect(added.length).toBeLessThan(block.segments.length);
    expect(block.start).toBe(block.segments[0]?.offset);
    const last = block.segments[block.segments.length - 1];
    expect(block.end).toBe(last ? last.offset + last.length : 0);
  }
}

describe('bodyText', () => {
  const body = bodyText(parse(seed));

  it('gives headline, dateline, body and safe harbor apart, with no layout left', () => {
    expect(body.headline?.text).toBe('AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION');
    expect(body.dateline?.text).toBe('JAMESTOWN, NY-(BUSINESS WIRE) October 13, 2004');
    expect(body.paragraphs.map((p) => p.kind)).toEqual(['paragraph', 'paragraph']);
    expect(body.paragraphs[0]?.text).toMatch(/^American Locker Group Incorporated announced that its current contracts with the United States Postal Service/);
    expect(body.paragraphs[1]?.text).toMatch(/^On October 8, 2004 the Company and the USPS agreed/);
    expect(body.safeHarbor.map((p) => p.kind)).toEqual(['heading', 'paragraph']);
    expect(body.safeHarbor[1]?.text).toMatch(/^Except for historical information/);
    expectClean(body, seed);
  });

  it('maps a span of the text back to the source', () => {
    const p = body.paragraphs[1] as BodyBlock;
    const at = p.text.indexOf('polycarbonate');
    expect(seed.slice(sourceOffset(p, at), sourceOffset(p, at) + 'polycarbonate'.length)).toBe('polycarbonate');
  });

  it('makes a paragraph cut by a page break whole, and drops running heads and page numbers', () => {
    const lines = seed.split('\n');
    const cut = lines.findIndex((l, i) => i > 18 && /^\s+[a-z]/.test(lines[i + 1] ?? '') && l.trim() !== '');
    expect(cut).toBeGreaterThan(0);
    const pageBreak = (n: number): string[] => ['', `                                   - ${n} -`, '<PAGE>', '', 'American Locker Group - October 13, 2004', ''];
    const second = lines.findIndex((l) => l.includes('On  October  8'));
    const paged = [...lines.slice(0, second - 1), ...pageBreak(1), ...lines.slice(second - 1, cut + 1), ...pageBreak(2), ...lines.slice(cut + 1)].join('\n');
    const again = bodyText(parse(paged));
    expect(again.paragraphs.map((p) => p.text)).toEqual(body.paragraphs.map((p) => p.text));
    expectClean(again, paged);
  });

  it('joins a word split at a line-end hyphen where the document writes it whole, else keeps the hyphen', () => {
    const text = [
      'ACME WINS CONTRACT',
      '',
      'DALLAS, Texas, March 3, 2005 /PRNewswire/ -- Acme Widgets Inc. said its manu-',
      'facturing plant and its long-',
      'term plans are on track.',
      '',
      'Manufacturing began in 1990.',
      '',
    ].join('\n');
    const b = bodyText(parse(text));
    expect(b.paragraphs[0]?.text).toBe('Acme Widgets Inc. said its manufacturing plant and its long-term plans are on track.');
    expectClean(b, text);
  });

  it('marks list items and headings, and leaves tables out', () => {
    const text = [
      'ACME WINS CONTRACT',
      '',
      'DALLAS, Texas, March 3, 2005 /PRNewswire/ -- Acme Widgets Inc. said today:',
      '',
      '   *  Revenue rose 12% to a record.',
      '   *  Margins widened for the third quarter.',
      '',
      'About Acme',
      '',
      'Acme makes widgets.',
      '',
      '                         2005         2004',
      'Revenue              $ 1,234      $ 1,100',
      'Net income           $   123      $   100',
      '',
    ].join('\n');
    const b = bodyText(parse(text));
    expect(b.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['paragraph', 'Acme Widgets Inc. said today:'],
      ['listItem', 'Revenue rose 12% to a record.'],
      ['listItem', 'Margins widened for the third quarter.'],
      ['heading', 'About Acme'],
      ['paragraph', 'Acme makes widgets.'],
    ]);
    expect(b.paragraphs[1]?.marker).toBe('*');
    expectClean(b, text);
  });
});

const dev = new URL('../../shared/corpus/dev/asta-funding-20040211-ex-99-1.txt', import.meta.url);
describe.skipIf(!existsSync(dev))('bodyText on a dev exhibit, page-broken and double-spaced (../shared corpus)', () => {
  it('leaves no layout, and reads the same paragraphs when every line is double-spaced', () => {
    const source = readFileSync(dev, 'latin1');
    const single = bodyText(parse(source));
    expectClean(single, source);
    expect(single.paragraphs.length).toBeGreaterThan(5);
    const doubled = source.split('\n').join('\n\n');
    const double = bodyText(parse(doubled));
    expectClean(double, doubled);
    const texts = new Set([...double.paragraphs, ...double.safeHarbor].map((p) => p.text));
    for (const p of single.paragraphs) expect(texts.has(p.text), p.text.slice(0, 60)).toBe(true);
  });
});
