/**
 * `readSubmission(stream)`: a submission read part by part with bounded memory. The header
 * and each text document are held and parsed (`parseSubmission` on their own bytes); an
 * opaque payload (uuencoded graphic, PDF, zip …) or any region larger than `maxPartBytes`
 * is passed through as chunks, never held whole. Every part carries its exact bytes, so a
 * caller that writes them in order has the input back, byte for byte.
 */
import { PartReader } from './part-reader.js';
import type { SubmissionPart } from './parts.js';

export interface ReadSubmissionOptions {
  /**
   * Most bytes held at once for one part (default 8 MiB, at least 64 KiB). A document
   * whose body is larger passes through as chunks, like a payload.
   */
  readonly maxPartBytes?: number;
}

const DEFAULT_MAX_PART = 8 * 1024 * 1024;
const MIN_MAX_PART = 64 * 1024;

/** Reads a submission (or a lone `<DOCUMENT>` block) from a stream of bytes. */
export async function* readSubmission(input: AsyncIterable<Uint8Array>, options: ReadSubmissionOptions = {}): AsyncGenerator<SubmissionPart> {
  const reader = new PartReader(Math.max(options.maxPartBytes ?? DEFAULT_MAX_PART, MIN_MAX_PART));
  for await (const chunk of input) {
    // Text would have lost its bytes already: a stream with an encoding set cannot be rebuilt.
    if (!(chunk instanceof Uint8Array)) throw new TypeError('readSubmission reads bytes: do not set an encoding on the stream');
    yield* reader.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  }
  yield* reader.end();
}
