/**
 * The parser's time grows linearly with its input. Not a speed test (npm run bench measures
 * speed): each case times an input and the same input four times over, and a quadratic
 * pass — like one that re-slices the rest of a line at every token — shows as a ratio of
 * 16 or more where linear work gives about 4. CPU time (not wall time), best of three runs:
 * a busy machine does not decide the outcome.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

/** CPU time of this process so far, in milliseconds: time spent waiting for a busy machine's cores does not count. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Best CPU time of three parses of `text`, in milliseconds. */
function bestOf3(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = cpuMs();
    parse(text);
    best = Math.min(best, cpuMs() - t0);
  }
  return best;
}

/** Shapes of input that stress one pass or another, each a function of a repeat count. */
const cases: Record<string, (n: number) => string> = {
  // HTML left as one long line: thousands of tokens in one line, one block.
  'markup on one line': (n) => '<div><span>Revenue (408) 555-0100 rose 12% to $4.2 million, or $0.31 per share;</span></div>'.repeat(n),
  // Numbers everywhere in a contact block: every token may open a phone number.
  'digits in a contact block': (n) => `Contact: Jane Roe\n${'(212) 555 0100 12 34 56 78 90 +1 ext '.repeat(n)}\n`,
  // Many short lines: the block grammar and the per-line shapes.
  'short lines': (n) => 'ACME CORP\nContact: Jane Roe, (212) 555-0100\n- item one;\n\n'.repeat(n),
  // A contact block of many people: addresses are matched to names.
  'many contact lines': (n) => `Contact:\n${'Jane Roe  (212) 555-0100  jane@acme.com\n'.repeat(n)}`,
  // A block of capital lines: the headline splitter looks for the first line of another case.
  'capital lines': (n) => 'ACME CORP REPORTS RESULTS\n'.repeat(n),
  // One long paragraph of risks: the risk-list reader.
  'long risk sentence': (n) => `Forward-looking statements involve risks, including ${'changes in demand, the cost of steel, '.repeat(n)}and other risks.\n`,
};

describe('parse time grows linearly', () => {
  for (const [name, make] of Object.entries(cases)) {
    it(name, () => {
      const small = make(400);
      const large = make(1600);
      bestOf3(small); // warm-up: compile the hot paths before timing
      const ratio = bestOf3(large) / Math.max(bestOf3(small), 1);
      expect(ratio, `${name}: 4× the input took ${ratio.toFixed(1)}× the time`).toBeLessThan(10);
    });
  }
});
