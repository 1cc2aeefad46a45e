/**
 * The work for one input, run in a worker thread: sniff its kind, hash its bytes, find the
 * exhibits, summarize each (and print it canonically with `--text`) and encode the records
 * for the output format. Never throws for a bad input: the outcome carries the error.
 *
 * Small files (nearly all exhibits) are read with one synchronous read: for a few kilobytes
 * it costs a fraction of an async read's round trips through the thread pool, and a worker
 * thread has nothing else to do meanwhile. Large files are streamed. Only regular files are
 * read: a FIFO or a device (or a link to one) would block or never end.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, constants, createReadStream, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { summarize } from '../summary/summarize.js';
import { detectKind, SNIFF_BYTES, type InputKind } from './detect.js';
import { encodeRecord } from './encode.js';
import { fileExhibit, MAX_DOCUMENT_BYTES, submissionExhibits, type FoundExhibit } from './exhibits.js';
import type { ExhibitRecord, InputOutcome, TaskOptions } from './record.js';

export interface Task extends TaskOptions {
  readonly input: string;
}

/** Files up to this size are read whole, synchronously; larger ones are streamed. */
const SYNC_READ_BYTES = 4 * 1024 * 1024;

/** What a file is, once opened without blocking (a FIFO opened plainly waits for a writer). */
function openRegular(input: string): { fd: number; size: number } {
  const fd = openSync(input, constants.O_RDONLY | constants.O_NONBLOCK);
  const info = fstatSync(fd);
  if (!info.isFile()) {
    closeSync(fd);
    const what = info.isFIFO() ? 'a FIFO' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : info.isSocket() ? 'a socket' : 'a directory';
    throw new Error(`not a regular file: ${what}`);
  }
  return { fd, size: info.size };
}

/** Reads up to `length` bytes from the start of `fd`. */
function readHead(fd: number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, bytes, got, length - got, got);
    if (n === 0) break;
    got += n;
  }
  return bytes.subarray(0, got);
}

/** Passes a stream's chunks on, hashing them on the way. */
async function* hashing(chunks: AsyncIterable<Uint8Array>, hash: Hash): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    hash.update(chunk);
    yield chunk;
  }
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** The exhibits of the input and the SHA-256 of all its bytes. */
async function readExhibits(task: Task, kind: InputKind, whole: Uint8Array | null): Promise<{ found: FoundExhibit[]; sha256: string }> {
  const hash = createHash('sha256');
  const found: FoundExhibit[] = [];
  if (kind === 'submission' || kind === 'sgml') {
    const stream = whole ? null : createReadStream(task.input);
    try {
      for await (const x of submissionExhibits(hashing(stream ?? once(whole!), hash), task.filingDate)) found.push(x);
    } finally {
      stream?.destroy();
    }
  } else {
    const bytes = whole ?? new Uint8Array(readFileSync(task.input));
    hash.update(bytes);
    found.push(await fileExhibit(task.input, bytes, kind === 'html' ? 'html' : 'text', task.filingDate));
  }
  return { found, sha256: hash.digest('hex') };
}

/** `format`, loaded on first use: only `--text` needs it. */
let formatter: typeof import('../format/index.js') | null = null;

async function toRecord(task: Task, sha256: string, kind: InputKind, x: FoundExhibit): Promise<ExhibitRecord> {
  if (task.text) formatter ??= await import('../format/index.js');
  return {
    input: task.input,
    sha256,
    kind,
    format: x.format,
    ...x.keys,
    summary: summarize(x.tree),
    ...(task.text && formatter ? { text: formatter.format(x.tree) } : {}),
    ...(task.tree ? { tree: x.tree } : {}),
  };
}

/** Hashes a file that gives no record (empty, binary), so its failure names its bytes. */
async function hashOnly(input: string): Promise<string | null> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(input)) hash.update(chunk as Uint8Array);
    return hash.digest('hex');
  } catch {
    return null; // unreadable after the sniff: the failure stands without a hash
  }
}

export async function processInput(task: Task): Promise<InputOutcome> {
  const { input } = task;
  let head: Uint8Array;
  let size: number;
  let whole: Uint8Array | null = null;
  try {
    const file = openRegular(input);
    size = file.size;
    try {
      whole = size <= SYNC_READ_BYTES ? readHead(file.fd, size) : null;
      head = whole ? whole.subarray(0, SNIFF_BYTES) : readHead(file.fd, SNIFF_BYTES);
    } finally {
      closeSync(file.fd);
    }
  } catch (e) {
    return { input, sha256: null, bytes: 0, kind: null, rows: [], error: (e as Error).message };
  }
  const kind = detectKind(head);
  const base = { input, bytes: size, kind };
  if (kind === 'empty' || kind === 'binary') {
    const sha256 = whole ? createHash('sha256').update(whole).digest('hex') : await hashOnly(input);
    return { ...base, sha256, rows: [], error: kind === 'empty' ? 'empty input: no text' : 'binary input: not text' };
  }
  if ((kind === 'exhibit' || kind === 'html') && size > MAX_DOCUMENT_BYTES) {
    // A lone exhibit is parsed whole; past this size its tree would outgrow a worker's memory budget.
    return { ...base, sha256: await hashOnly(input), rows: [], error: `exhibit larger than ${MAX_DOCUMENT_BYTES} bytes` };
  }
  let sha256: string | null = null;
  try {
    const read = await readExhibits(task, kind, whole);
    sha256 = read.sha256;
    if (read.found.length === 0) return { ...base, sha256, rows: [], error: `no EX-99 exhibit in this ${kind}` };
    const rows: string[] = [];
    for (const x of read.found) rows.push(encodeRecord(await toRecord(task, read.sha256, kind, x), task));
    return { ...base, sha256, rows, error: null };
  } catch (e) {
    // The parsers are total; this keeps the promise that no input is lost if one is not,
    // and reports a file that went away or became unreadable halfway.
    return { ...base, sha256: sha256 ?? (await hashOnly(input)), rows: [], error: `failed: ${(e as Error).message}` };
  }
}

/** The piscina entry point: a batch of inputs, one after another. */
export default async function processInputs(tasks: readonly Task[]): Promise<InputOutcome[]> {
  const outcomes: InputOutcome[] = [];
  for (const task of tasks) outcomes.push(await processInput(task));
  return outcomes;
}
