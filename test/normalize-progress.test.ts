/** What the progress display claims: no percentage before the count is in, never 100% while work remains. */
import { describe, expect, it, vi } from 'vitest';
import { createProgress, describe as describeProgress } from '../src/bulk/progress.js';

describe('normalize progress', () => {
  it('says it is still counting, with no percentage and no ETA, until the total is known', () => {
    const line = describeProgress({ done: 52, total: null, filesPerSecond: 10, mbPerSecond: 0.1 });
    expect(line).toBe('52 files done (still counting inputs), 10.0 files/s, 0.10 MB/s');
    expect(line).not.toMatch(/%|ETA/);
  });

  it('never shows 100% while an input is left, and shows it when none is', () => {
    expect(describeProgress({ done: 9999, total: 10000, filesPerSecond: 100, mbPerSecond: 1 })).toMatch(/^9999\/10000 files \(99%\), .*ETA 0s$/);
    expect(describeProgress({ done: 10000, total: 10000, filesPerSecond: 100, mbPerSecond: 1 })).toMatch(/\(100%\)/);
    expect(describeProgress({ done: 0, total: 0, filesPerSecond: 0, mbPerSecond: 0 })).toMatch(/^0\/0 files \(100%\), .*ETA \?$/);
  });

  it('prints plain lines, the first at once, that count an earlier run’s inputs as done but not in the rate', () => {
    vi.useFakeTimers();
    try {
      const lines: string[] = [];
      const progress = createProgress('lines', (l) => lines.push(l));
      progress.tick(0, true);
      vi.advanceTimersByTime(6000);
      progress.tick(2_000_000);
      expect(lines).toEqual(['normalize: 1 files done (still counting inputs), 0.0 files/s, 0.00 MB/s', 'normalize: 2 files done (still counting inputs), 0.2 files/s, 0.33 MB/s']);
      progress.setTotal(3);
      vi.advanceTimersByTime(6000);
      progress.tick(0);
      expect(lines[2]).toBe('normalize: 3/3 files (100%), 0.2 files/s, 0.17 MB/s, ETA 0s');
    } finally {
      vi.useRealTimers();
    }
  });
});
