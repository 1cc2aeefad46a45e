/**
 * `sec-exhibit extract SUBMISSION [--type EX-99*]... [--out DIR]`: the chosen documents'
 * `<TEXT>` bodies, exactly as stored (bytes), to DIR — one file per document, named by
 * sequence and file name (`002-x9901.txt`) — or to stdout. The submission is streamed, so
 * a payload of any size passes through without being held.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { once } from 'node:events';
import { encode, isEncoding } from '../../bytes/index.js';
import { documentText } from '../../submission/text.js';
import type { Document } from '../../tree/nodes/document.js';
import { fail, reason, writeLine } from '../io.js';
import { submissionParts } from './submission-input.js';

export interface ExtractFlags {
  /** Document type patterns, `*` any run of characters, case-insensitive; default `EX-99*`. */
  readonly type?: readonly string[];
  readonly out?: string;
}

/** Characters with a meaning in regular expressions, escaped in type patterns. */
const REGEX_SPECIAL = /[.+^${}()|[\]\\?]/g;
/** Characters kept in output file names; every other one becomes `_`. */
const UNSAFE_NAME = /[^\w.-]/g;

/** `EX-99*` → a case-insensitive, anchored matcher. */
export function typeMatcher(patterns: readonly string[]): (type: string | null) => boolean {
  const res = patterns.map((p) => new RegExp(`^${p.replace(REGEX_SPECIAL, '\\$&').replaceAll('*', '.*')}$`, 'i'));
  return (type) => type !== null && res.some((r) => r.test(type));
}

/** The output name of a document: zero-padded sequence (or ordinal), then its file name. */
export function outputName(document: Pick<Document, 'sequence' | 'filename' | 'documentType'>, ordinal: number): string {
  const seq = String(document.sequence ?? ordinal).padStart(3, '0');
  const name = document.filename ? basename(document.filename) : `${document.documentType ?? 'document'}.txt`;
  return `${seq}-${name.replace(UNSAFE_NAME, '_')}`;
}

/** Writes to a stream, waiting when its buffer is full. */
async function write(stream: NodeJS.WritableStream, bytes: Uint8Array): Promise<void> {
  if (!stream.write(bytes)) await once(stream, 'drain');
}

async function closeFile(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}

export async function extractCommand(file: string, flags: ExtractFlags): Promise<number> {
  const matches = typeMatcher(flags.type?.length ? flags.type : ['EX-99*']);
  if (flags.out) {
    try {
      await mkdir(flags.out, { recursive: true });
    } catch (e) {
      fail(`--out ${flags.out}: ${e instanceof Error && 'code' in e && e.code === 'EEXIST' ? 'is a file, not a folder' : reason(e)}`);
      return 2;
    }
  }
  let ordinal = 0;
  let written = 0;
  // A passed-through document being written, chunk by chunk.
  let open: NodeJS.WritableStream | null = null;

  const start = async (document: Document): Promise<NodeJS.WritableStream> => {
    written++;
    if (!flags.out) return process.stdout;
    const path = join(flags.out, outputName(document, ordinal));
    await writeLine(path);
    const stream = createWriteStream(path);
    await once(stream, 'open');
    return stream;
  };
  const finish = async (stream: NodeJS.WritableStream): Promise<void> => {
    if (stream !== process.stdout) await closeFile(stream as WriteStream);
  };

  try {
    for await (const part of submissionParts(file)) {
      if (part.kind === 'document' || part.kind === 'documentStart') ordinal++;
      if (part.kind === 'document' && matches(part.document.documentType)) {
        const text = documentText(part.document);
        if (text === null) continue;
        const recorded = part.tree.data?.['encoding'];
        const encoding = isEncoding(recorded) ? recorded : 'utf-8';
        const out = await start(part.document);
        await write(out, encode(text, encoding));
        await finish(out);
      } else if (part.kind === 'documentStart' && part.document && matches(part.document.documentType)) {
        open = await start(part.document);
      } else if (part.kind === 'chunk' && part.body && open) {
        await write(open, part.bytes);
      } else if (part.kind === 'documentEnd' && open) {
        await finish(open);
        open = null;
      }
    }
  } catch (e) {
    fail(`${file}: ${reason(e)}`);
    return 1;
  }
  if (written === 0) {
    fail(`${file}: no document of type ${(flags.type?.length ? flags.type : ['EX-99*']).join(', ')}`);
    return 1;
  }
  return 0;
}
