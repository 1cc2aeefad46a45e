/**
 * What format must avoid, asked of each construct: every construct's `> |` example is a
 * hazard where a re-flowed line would start (or a whole line would stand), ordinary words are not.
 */
import { describe, expect, it } from 'vitest';
import { isLineShapeHazard, isLineStartHazard, opensWithStructure } from '../src/format/hazards.js';
import { format, parse, stringify } from '../src/index.js';

const words = (s: string): string[] => s.split(' ');
/** Whether a line may not start at the first word of `line` when it comes after "Sales rose". */
const startHazard = (line: string): boolean => isLineStartHazard(['Sales', 'rose', ...words(line)], 2);

describe('format hazards, one per construct', () => {
  it.each([
    ['list', '(1) the timing of orders;'],
    ['list (a bullet of the lexicon)', '\u25AA lower prices'],
    ['list (the marker closed apart)', 'A . lower prices'],
    ['rule', '==========='],
    ['page', '<PAGE>'],
    ['trailer', '/CONTACT: Jane Roe/'],
    ['end marker', '### more'],
    ['jump line', '[more] text'],
    ['exhibit label', 'EXHIBIT 99.1'],
    ['release title', 'FOR IMMEDIATE RELEASE'],
    ['contact label', 'Media Contact: Jane Roe'],
    ['contact label (punctuation before it)', '.Contact: Jane Roe'],
    ['editor line', 'BUSINESS EDITORS/TECHNOLOGY WRITERS'],
    ['date line', 'Monday March 7, 8:31 am ET'],
    ['dateline', 'BATON ROUGE, La., June 2, 2004 -- The company'],
  ])('%s: %j may not open a re-flowed line', (_construct, line) => {
    expect(startHazard(line)).toBe(true);
  });

  it('lets ordinary words open a line', () => {
    for (const line of ['the company said', 'of the quarter', 'orders rose 12% in the period to a record high level', 'Baton Rouge plant, which opened']) expect(startHazard(line)).toBe(false);
  });

  it.each([
    ['end marker', '-30-'],
    ['end marker', '# # #'],
    ['jump line', '- more -'],
    ['subheadline between dashes', '-- Revenue up 14% --'],
    ['subheadline between a hyphen and an em dash', '-Revenue up 14% \u2014'],
    ['rule', '- -- -- ====='],
  ])('%s: %j may not stand as a whole line', (_construct, line) => {
    const w = words(line);
    expect(isLineShapeHazard(w, 0, w.length)).toBe(true);
  });

  it('keeps a block opening like a list item, a title or a label as it is', () => {
    expect(opensWithStructure(words('- SUBHEAD -'))).toBe(true);
    expect(opensWithStructure(words('NEWS RELEASE'))).toBe(true);
    expect(opensWithStructure(words('FOR IMMEDIATE RELEASE\u2014'))).toBe(true);
    expect(opensWithStructure(words('Acme rose'))).toBe(false);
  });

  it('never wraps a lexicon bullet to the start of a line', () => {
    const text = `Acme Reports Record Sales\n\nDENVER, Colo., May 3, 2004 -- Acme Coffee Co. said today that its sales rose on strong demand for its ${'\u25AA'} house blend and its seasonal roasts in every region it serves.\n`;
    const out = format(parse(text), { width: 60 });
    expect(out.split('\n').some((l) => l.startsWith('\u25AA'))).toBe(false);
    expect(stringify(parse(out))).toBe(out);
  });

  it('never stops a line past the widest page after a sentence (the parser would end the paragraph there)', () => {
    const long = Array.from({ length: 60 }, () => '1.').join(' ');
    const w = words(`${long} and more`);
    expect(isLineShapeHazard(w, 0, 60)).toBe(true);
    expect(isLineShapeHazard(w, 0, 61)).toBe(false);
    expect(isLineShapeHazard(w, 50, 60)).toBe(false);
  });

  it('keeps one-line blocks apart by two blank lines where one would read as line spacing', () => {
    // Two blocks, the second opening in lower case under a full line: with one blank line
    // between them the text reads as double-spaced, one block.
    const text = 'Acme Widgets Inc. will hold its annual meeting in Springfield, Illinois\n\n\nnext week\n';
    const once = format(parse(text));
    expect(once).toBe('Acme Widgets Inc. will hold its annual meeting in Springfield, Illinois\n\n\nnext week\n');
    expect(format(parse(once))).toBe(once);
    expect(format(parse('Acme rose.\n\n\nSales rose.\n'))).toBe('Acme rose.\n\nSales rose.\n');
  });
});
