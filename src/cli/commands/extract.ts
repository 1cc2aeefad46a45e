/**
 * `sec-exhibit extract SUBMISSION [--type EX-99*]... [--out DIR]`: the chosen documents'
 * `<TEXT>` bodies, exactly as stored (bytes), to DIR — one file per document, named by
 * sequence and file name (`002-x9901.txt`; `002-x9901-1.txt` when that name is taken; long
 * names shortened; never through a symbolic link) — or to stdout. The submission is streamed, so
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

/** Characters kept in output file names; every other one becomes `_`. */
const UNSAFE_NAME = /[^\w.-]/g;

/**
 * Whether `text` matches the glob `pattern` (`*` any run of characters), both already in
 * one case. No backtracking: the literal pieces between stars are found left to right, each
 * at its first place after the one before (the leftmost place never loses a match), so a
 * pattern like `*A*A*A*B` against a long TYPE line costs a few scans of it.
 */
function globMatches(pattern: string, text: string): boolean {
  const pieces = pattern.split('*');
  const first = pieces[0] ?? '';
  if (pieces.length === 1) return text === first;
  const last = pieces[pieces.length - 1] ?? '';
  if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last)) return false;
  let at = first.length;
  const end = text.length - last.length;
  for (const piece of pieces.slice(1, -1)) {
    const found = text.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

/** `EX-99*` → a case-insensitive, anchored matcher. */
export function typeMatcher(patterns: readonly string[]): (type: string | null) => boolean {
  const lower = patterns.map((p) => p.toLowerCase());
  return (type) => type !== null && lower.some((p) => globMatches(p, type.toLowerCase()));
}

/** Longest output file name, in bytes: under every common file system's limit of 255. */
const MAX_NAME = 200;
/** Longest extension kept when a name is shortened. */
const MAX_EXTENSION = 16;

/** `name` cut to {@link MAX_NAME} characters (ASCII by then), its extension kept. */
function shortened(name: string): string {
  if (name.length <= MAX_NAME) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= MAX_EXTENSION ? name.slice(dot) : '';
  return name.slice(0, MAX_NAME - extension.length) + extension;
}

/** The output name of a document: zero-padded sequence (or ordinal), then its file name, at most {@link MAX_NAME} bytes. */
export function outputName(document: Pick<Document, 'sequence' | 'filename' | 'documentType'>, ordinal: number): string {
  const seq = String(document.sequence ?? ordinal).padStart(3, '0');
  const name = document.filename ? basename(document.filename) : `${document.documentType ?? 'document'}.txt`;
  return shortened(`${seq}-${name.replace(UNSAFE_NAME, '_')}`);
}

/** `name` with `-n` before its extension: the n-th name tried when `name` is taken. */
export function numberedName(name: string, n: number): string {
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  return shortened(`${stem.slice(0, MAX_NAME - extension.length - String(n).length - 1)}-${n}${extension}`);
}

/** How many numbered names to try before giving up on a document. */
const MAX_TRIES = 1000;

/**
 * A new file in `dir` named `name`, or `name-1`, `name-2` … when taken. Opened with
 * O_CREAT|O_EXCL (`wx`): an existing file is never overwritten, and a symbolic link at the
 * name — one planted under the predictable name — is never followed.
 */
async function createNew(dir: string, name: string): Promise<{ path: string; stream: WriteStream }> {
  for (let n = 0; n < MAX_TRIES; n++) {
    const path = join(dir, n === 0 ? name : numberedName(name, n));
    const stream = createWriteStream(path, { flags: 'wx' });
    try {
      await once(stream, 'open');
      return { path, stream };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  throw new Error(`${MAX_TRIES} files named like ${name} already exist`);
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
    const { path, stream } = await createNew(flags.out, outputName(document, ordinal));
    await writeLine(path);
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
