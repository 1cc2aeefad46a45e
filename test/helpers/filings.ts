/**
 * Submission files of our own making, for the bulk tests: a header with an accession
 * number, then documents, each with its type, sequence and body; optionally an encoded
 * graphic of any size, written to disk in slices so that a 50 MB file is never built whole.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export interface FilingDocument {
  readonly type: string;
  readonly sequence: number;
  readonly body: string | Uint8Array;
  readonly filename?: string;
}

const latin = (s: string): Buffer => Buffer.from(s, 'latin1');

export function headerText(accession: string, filed = '20041014'): string {
  return [
    `<SEC-DOCUMENT>${accession}.txt : ${filed}`,
    `<SEC-HEADER>${accession}.hdr.sgml : ${filed}`,
    `ACCESSION NUMBER:\t\t${accession}`,
    'CONFORMED SUBMISSION TYPE:\t8-K',
    `PUBLIC DOCUMENT COUNT:\t\t2`,
    `FILED AS OF DATE:\t\t${filed}`,
    '',
    'FILER:',
    '',
    '\tCOMPANY DATA:\t',
    '\t\tCOMPANY CONFORMED NAME:\t\t\tACME CO',
    '</SEC-HEADER>',
    '',
  ].join('\n');
}

export function documentBytes(doc: FilingDocument): Buffer {
  const tags = [`<DOCUMENT>`, `<TYPE>${doc.type}`, `<SEQUENCE>${doc.sequence}`, ...(doc.filename ? [`<FILENAME>${doc.filename}`] : []), '<TEXT>', ''].join('\n');
  const body = typeof doc.body === 'string' ? latin(doc.body) : Buffer.from(doc.body);
  return Buffer.concat([latin(tags), body, latin('</TEXT>\n</DOCUMENT>\n')]);
}

/** A whole submission in memory. */
export function filing(accession: string, docs: readonly FilingDocument[]): Buffer {
  return Buffer.concat([latin(headerText(accession)), ...docs.map(documentBytes), latin('</SEC-DOCUMENT>\n')]);
}

/** One MiB of uuencoded-looking lines ("M" and 60 characters), the same every time. */
function uuMiB(): Buffer {
  const size = 1024 * 1024;
  const out = Buffer.alloc(size);
  let x = 2463534242;
  for (let i = 0; i < size; i++) {
    if (i % 62 === 0) out[i] = 0x4d;
    else if (i % 62 === 61) out[i] = 0x0a;
    else {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      out[i] = 0x21 + ((x >>> 0) % 64);
    }
  }
  return out;
}

/**
 * Writes to `path` a submission whose documents are `docs` followed by a uuencoded graphic
 * of `graphicMiB` MiB; returns nothing until the file is on disk.
 */
export async function writeLargeFiling(path: string, accession: string, docs: readonly FilingDocument[], graphicMiB: number): Promise<void> {
  const out = createWriteStream(path);
  const write = async (b: Buffer): Promise<void> => {
    if (!out.write(b)) await once(out, 'drain');
  };
  await write(latin(headerText(accession)));
  for (const d of docs) await write(documentBytes(d));
  await write(latin(`<DOCUMENT>\n<TYPE>GRAPHIC\n<SEQUENCE>${docs.length + 1}\n<FILENAME>logo.jpg\n<TEXT>\nbegin 644 logo.jpg\n`));
  const block = uuMiB();
  for (let i = 0; i < graphicMiB; i++) await write(block);
  await write(latin('`\nend\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n'));
  out.end();
  await once(out, 'finish');
}
