/**
 * readSubmission: parts that rebuild the input byte for byte whatever the chunking, trees
 * equal to parseSubmission's, payloads passed through with their size and digest, and
 * oversized regions passed through instead of held. (Memory is measured by
 * `npm run bench:stream`, not here; the corpus sweep is test/corpus/submission-stream.test.ts.)
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { summarize } from '../src/index.js';
import { readSubmission, type SubmissionPart } from '../src/node/index.js';
import { collect, passedBodies, rebuilt, sha256 } from './helpers/stream.js';

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
