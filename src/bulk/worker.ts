/**
 * The work for one input, run in a worker thread: read the bytes, hash them, find the
 * exhibits, summarize each. Never throws for a bad input: the outcome carries the error.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { summarize } from '../summary/summarize.js';
import { detectKind, SNIFF_BYTES } from './detect.js';
import { exhibitsOf } from './exhibits.js';
import type { ExhibitRecord, InputOutcome, TaskOptions } from './record.js';

export interface Task extends TaskOptions {
  readonly input: string;
}

export async function processInput(task: Task): Promise<InputOutcome> {
  const { input } = task;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(input));
  } catch (e) {
    return { input, sha256: null, bytes: 0, kind: null, records: [], error: (e as Error).message };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const kind = detectKind(bytes.subarray(0, SNIFF_BYTES));
  const base = { input, sha256, bytes: bytes.length, kind };
  if (kind === 'empty') return { ...base, records: [], error: 'empty input: no text' };
  if (kind === 'binary') return { ...base, records: [], error: 'binary input: not text' };
  try {
    const found = exhibitsOf(bytes, kind);
    if (found.length === 0) return { ...base, records: [], error: `no exhibit in this ${kind}` };
    const records: ExhibitRecord[] = found.map((x) => ({
      input,
      sha256,
      kind,
      accession: x.accession,
      sequence: x.sequence,
      documentType: x.documentType,
      summary: summarize(x.tree),
      ...(task.tree ? { tree: x.tree } : {}),
    }));
    return { ...base, records, error: null };
  } catch (e) {
    // The parsers are total; this keeps the promise that no input is lost if one is not.
    return { ...base, records: [], error: `failed: ${(e as Error).message}` };
  }
}

/** The piscina entry point. */
export default processInput;
