import { describe, expect, it } from 'vitest';
import { cells, columnAt, hasEvenMargins, isCentred, pageWidth, tabWidthAt, visualColumns } from '../src/parse/layout/geometry.js';

describe('layout geometry', () => {
  it('expands tabs to multiples of 8', () => {
    const at = (offsets: number[]) => (k: number) => offsets[k] ?? 0;
    expect(visualColumns('\t\tab\tc', 0, 2, at([2, 5]))).toEqual([16, 24]);
    expect(visualColumns('  x', 0, 1, at([2]))).toEqual([2]);
  });

  it('gives the column of an offset in its line, and the width of a tab where it stands', () => {
    expect(columnAt('ab\ncd\tx', 6)).toBe(8);
    expect(tabWidthAt('ab\ncd\tx', 5)).toBe(6);
    expect(tabWidthAt('abcdefg\tx', 7)).toBe(1);
    expect(tabWidthAt('x\tab\tx', 4)).toBe(6);
  });

  it('splits cells at gutters of four columns', () => {
    expect(cells([0, 5, 20, 30], (i) => [4, 3, 5, 5][i] ?? 0).map((c) => [c.from, c.to])).toEqual([
      [0, 2],
      [2, 3],
      [3, 4],
    ]);
  });

  it('tells centred lines from indented ones', () => {
    expect(isCentred(34, 47, 80)).toBe(true);
    expect(isCentred(5, 67, 80)).toBe(false);
    expect(isCentred(5, 78, 80)).toBe(false);
    expect(hasEvenMargins(3, 75, 80)).toBe(true);
  });

  it('measures the page from a high percentile', () => {
    expect(pageWidth([70, 72, 78, 79, 79, 80, 200])).toBeLessThan(200);
    expect(pageWidth([])).toBe(72);
  });
});
