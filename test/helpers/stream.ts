/** Helpers for the streaming-reader tests: chunked input, parts collected and checked. */
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { Document } from '../../src/index.js';
import { readSubmission, type ReadSubmissionOptions, type SubmissionPart } from '../../src/node/index.js';
import { bare as bareJson, chunks } from '../../scripts/fuzz/checks.js';

export async function collect(bytes: Uint8Array, size: number, options?: ReadSubmissionOptions): Promise<SubmissionPart[]> {
  const parts: SubmissionPart[] = [];
  for await (const p of readSubmission(chunks(bytes, size), options)) parts.push(p);
  return parts;
}

/** The parts' bytes, checked to follow each other without gap or overlap. */
export function rebuilt(parts: readonly SubmissionPart[]): Buffer {
  let at = 0;
  for (const p of parts) {
    expect(p.offset).toBe(at);
    at += p.bytes.length;
  }
  return Buffer.concat(parts.map((p) => p.bytes));
}

/**
 * A tree without positions, to compare a part's tree with the whole file's (a part counts
 * from its own start), table cells' source offsets included: they count from the same origin.
 */
export const bare = (node: unknown): unknown => JSON.parse(bareJson(node));

export const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** Body bytes of the passed-through documents, by documentStart, in order. */
export function passedBodies(parts: readonly SubmissionPart[]): { document: Document | null; body: Buffer; end: SubmissionPart | undefined }[] {
  const out: { document: Document | null; body: Buffer; end: SubmissionPart | undefined }[] = [];
  for (const p of parts) {
    if (p.kind === 'documentStart') out.push({ document: p.document, body: Buffer.alloc(0), end: undefined });
    const last = out[out.length - 1];
    if (p.kind === 'chunk' && p.body && last) last.body = Buffer.concat([last.body, p.bytes]);
    if (p.kind === 'documentEnd' && last) last.end = p;
  }
  return out;
}
