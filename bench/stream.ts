/**
 * npm run bench:stream — memory of `readSubmission` on a large submission.
 *
 * Writes a ~500 MB submission to a temporary directory (an SEC header, an EX-99.1 text
 * document, and a GRAPHIC document holding a uuencoded payload that makes up nearly all of
 * it), compiles the submission reader to JavaScript, and streams the file in a separate
 * plain-Node process (`bench/stream-measure.mjs`), so neither the generator nor a
 * TypeScript loader counts towards the figure. Prints the peak resident set size of that
 * process (sampled every 10 ms, and the kernel's maximum) and checks that the parts rebuild
 * the file (byte count and SHA-256). Exit 1 at 150 MB or more. BENCH_STREAM_MB changes the
 * size. The temporary file and the compiled code are removed whatever happens.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { promisify } from 'node:util';
import ts from 'typescript';

const TARGET_MB = Number(process.env['BENCH_STREAM_MB'] ?? 500);
const LIMIT_MB = 150;
const MB = 1024 * 1024;

const seed = readFileSync(new URL('../fixtures/seed/american-locker-2004.txt', import.meta.url));
const measure = new URL('./stream-measure.mjs', import.meta.url).pathname;
const repo = new URL('../', import.meta.url).pathname;
/** Compiled JavaScript goes under node_modules, where its imports (chevrotain, zod) resolve. */
const libDir = join(repo, 'node_modules/.cache/sec-exhibit-bench-stream');

/**
 * Compiles what the measured process imports — the submission reader and the summary, and
 * whatever they import — to JavaScript in `libDir`. Only that closure: work in progress
 * elsewhere in the repository does not stop the benchmark.
 */
function compile(): void {
  const entries = ['src/submission/index.ts', 'src/summary/summarize.ts'].map((f) => join(repo, f));
  const program = ts.createProgram(entries, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    rootDir: repo,
    outDir: libDir,
    skipLibCheck: true,
    types: ['node'],
  });
  const { emitSkipped } = program.emit();
  if (emitSkipped) throw new Error('could not compile the submission reader');
}

const header = `<SEC-DOCUMENT>0000000000-24-000001.txt : 20241013
<SEC-HEADER>0000000000-24-000001.hdr.sgml : 20241013
<ACCEPTANCE-DATETIME>20241013160000
ACCESSION NUMBER:\t\t0000000000-24-000001
CONFORMED SUBMISSION TYPE:\t8-K
PUBLIC DOCUMENT COUNT:\t\t2
CONFORMED PERIOD OF REPORT:\t20241013
FILED AS OF DATE:\t\t20241013

FILER:

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\tBENCHMARK LOCKER CO
\t\tCENTRAL INDEX KEY:\t\t\t0000000001
\t\tSTATE OF INCORPORATION:\t\t\tDE
\t\tFISCAL YEAR END:\t\t\t1231
</SEC-HEADER>
<DOCUMENT>
<TYPE>EX-99.1
<SEQUENCE>1
<FILENAME>ex99-1.txt
<DESCRIPTION>PRESS RELEASE
<TEXT>
`;
const graphicOpen = `</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>GRAPHIC
<SEQUENCE>2
<FILENAME>photo.jpg
<TEXT>
begin 644 photo.jpg
`;
const trailer = '`\nend\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n';

/** One MiB of uuencoded lines ("M" + 60 characters), from a fixed pseudo-random sequence. */
function uuBlock(): Buffer {
  const out = Buffer.alloc(MB);
  let x = 2463534242;
  for (let i = 0; i < MB; i++) {
    if (i % 62 === 0) out[i] = 0x4d; // "M": a full line of 45 bytes
    else if (i % 62 === 61) out[i] = 0x0a;
    else {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      out[i] = 0x21 + ((x >>> 0) % 64); // "!" to "`"
    }
  }
  return out;
}

async function generate(path: string): Promise<number> {
  const out = createWriteStream(path);
  const write = async (b: Buffer | string): Promise<void> => {
    if (!out.write(b)) await once(out, 'drain');
  };
  await write(header);
  await write(seed);
  await write(graphicOpen);
  const block = uuBlock();
  for (let i = 0; i < TARGET_MB; i++) await write(block);
  await write(trailer);
  out.end();
  await once(out, 'finish');
  return (await stat(path)).size;
}

function sha256(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(path)
      .on('data', (c) => h.update(c))
      .on('end', () => resolve(h.digest('hex')))
      .on('error', reject);
  });
}

interface Measured {
  counts: Record<string, number>;
  bytes: number;
  sha256: string;
  headline: string | null;
  payload: { bytes: number; sha256: string } | null;
  seconds: number;
  rssBefore: number;
  rssPeak: number;
  maxRss: number;
}

async function main(): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'sec-exhibit-stream-'));
  try {
    const path = join(dir, 'submission.txt');
    const size = await generate(path);
    compile();
    const { stdout } = await promisify(execFile)(process.execPath, [measure, path, join(libDir, 'src')], { maxBuffer: MB });
    const m = JSON.parse(stdout) as Measured;
    const exact = m.bytes === size && m.sha256 === (await sha256(path));
    const peak = Math.max(m.rssPeak, m.maxRss);

    console.log(`submission   ${(size / MB).toFixed(1)} MB, written to ${dir}`);
    console.log(`parts        ${Object.entries(m.counts).map(([k, n]) => `${k} ${n}`).join(', ')}`);
    console.log(`exhibit      ${m.headline ?? '(none)'}`);
    console.log(`payload      ${m.payload ? `${(m.payload.bytes / MB).toFixed(1)} MB passed through, sha256 ${m.payload.sha256.slice(0, 16)}…` : '(none)'}`);
    console.log(`rebuilt      ${exact ? 'exact' : 'DIFFERENT'}: ${m.bytes} bytes written back, sha256 ${exact ? 'equal' : 'differs'}`);
    console.log(`time         ${m.seconds.toFixed(1)} s (${(size / MB / m.seconds).toFixed(0)} MB/s)`);
    console.log(`rss          ${m.rssBefore.toFixed(1)} MB after loading, ${m.rssPeak.toFixed(1)} MB peak while streaming (sampled)`);
    console.log(`maxRSS       ${m.maxRss.toFixed(1)} MB (kernel's maximum for the streaming process)`);
    const ok = exact && peak < LIMIT_MB;
    console.log(ok ? `ok: peak RSS ${peak.toFixed(1)} MB < ${LIMIT_MB} MB` : `FAIL: ${exact ? '' : 'bytes differ; '}peak RSS ${peak.toFixed(1)} MB (limit ${LIMIT_MB} MB)`);
    return ok ? 0 : 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(libDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
