/**
 * The work for one input, run in a worker thread: sniff its kind, hash its bytes, find the
 * exhibits, summarize each (and print it canonically with `--text`). Never throws for a
 * bad input: the outcome carries the error.
 */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { format } from '../format/index.js';
import { summarize } from '../summary/summarize.js';
import { detectKind, SNIFF_BYTES, type InputKind } from './detect.js';
import { fileExhibit, submissionExhibits, type FoundExhibit } from './exhibits.js';
import type { ExhibitRecord, InputOutcome, TaskOptions } from './record.js';

export interface Task extends TaskOptions {
  readonly input: string;
}

/** The first bytes of a file and its size. */
async function sniff(input: string): Promise<{ head: Uint8Array; size: number }> {
  const handle = await open(input, 'r');
  try {
    const { size } = await handle.stat();
    const head = new Uint8Array(Math.min(size, SNIFF_BYTES));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return { head: head.subarray(0, bytesRead), size };
  } finally {
    await handle.close();
  }
}

/** Passes a stream's chunks on, hashing them on the way. */
async function* hashing(chunks: AsyncIterable<Uint8Array>, hash: Hash): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    hash.update(chunk);
    yield chunk;
  }
}

/** The exhibits of the input and the SHA-256 of all its bytes. */
async function readExhibits(input: string, kind: InputKind): Promise<{ found: FoundExhibit[]; sha256: string }> {
  const hash = createHash('sha256');
  const found: FoundExhibit[] = [];
  if (kind === 'submission' || kind === 'sgml') {
    const stream = createReadStream(input);
    try {
      for await (const x of submissionExhibits(hashing(stream, hash))) found.push(x);
    } finally {
      stream.destroy();
    }
  } else {
    const bytes = new Uint8Array(await readFile(input));
    hash.update(bytes);
    found.push(fileExhibit(bytes, kind === 'html' ? 'html' : 'text'));
  }
  return { found, sha256: hash.digest('hex') };
}

function toRecord(input: string, sha256: string, kind: InputKind, x: FoundExhibit, options: TaskOptions): ExhibitRecord {
  return {
    input,
    sha256,
    kind,
    accession: x.accession,
    sequence: x.sequence,
    documentType: x.documentType,
    format: x.format,
    summary: summarize(x.tree),
    ...(options.text ? { text: format(x.tree) } : {}),
    ...(options.tree ? { tree: x.tree } : {}),
  };
}

export async function processInput(task: Task): Promise<InputOutcome> {
  const { input } = task;
  let head: Uint8Array;
  let size: number;
  try {
    ({ head, size } = await sniff(input));
  } catch (e) {
    return { input, sha256: null, bytes: 0, kind: null, records: [], error: (e as Error).message };
  }
  const kind = detectKind(head);
  const base = { input, bytes: size, kind };
  if (kind === 'empty' || kind === 'binary') {
    // Still hashed (as a stream: a binary file may be large), so a failure names exactly
    // which bytes it was about.
    const hash = createHash('sha256');
    let sha256: string | null = null;
    try {
      for await (const chunk of createReadStream(input)) hash.update(chunk as Uint8Array);
      sha256 = hash.digest('hex');
    } catch {
      // Unreadable after the sniff: the failure stands without a hash.
    }
    return { ...base, sha256, records: [], error: kind === 'empty' ? 'empty input: no text' : 'binary input: not text' };
  }
  let sha256: string | null = null;
  try {
    const read = await readExhibits(input, kind);
    sha256 = read.sha256;
    if (read.found.length === 0) return { ...base, sha256, records: [], error: `no EX-99 exhibit in this ${kind}` };
    return { ...base, sha256, records: read.found.map((x) => toRecord(input, read.sha256, kind, x, task)), error: null };
  } catch (e) {
    // The parsers are total; this keeps the promise that no input is lost if one is not,
    // and reports a file that went away or became unreadable halfway.
    return { ...base, sha256, records: [], error: `failed: ${(e as Error).message}` };
  }
}

/** The piscina entry point. */
export default processInput;
