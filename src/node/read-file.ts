/**
 * `readFile(path)`: {@link read} for a file, with a submission streamed part by part (a
 * 50 MB filing full of encoded graphics is never held whole: only its header and one
 * text document at a time). `-` reads standard input.
 */
import { createReadStream } from 'node:fs';
import { open, readFile as readWhole } from 'node:fs/promises';
import { looksLikeSubmission } from '../submission/detect.js';
import { readSubmission } from '../submission/stream/reader.js';
import { documentReadExhibit, read, type ReadOptions } from '../read/read.js';
import { inputKind } from '../read/detect.js';
import type { InputKind, ReadExhibit } from '../read/schema.js';
import type { SecHeader } from '../tree/nodes/sec-header.js';

/** A file being read: its kind, known at once, and its exhibits, as they are read. */
export interface FileRead {
  readonly kind: InputKind;
  readonly exhibits: AsyncIterable<ReadExhibit>;
}

/** How many bytes decide whether a file is a submission. */
const HEAD_BYTES = 1024;

/** The path naming standard input. */
export const STDIN = '-';

/** A file's path: a string, or its bytes for a name that is not valid UTF-8. */
export type FilePath = string | Buffer;

async function head(path: FilePath): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const bytes = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await handle.read(bytes, 0, HEAD_BYTES, 0);
    return bytes.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Every byte of standard input. */
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Uint8Array);
  return new Uint8Array(Buffer.concat(chunks));
}

async function* streamed(path: FilePath, options: ReadOptions): AsyncGenerator<ReadExhibit> {
  let header: SecHeader | null = null;
  const stream = createReadStream(path);
  try {
    for await (const part of readSubmission(stream)) {
      if (part.kind === 'header') header = part.header;
      if (part.kind !== 'document') continue;
      const found = documentReadExhibit(part.document, header, options.filingDate ?? null);
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
    const result = read(await readStdin(), options);
    return { kind: result.kind, exhibits: listed(result.exhibits) };
  }
  const start = await head(path);
  if (looksLikeSubmission(start)) {
    // Latin-1: every byte one character, and the tags are ASCII.
    return { kind: inputKind(String.fromCharCode(...start)), exhibits: streamed(path, options) };
  }
  const result = read(new Uint8Array(await readWhole(path)), options);
  return { kind: result.kind, exhibits: listed(result.exhibits) };
}
