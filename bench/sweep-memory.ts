/**
 * npm run bench:memory [-- --mb 50]
 *
 * Peak memory per input byte of `parse` and of `summarize(parse(…))` on one large exhibit
 * (the seed exhibit repeated to --mb megabytes), each measured in a process of its own:
 * the peak resident set (maxRSS) less that of a process that loads the library and reads
 * the same file without parsing it. Issue 11 asks for parse ≤ 15× the input.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '50' }, child: { type: 'string' }, file: { type: 'string' } } });

if (values.child) {
  // One measurement: load the library, read the file, do the work, report maxRSS in bytes.
  // The compiled package, as users run it (`npm run bench:memory` builds it first).
  const { parse, summarize } = await import('../dist/src/index.js');
  const bytes = new Uint8Array(readFileSync(values.file ?? ''));
  if (values.child === 'parse') parse(bytes);
  if (values.child === 'summary') summarize(parse(bytes));
  process.stdout.write(String(process.resourceUsage().maxRSS * 1024));
} else {
  const dir = mkdtempSync(join(tmpdir(), 'sec-exhibit-memory-'));
  try {
    const seed = readFileSync(new URL('../fixtures/seed/american-locker-2004.txt', import.meta.url));
    const file = join(dir, 'big.txt');
    const copies = Math.ceil((Number(values.mb) * 1e6) / seed.length);
    writeFileSync(file, Buffer.concat(Array.from({ length: copies }, () => seed)));
    const size = copies * seed.length;
    const measure = (what: string): number =>
      Number(execFileSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=16384', new URL(import.meta.url).pathname, '--child', what, '--file', file], { encoding: 'utf8' }));
    const base = measure('read');
    console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; input ${(size / 1e6).toFixed(1)} MB; baseline (library loaded, file read) ${(base / 1e6).toFixed(0)} MB`);
    for (const what of ['parse', 'summary']) {
      const peak = measure(what);
      console.log(`${what.padEnd(8)} peak ${(peak / 1e6).toFixed(0)} MB, ${((peak - base) / size).toFixed(1)}× the input above the baseline (${(peak / size).toFixed(1)}× in all)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
