/**
 * npm run bench:normalize-memory — peak RSS of a `normalize` run whose archive holds 50 MB
 * files among small ones: whole submissions with a 50 MB encoded graphic, a 50 MB lone
 * text file, and a submission whose EX-99 text alone is 20 MB (both too large to parse
 * within a worker's budget: failures, by name). Runs the built code in a fresh process
 * (bench/normalize-measure.mjs), with `--jobs 1` and `--jobs 2`.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
if (!existsSync(new URL('../dist/src/bulk/run.js', import.meta.url))) {
  console.error('bench:normalize-memory: build first (npm run build)');
  process.exit(1);
}
const seed = readFileSync(new URL('../fixtures/seed/american-locker-2004.txt', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'sec-exhibit-memory-'));
const archive = join(root, 'archive');
mkdirSync(archive);
for (let i = 0; i < 500; i++) writeFileSync(join(archive, `ex-${String(i).padStart(4, '0')}.txt`), seed);

const MiB = 1024 * 1024;
/** One MiB of uuencode-like lines. */
const uu = Buffer.alloc(MiB, 'M'.padEnd(61, 'x') + '\n');
const header = (accession: string): string =>
  `<SEC-DOCUMENT>${accession}.txt : 20041014\n<SEC-HEADER>${accession}.hdr.sgml : 20041014\nACCESSION NUMBER:\t\t${accession}\nCONFORMED SUBMISSION TYPE:\t8-K\nFILED AS OF DATE:\t\t20041014\n</SEC-HEADER>\n`;
const doc = (type: string, sequence: number, body: Buffer | string): Buffer =>
  Buffer.concat([Buffer.from(`<DOCUMENT>\n<TYPE>${type}\n<SEQUENCE>${sequence}\n<TEXT>\n`), Buffer.from(body), Buffer.from('</TEXT>\n</DOCUMENT>\n')]);

function writeBig(name: string, parts: (Buffer | { mib: number })[]): void {
  const fd = openSync(join(archive, name), 'w');
  for (const p of parts) {
    if (Buffer.isBuffer(p)) writeSync(fd, p);
    else for (let i = 0; i < p.mib; i++) writeSync(fd, uu);
  }
  closeSync(fd);
}
for (let i = 0; i < 3; i++) {
  const acc = `0000000001-04-00000${i}`;
  writeBig(`filing-${i}.txt`, [Buffer.from(header(acc)), doc('EX-99.1', 1, seed), Buffer.from('<DOCUMENT>\n<TYPE>GRAPHIC\n<SEQUENCE>2\n<TEXT>\nbegin 644 logo.jpg\n'), { mib: 50 }, Buffer.from('end\n</TEXT>\n</DOCUMENT>\n')]);
}
const prose = Buffer.from(`${seed.toString('latin1').split('\n').slice(12, 30).join('\n')}\n`);
const lone = Buffer.alloc(50 * MiB, prose);
writeFileSync(join(archive, 'huge-exhibit.txt'), lone);
writeBig('huge-ex99.txt', [Buffer.from(header('0000000001-04-000009')), doc('EX-99.1', 1, Buffer.alloc(20 * MiB, prose))]);
console.log('archive: 500 exhibits of 3 KB, 3 submissions of 50 MB (graphic), a 50 MB lone text file, a submission with a 20 MB EX-99');

for (const jobs of [1, 2]) {
  const run = spawnSync(process.execPath, [join(here, 'normalize-measure.mjs'), archive, join(root, `out-${jobs}`), String(jobs)], { encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(1);
  }
  const r = JSON.parse(run.stdout.trim().split('\n').pop()!) as { seconds: number; maxRssMB: number; account: { inputs: number; exhibits: number; failures: number } };
  console.log(`--jobs ${jobs}: peak RSS ${r.maxRssMB.toFixed(0)} MB, ${r.seconds.toFixed(1)} s, ${r.account.inputs} inputs, ${r.account.exhibits} exhibits, ${r.account.failures} failures`);
  console.log(readFileSync(join(root, `out-${jobs}`, 'failures.jsonl'), 'utf8').trim());
}
rmSync(root, { recursive: true, force: true });
