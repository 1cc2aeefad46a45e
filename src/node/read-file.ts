/**
 * `readFile(path)` and `readBytes(bytes)`: {@link read} for Node, with two savings. A
 * submission file is streamed part by part (a 50 MB filing full of encoded graphics is
 * never held whole: only its header and one text document at a time), and the HTML reader
 * is loaded only for input that may hold HTML. `-` reads standard input.
 */
import { close, createReadStream, open, read, readFile as readWholeCallback } from 'node:fs';
import { looksLikeSubmission } from '../submission/detect.js';
import { decodeInput, documentReadExhibit, kindOf, readDecoded, type HtmlRenderer, type ReadOptions } from '../read/core.js';
import { inputKind } from '../read/detect.js';
import type { InputKind, ReadExhibit, ReadResult } from '../read/schema.js';
import type { SecHeader } from '../tree/nodes/sec-header.js';

/** A file being read: its kind, known at once, and its exhibits, as they are read. */
export interface FileRead {
  readonly kind: InputKind;
  readonly exhibits: AsyncIterable<ReadExhibit>;
}

/** A file's path: a string, or its bytes for a name that is not valid UTF-8. */
export type FilePath = string | Buffer;

/** How many bytes decide whether a file is a submission. */
const HEAD_BYTES = 1024;

/** The path naming standard input. */
export const STDIN = '-';

/** The HTML renderer, loaded when an input of this kind may hold HTML. */
async function rendererFor(kind: InputKind): Promise<HtmlRenderer> {
  if (kind === 'exhibit') return () => '';
  return (await import('../html/index.js')).htmlToText;
}

// File reads through node:fs callbacks: node:fs/promises (and the stream and readline
// modules it loads) would add to every start of the CLI.

/** The first {@link HEAD_BYTES} bytes of a file. */
function head(path: FilePath): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    open(path, 'r', (error, fd) => {
      if (error) return reject(error);
      const bytes = new Uint8Array(HEAD_BYTES);
      read(fd, bytes, 0, HEAD_BYTES, 0, (readError, bytesRead) => {
        close(fd, () => (readError ? reject(readError) : resolve(bytes.subarray(0, bytesRead))));
      });
    });
  });
}

/** Every byte of a file. */
export function readWhole(path: FilePath): Promise<Uint8Array> {
  return new Promise((resolve, reject) => readWholeCallback(path, (error, bytes) => (error ? reject(error) : resolve(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)))));
}

/** Every byte of standard input. */
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Uint8Array);
  return new Uint8Array(Buffer.concat(chunks));
}

/** {@link read} of bytes or text, the same result, with the HTML reader loaded only when needed. */
export async function readBytes(input: string | Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  const decoded = decodeInput(input);
  const kind = kindOf(decoded);
  return readDecoded(decoded, kind, await rendererFor(kind), options);
}

async function* streamed(path: FilePath, options: ReadOptions): AsyncGenerator<ReadExhibit> {
  const render = await rendererFor('submission');
  // The streaming reader (and node:crypto, which it hashes with) loads only for submissions.
  const { readSubmission } = await import('../submission/stream/reader.js');
  let header: SecHeader | null = null;
  const stream = createReadStream(path);
  try {
    for await (const part of readSubmission(stream)) {
      if (part.kind === 'header') header = part.header;
      if (part.kind !== 'document') continue;
      const found = documentReadExhibit(part.document, header, render, options.filingDate ?? null);
      if (found) yield found;
    }
  } finally {
    stream.destroy();
  }
}

async function* listed(exhibits: readonly ReadExhibit[]): AsyncGenerator<ReadExhibit> {
  yield* exhibits;
}

/**
 * Reads the file at `path` (or standard input for `-`) like {@link read}: the same
 * detection, the same exhibits. Rejects with the file system's error for a file it cannot
 * open and with a `ReadError` for one that holds no text.
 */
export async function readFile(path: FilePath, options: ReadOptions = {}): Promise<FileRead> {
  if (path === STDIN) {
    const result = await readBytes(await readStdin(), options);
    return { kind: result.kind, exhibits: listed(result.exhibits) };
  }
  const start = await head(path);
  // Latin-1: every byte one character, and the tags are ASCII.
  if (looksLikeSubmission(start)) return { kind: inputKind(String.fromCharCode(...start)), exhibits: streamed(path, options) };
  const result = await readBytes(await readWhole(path), options);
  return { kind: result.kind, exhibits: listed(result.exhibits) };
}
