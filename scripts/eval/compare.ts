/**
 * Field-by-field comparison of a summary with its label, by the rules of the accuracy
 * issue: strings whitespace-collapsed and exact, city case-insensitive, tickers as a set,
 * contacts by names and phone/fax digits, safe harbor by presence, risks by count and the
 * first six words of each item.
 */
import type { ExhibitSummary } from '../../src/summary/schema.js';

export const FIELDS = [
  'exhibit',
  'title',
  'headline',
  'tickers',
  'dateline.city',
  'dateline.region',
  'dateline.wire',
  'dateline.date',
  'contacts',
  'releaseNumber',
  'safeHarbor',
  'risks',
  'endMarker',
] as const;
export type Field = (typeof FIELDS)[number];

const norm = (s: string | null | undefined): string | null => (s == null ? null : s.replace(/\s+/g, ' ').trim());
const digits = (s: string): string => s.replace(/\D/g, '');
const sameSet = (a: Iterable<string>, b: Iterable<string>): boolean => {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
};
const firstWords = (s: string): string => norm(s)!.split(' ').slice(0, 6).join(' ');

/** Whether `got` matches `want` on one field. */
export function fieldMatches(field: Field, got: ExhibitSummary, want: ExhibitSummary): boolean {
  switch (field) {
    case 'exhibit':
    case 'title':
    case 'headline':
    case 'releaseNumber':
    case 'endMarker':
      return norm(got[field]) === norm(want[field]);
    case 'tickers':
      return sameSet(
        got.tickers.map((t) => `${t.exchange}:${t.symbol}`),
        want.tickers.map((t) => `${t.exchange}:${t.symbol}`),
      );
    case 'dateline.city':
      return norm(got.dateline?.city)?.toLowerCase() === norm(want.dateline?.city)?.toLowerCase();
    case 'dateline.region':
      return norm(got.dateline?.region) === norm(want.dateline?.region);
    case 'dateline.wire':
      return norm(got.dateline?.wire) === norm(want.dateline?.wire);
    case 'dateline.date':
      return norm(got.dateline?.date) === norm(want.dateline?.date);
    case 'contacts':
      return (
        sameSet(
          got.contacts.map((c) => norm(c.name) ?? ''),
          want.contacts.map((c) => norm(c.name) ?? ''),
        ) &&
        sameSet(
          got.contacts.flatMap((c) => [...c.phones, ...c.faxes].map(digits)),
          want.contacts.flatMap((c) => [...c.phones, ...c.faxes].map(digits)),
        )
      );
    case 'safeHarbor':
      return (got.safeHarbor === null) === (want.safeHarbor === null);
    case 'risks': {
      const g = got.safeHarbor?.risks ?? [];
      const w = want.safeHarbor?.risks ?? [];
      return g.length === w.length && g.every((r, i) => firstWords(r) === firstWords(w[i] ?? ''));
    }
  }
}

/** The fields on which `got` misses `want`. */
export function misses(got: ExhibitSummary, want: ExhibitSummary): Field[] {
  return FIELDS.filter((f) => !fieldMatches(f, got, want));
}
