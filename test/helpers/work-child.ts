/**
 * The linearity test's measurement, in a process of its own: block coverage counts only
 * code compiled after it starts, and test files share loaded modules (vitest's
 * `isolate: false`), so the counter starts here before the library is imported. Prints
 * `{ [shape]: number[] | { error } }` as JSON: the work of each shape at each size.
 */
import { startWorkCounter } from './work.js';

const sizes = (process.argv[2] ?? '').split(',').map(Number);
const counter = await startWorkCounter();
const { SHAPES, runShape } = await import('../../bench/sweep-shapes.js');
const lib = await import('../../src/index.js');
const run = (shape: (typeof SHAPES)[number], text: string): void => runShape(lib, shape, text);

const results: Record<string, number[] | { error: string }> = {};
for (const shape of SHAPES) {
  try {
    run(shape, shape.make(sizes[0] ?? 0)); // first use: lazy set-up is not the input's work
    const work: number[] = [];
    for (const size of sizes) {
      const text = shape.make(size);
      work.push(await counter.count(() => run(shape, text)));
    }
    results[shape.name] = work;
  } catch (e) {
    results[shape.name] = { error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}
await counter.stop();
process.stdout.write(JSON.stringify(results));
