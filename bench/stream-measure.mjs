/**
 * The measured half of `npm run bench:stream`: streams one submission file through the
 * compiled library (plain Node — no TypeScript loader in the process) and prints one JSON
 * line: part counts, bytes, SHA-256 of the rebuilt bytes, the headline of the exhibit, and
 * the peak resident set size. Only the submission reader and the summary are imported, as
 * an application that reads submissions would.
 *
 *   node bench/stream-measure.mjs FILE COMPILED_SRC_DIR
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { clearInterval, setInterval } from 'node:timers';
import { URL } from 'node:url';

const dist = new URL(`file://${process.argv[3]}/`);
const { readSubmission } = await import(new URL('submission/index.js', dist).href);
const { summarize } = await import(new URL('summary/summarize.js', dist).href);

const MB = 1024 * 1024;
const rss = () => process.memoryUsage().rss / MB;

const before = rss();
let peak = before;
const timer = setInterval(() => (peak = Math.max(peak, rss())), 10);

const hash = createHash('sha256');
const counts = {};
let bytes = 0;
let headline = null;
let payload = null;
const t0 = performance.now();
for await (const part of readSubmission(createReadStream(process.argv[2], { highWaterMark: 64 * 1024 }))) {
  counts[part.kind] = (counts[part.kind] ?? 0) + 1;
  bytes += part.bytes.length;
  hash.update(part.bytes);
  if (part.kind === 'document') {
    const exhibit = part.document.children.find((c) => c.type === 'exhibit');
    if (exhibit) headline = summarize(exhibit).headline;
  }
  if (part.kind === 'documentEnd') payload = { bytes: part.bodyBytes, sha256: part.sha256 };
  peak = Math.max(peak, rss());
}
clearInterval(timer);

process.stdout.write(
  `${JSON.stringify({
    counts,
    bytes,
    sha256: hash.digest('hex'),
    headline,
    payload,
    seconds: (performance.now() - t0) / 1000,
    rssBefore: before,
    rssPeak: peak,
    maxRss: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
