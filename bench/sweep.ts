/**
 * npm run bench:sweep [-- --sizes 1,2,4,8,16,32,64 --shape <part of a name>]
 *
 * Time per MB of every adversarial shape (bench/sweep-shapes.ts) at each size, in MB:
 * linear work keeps the figure flat. For people to read; the test suite checks linearity by
 * counting work instead (test/linear.test.ts). Also times parsing a text equal to (not the
 * same string as) the one parsed before, which a cache keyed by text would make quadratic.
 *
 * The figure is the process's CPU time (its threads, the collector's included), which a busy
 * neighbour barely moves, where wall-clock time swings with it; `--clock wall` prints wall
 * time instead. Each shape is first run at 1 MB untimed, so the first size is not charged
 * with compiling the hot paths. Note the machine's load beside any figure you quote.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
// The compiled package, as users run it (`npm run bench:sweep` builds it first): under tsx,
// the source carries esbuild's name helpers on every closure and runs about twice as slow.
import * as lib from '../dist/src/index.js';
import { runShape, SHAPES, type Shape } from './sweep-shapes.js';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1,2,4,8,16,32,64' }, shape: { type: 'string', default: '' }, clock: { type: 'string', default: 'cpu' } } });
const wall = values.clock === 'wall';

/** Seconds on the clock chosen, from an arbitrary origin. */
const now = (): number => {
  if (wall) return performance.now() / 1000;
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const sizes = values.sizes.split(',').map(Number);

const run = (shape: Shape, text: string): void => runShape(lib, shape, text);

/** A copy of `text` that is a different string in memory. */
const copy = (text: string): string => Buffer.from(text, 'utf16le').toString('utf16le');

console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${wall ? 'wall-clock' : 'CPU'} seconds per MB at ${sizes.join(', ')} MB`);
/** Shapes already run once untimed. */
const warm = new Set<string>();
const shapes = [
  ...SHAPES.map((s) => ({ name: s.name, time: (mb: number) => {
    if (!warm.has(s.name)) run(s, s.make(1e6)); // warm-up: compile the hot paths first
    warm.add(s.name);
    const text = s.make(mb * 1e6);
    const t0 = now();
    run(s, text);
    return (now() - t0) / (text.length / 1e6);
  } })),
  { name: 'the same text parsed again (an equal copy)', time: (mb: number) => {
    const text = SHAPES[3]?.make(mb * 1e6) ?? '';
    lib.parse(text);
    const again = copy(text);
    const t0 = now();
    lib.parse(again);
    return (now() - t0) / (text.length / 1e6);
  } },
].filter((s) => s.name.includes(values.shape));
for (const s of shapes) {
  const perMb = sizes.map((mb) => {
    try {
      return s.time(mb).toFixed(2);
    } catch (e) {
      return e instanceof Error ? e.name : 'error';
    }
  });
  const numbers = perMb.map(Number).filter(Number.isFinite);
  const spread = numbers.length ? Math.max(...numbers) / Math.max(Math.min(...numbers), 1e-9) : NaN;
  console.log(`${s.name.padEnd(56)} ${perMb.map((x) => x.padStart(7)).join(' ')}   max/min ${spread.toFixed(2)}`);
}
