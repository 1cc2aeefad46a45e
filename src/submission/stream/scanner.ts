/**
 * Finds the tags that cut a submission into parts in a byte stream, with the lexer's
 * rules (`grammars/tokens/submission.ts`): outside a document (header included) only
 * `<DOCUMENT>` counts; among a document's tags `<DOCUMENT>`, `</DOCUMENT>` and `<TEXT>`;
 * in a body only `</TEXT>` and `</DOCUMENT>`. The tags are ASCII, and ASCII bytes stand
 * for themselves in UTF-8 and Windows-1252 alike, so searching bytes finds what the lexer
 * finds in the decoded text.
 */
import { MARKERS } from '../../../grammars/tokens/submission.js';

export type ScanMode = 'outside' | 'document' | 'text';

export type Marker = keyof typeof MARKERS;

const BYTES: Readonly<Record<Marker, Buffer>> = {
  documentOpen: Buffer.from(MARKERS.documentOpen, 'latin1'),
  documentClose: Buffer.from(MARKERS.documentClose, 'latin1'),
  textOpen: Buffer.from(MARKERS.textOpen, 'latin1'),
  textClose: Buffer.from(MARKERS.textClose, 'latin1'),
};

const SEARCHED: Readonly<Record<ScanMode, readonly Marker[]>> = {
  outside: ['documentOpen'],
  document: ['documentOpen', 'documentClose', 'textOpen'],
  text: ['textClose', 'documentClose'],
};

/** Where each marker leads. */
export const NEXT_MODE: Readonly<Record<Marker, ScanMode>> = {
  documentOpen: 'document',
  documentClose: 'outside',
  textOpen: 'text',
  textClose: 'document',
};

/** Bytes a chunk must keep back: a marker may start in them and end in the next chunk. */
export const KEEP_BACK = Math.max(...Object.values(BYTES).map((b) => b.length)) - 1;

export const markerLength = (m: Marker): number => BYTES[m].length;

/** The first marker of `mode` in `buf` at or after `from`, or null. */
export function nextMarker(buf: Buffer, from: number, mode: ScanMode): { marker: Marker; at: number } | null {
  let best: { marker: Marker; at: number } | null = null;
  for (const marker of SEARCHED[mode]) {
    const at = buf.indexOf(BYTES[marker], from);
    if (at >= 0 && (!best || at < best.at)) best = { marker, at };
  }
  return best;
}
