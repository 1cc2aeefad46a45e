/**
 * readSubmission over every submission and SGML block of the corpus (../shared/corpus):
 * parts rebuild each file exactly whatever the chunking, and agree with parseSubmission.
 * A corpus sweep: run by `npm run eval:sweeps` (and .ci/run), not by `npm test`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, documentText, encode, parseSubmission, stringifyBytes, type Document } from '../../src/index.js';
import { submissionProblem } from '../helpers/invariants.js';
import { bare, collect, passedBodies, rebuilt, sha256 } from '../helpers/stream.js';

const root = new URL('../../../shared/corpus/', import.meta.url).pathname;
const corpusFiles = ['raw/submission', 'raw/sgml'].flatMap((d) =>
  existsSync(join(root, d)) ? readdirSync(join(root, d)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(root, d, f)) : [],
);

describe.skipIf(!corpusFiles.length)('readSubmission on the corpus', () => {
  it('rebuilds every file exactly, in 64 KiB, 4 KiB and (for small files) 7-byte chunks', async () => {
    for (const f of corpusFiles) {
      const bytes = new Uint8Array(readFileSync(f));
      for (const size of bytes.length < 120_000 ? [7, 4096, 65_536] : [4096, 65_536]) {
        const parts = await collect(bytes, size);
        expect(rebuilt(parts).equals(Buffer.from(bytes)), `${f} in ${size}-byte chunks`).toBe(true);
      }
    }
  });

  it('yields the header and the documents parseSubmission finds, payloads passed through', async () => {
    let payloads = 0;
    for (const f of corpusFiles) {
      const bytes = new Uint8Array(readFileSync(f));
      const whole = parseSubmission(bytes);
      const documents = whole.children.filter((c): c is Document => c.type === 'document');
      const parts = await collect(bytes, 65_536);
      const streamed: Document[] = [];
      for (const p of parts) {
        if (p.kind === 'header' || p.kind === 'document' || p.kind === 'documentStart') {
          expect(Buffer.from(stringifyBytes(p.tree)).equals(Buffer.from(p.bytes)), f).toBe(true);
          expect(submissionProblem(p.tree, decode(p.bytes).text), f).toBeNull();
        }
        if (p.kind === 'header') expect(bare(p.header), f).toEqual(bare(whole.children.find((c) => c.type === 'secHeader') ?? null));
        if (p.kind === 'document') streamed.push(p.document);
        if (p.kind === 'documentStart' && p.document) streamed.push(p.document);
      }
      expect(streamed.map((d) => [d.documentType, d.sequence, d.filename]), f).toEqual(documents.map((d) => [d.documentType, d.sequence, d.filename]));
      for (const d of parts.filter((p) => p.kind === 'document')) {
        const same = documents.find((w) => w.sequence === d.document.sequence && w.documentType === d.document.documentType);
        expect(bare(d.document), f).toEqual(bare(same));
      }
      // Every payload document passes through, and its chunks are its body exactly.
      const encoding = whole.data?.['encoding'] === 'windows-1252' ? 'windows-1252' : 'utf-8';
      for (const { document, body, end } of passedBodies(parts)) {
        const same = documents.find((w) => w.sequence === document?.sequence && w.documentType === document?.documentType);
        const text = same && documentText(same);
        expect(text, f).not.toBeNull();
        expect(body.equals(Buffer.from(encode(text ?? '', encoding))), f).toBe(true);
        expect(end).toMatchObject({ kind: 'documentEnd', bodyBytes: body.length, sha256: sha256(body) });
        if (same?.children.some((c) => c.type === 'payload')) payloads++;
      }
      const payloadDocs = documents.filter((d) => d.children.some((c) => c.type === 'payload')).length;
      expect(parts.filter((p) => p.kind === 'documentStart').length, f).toBe(payloadDocs);
    }
    expect(payloads).toBeGreaterThanOrEqual(40);
  });
});
