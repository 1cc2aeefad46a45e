import { describe, expect, it } from 'vitest';
import { checkRatchet } from '../scripts/eval/ratchet.js';
import { fieldMatches, misses } from '../scripts/eval/compare.js';
import type { ExhibitSummary } from '../src/index.js';

const base: ExhibitSummary = {
  exhibit: '99.1',
  title: null,
  headline: 'Acme Wins',
  tickers: [{ exchange: 'NYSE', symbol: 'A' }],
  dateline: { city: 'DALLAS', region: 'Texas', wire: null, date: '2005-03-03' },
  contacts: [{ name: 'Jo Doe', phones: ['(214) 555-0100'], faxes: [], emails: [] }],
  releaseNumber: null,
  safeHarbor: { risks: ['one risk that matters a great deal', 'two'] },
  endMarker: '###',
};

describe('ratchet', () => {
  it('fails on a new miss', () => {
    const v = checkRatchet([{ file: 'a.txt', field: 'headline' }], [{ file: 'a.txt', field: 'headline' }, { file: 'b.txt', field: 'contacts' }]);
    expect(v.ok).toBe(false);
    expect(v.added).toEqual([{ file: 'b.txt', field: 'contacts' }]);
  });

  it('fails when a listed miss starts passing', () => {
    const v = checkRatchet([{ file: 'a.txt', field: 'headline' }], []);
    expect(v.ok).toBe(false);
    expect(v.fixed).toEqual([{ file: 'a.txt', field: 'headline' }]);
  });

  it('passes when nothing changed', () => {
    expect(checkRatchet([{ file: 'a.txt', field: 'risks' }], [{ file: 'a.txt', field: 'risks' }]).ok).toBe(true);
  });
});

describe('comparison rules', () => {
  it('collapses spaces and compares cities without case', () => {
    const got = { ...base, headline: 'Acme   Wins', dateline: { ...base.dateline!, city: 'Dallas' } };
    expect(misses(got, base)).toEqual([]);
  });

  it('compares tickers as a set, contacts by names and digits', () => {
    const got = { ...base, tickers: [...base.tickers], contacts: [{ name: 'Jo Doe', phones: ['214.555.0100'], faxes: [], emails: ['x@y.com'] }] };
    expect(fieldMatches('contacts', got, base)).toBe(true);
    expect(fieldMatches('contacts', { ...got, contacts: [] }, base)).toBe(false);
  });

  it('compares risks by count and first six words', () => {
    expect(fieldMatches('risks', { ...base, safeHarbor: { risks: ['one risk that matters a great deal indeed', 'two'] } }, base)).toBe(true);
    expect(fieldMatches('risks', { ...base, safeHarbor: { risks: ['one risk that matters less'] } }, base)).toBe(false);
  });
});
