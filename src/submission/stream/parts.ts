/**
 * What `readSubmission` yields. Every part carries its exact bytes and their offset in the
 * stream: writing `bytes` of every part, in order, rebuilds the input byte for byte.
 */
import type { Document } from '../../tree/nodes/document.js';
import type { SecHeader } from '../../tree/nodes/sec-header.js';
import type { Submission } from '../../tree/nodes/submission.js';

interface PartBase {
  /** Byte offset of `bytes` in the stream. */
  readonly offset: number;
  /** The part's exact bytes. */
  readonly bytes: Uint8Array;
}

/**
 * Everything before the first `<DOCUMENT>`: the PEM envelope, `<SEC-DOCUMENT>` and the SEC
 * header, parsed. Positions in `tree` count from the start of the stream. Not yielded
 * when the input opens with `<DOCUMENT>`.
 */
export interface HeaderPart extends PartBase {
  readonly kind: 'header';
  /** The bytes as a submission tree; `stringifyBytes(tree)` is `bytes`. */
  readonly tree: Submission;
  readonly header: SecHeader | null;
}

/**
 * One whole document, parsed: from its `<DOCUMENT>` up to the next `<DOCUMENT>` or the
 * end, so layout and closing tags after `</DOCUMENT>` ride along as leaves of `tree`.
 * Positions in `tree` count from the start of this part; `offset` places it in the stream.
 */
export interface DocumentPart extends PartBase {
  readonly kind: 'document';
  readonly tree: Submission;
  readonly document: Document;
}

/**
 * The opening of a document whose body is passed through instead of held: an opaque
 * payload, or a body larger than `maxPartBytes`. `bytes` run up to the body (the `<TEXT>`
 * line included); `document` has the document's fields and tags, without the body.
 */
export interface DocumentStartPart extends PartBase {
  readonly kind: 'documentStart';
  readonly tree: Submission;
  readonly document: Document | null;
}

/**
 * Bytes passed through without being held: a slice of a document body (`body: true`,
 * between `documentStart` and `documentEnd`), or of any other region too large to hold.
 */
export interface ChunkPart extends PartBase {
  readonly kind: 'chunk';
  readonly body: boolean;
}

/**
 * The end of a passed-through document: from `</TEXT>` up to the next `<DOCUMENT>` or
 * the end, with the size and SHA-256 of the body chunks since `documentStart`.
 */
export interface DocumentEndPart extends PartBase {
  readonly kind: 'documentEnd';
  readonly bodyBytes: number;
  /** Hex SHA-256 of the body: compare it with the hash of what you wrote. */
  readonly sha256: string;
}

export type SubmissionPart = HeaderPart | DocumentPart | DocumentStartPart | ChunkPart | DocumentEndPart;
