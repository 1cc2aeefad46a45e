/**
 * `collapse` keeps already-collapsed strings as they are (a fast path): it must answer as
 * the plain replace-and-trim does on every string.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapse } from '../src/normalize/text.js';

const reference = (text: string): string => text.replace(/[ \t\n\v\f\r\u00A0\uFEFF]+/g, ' ').trim();
const layoutish = fc.array(fc.constantFrom('a', 'B', '.', ' ', '  ', '\t', '\n', '\r', '\f', '\v', '\uFEFF', '\u00A0', '\u2028', '\u3000', 'é'), { maxLength: 30 }).map((parts) => parts.join(''));

describe('collapse', () => {
  it('answers as replace-and-trim on strings of layout and odd spaces', () => {
    fc.assert(fc.property(layoutish, (s) => collapse(s) === reference(s)), { seed: 7, numRuns: 3000 });
  });
  it('answers as replace-and-trim on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => collapse(s) === reference(s)), { seed: 8, numRuns: 2000 });
  });
  it('keeps a collapsed string and collapses the rest', () => {
    expect(collapse('American Locker Group')).toBe('American Locker Group');
    expect(collapse('  American\n  Locker\u00A0')).toBe('American Locker');
  });
});
