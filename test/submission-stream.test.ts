/**
 * readSubmission: parts that rebuild the input byte for byte whatever the chunking, trees
 * equal to parseSubmission's, payloads passed through with their size and digest, and
 * oversized regions passed through instead of held. (Memory is measured by
 * `npm run bench:stream`, not here.)
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  decode,
  documentText,
  encode,
  parseSubmission,
  stringifyBytes,
  summarize,
  type Document,
} from '../src/index.js';
import { readSubmission, type ReadSubmissionOptions, type SubmissionPart } from '../src/node/index.js';
import { submissionProblem } from './helpers/invariants.js';

const root = new URL('../../shared/corpus/', import.meta.url).pathname;
const corpusFiles = ['raw/submission', 'raw/sgml'].flatMap((d) =>
  existsSync(join(root, d)) ? readdirSync(join(root, d)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(root, d, f)) : [],
);

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function collect(bytes: Uint8Array, size: number, options?: ReadSubmissionOptions): Promise<SubmissionPart[]> {
  const parts: SubmissionPart[] = [];
  for await (const p of readSubmission(chunked(bytes, size), options)) parts.push(p);
  return parts;
}

/** The parts' bytes, checked to follow each other without gap or overlap. */
function rebuilt(parts: readonly SubmissionPart[]): Buffer {
  let at = 0;
  for (const p of parts) {
    expect(p.offset).toBe(at);
    at += p.bytes.length;
  }
  return Buffer.concat(parts.map((p) => p.bytes));
}

/** A tree without positions, to compare a part's tree with the whole file's. */
const bare = (node: unknown): unknown => JSON.parse(JSON.stringify(node, (k, v: unknown) => (k === 'position' ? undefined : v)));

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** Body bytes of the passed-through documents, by documentStart, in order. */
function passedBodies(parts: readonly SubmissionPart[]): { document: Document | null; body: Buffer; end: SubmissionPart | undefined }[] {
  const out: { document: Document | null; body: Buffer; end: SubmissionPart | undefined }[] = [];
  for (const p of parts) {
    if (p.kind === 'documentStart') out.push({ document: p.document, body: Buffer.alloc(0), end: undefined });
    const last = out[out.length - 1];
    if (p.kind === 'chunk' && p.body && last) last.body = Buffer.concat([last.body, p.bytes]);
    if (p.kind === 'documentEnd' && last) last.end = p;
  }
  return out;
}

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

const header = 'ACCESSION NUMBER:\t0000000000-05-000001\nFILED AS OF DATE:\t20050104\n';
const release = 'ACME WINS\n\nDALLAS, Texas, Dec. 30 /PRNewswire/ -- Acme Widgets Inc. (NASDAQ: ACME) today\nreported record sales for the quarter.\n';
const sample = (body: string, type = 'EX-99.1'): string =>
  `<SEC-DOCUMENT>x\n<SEC-HEADER>x\n${header}</SEC-HEADER>\n<DOCUMENT>\n<TYPE>${type}\n<SEQUENCE>1\n<TEXT>\r\n${body}</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n`;

describe('readSubmission', () => {
  it('reads a Node stream, and dates yearless datelines by the header it read first', async () => {
    const text = sample(release);
    const kinds: string[] = [];
    let date: string | null | undefined;
    for await (const p of readSubmission(Readable.from([Buffer.from(text)]))) {
      kinds.push(p.kind);
      if (p.kind === 'document') {
        const ex = p.document.children.find((c) => c.type === 'exhibit');
        date = ex?.type === 'exhibit' ? summarize(ex).dateline?.date : undefined;
      }
    }
    expect(kinds).toEqual(['header', 'document']);
    expect(date).toBe('2004-12-30');
  });

  it('passes a text body larger than maxPartBytes through, without the <TEXT> line ending', async () => {
    const big = `${release}${'Lorem ipsum dolor sit amet.\n'.repeat(10_000)}`;
    const bytes = Buffer.from(sample(big));
    for (const size of [1000, 65_536]) {
      const parts = await collect(bytes, size, { maxPartBytes: 64 * 1024 });
      expect(rebuilt(parts).equals(bytes)).toBe(true);
      expect(parts.map((p) => p.kind).filter((k) => k !== 'chunk')).toEqual(['header', 'documentStart', 'documentEnd']);
      const [passed] = passedBodies(parts);
      expect(passed?.body.toString()).toBe(big);
      expect(passed?.document).toMatchObject({ documentType: 'EX-99.1', sequence: 1 });
      expect(passed?.end).toMatchObject({ bodyBytes: big.length, sha256: sha256(Buffer.from(big)) });
    }
  });

  it('keeps the line ending of the <TEXT> line out of a payload split right after it', async () => {
    const uu = 'begin 644 a.gif\nM86)C\n`\nend\n';
    const bytes = Buffer.from(sample(uu, 'GRAPHIC'));
    const cut = bytes.indexOf('<TEXT>') + '<TEXT>\r'.length;
    async function* two(): AsyncGenerator<Uint8Array> {
      yield bytes.subarray(0, cut);
      yield bytes.subarray(cut);
    }
    const parts: SubmissionPart[] = [];
    for await (const p of readSubmission(two())) parts.push(p);
    expect(rebuilt(parts).equals(bytes)).toBe(true);
    expect(passedBodies(parts)[0]?.body.toString()).toBe(uu);
  });

  it('passes an oversized prologue through as chunks, then reads on', async () => {
    const prologue = `${'x'.repeat(99)}\n`.repeat(1500);
    const bytes = Buffer.from(prologue + sample(release).slice('<SEC-DOCUMENT>x\n'.length));
    const parts = await collect(bytes, 4096, { maxPartBytes: 64 * 1024 });
    expect(rebuilt(parts).equals(bytes)).toBe(true);
    expect(parts.some((p) => p.kind === 'header')).toBe(false);
    expect(parts.filter((p) => p.kind === 'chunk').every((p) => p.kind === 'chunk' && !p.body)).toBe(true);
    expect(parts.at(-1)).toMatchObject({ kind: 'document', document: { documentType: 'EX-99.1' } });
  });

  it('refuses text chunks: their bytes are gone', async () => {
    const read = async (): Promise<void> => {
      for await (const p of readSubmission(Readable.from(['<DOCUMENT>']))) expect(p).toBeUndefined();
    };
    await expect(read()).rejects.toThrow(TypeError);
  });

  it('yields nothing for empty input, and one header part for a file with no document', async () => {
    expect(await collect(new Uint8Array(0), 10)).toEqual([]);
    const parts = await collect(Buffer.from('just text\n'), 3);
    expect(parts.map((p) => p.kind)).toEqual(['header']);
    expect(parts[0]).toMatchObject({ header: null });
  });
});
