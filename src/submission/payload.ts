/**
 * Which document bodies are opaque payloads. The streaming reader and the tree builder ask
 * the same question with the same answer, from the document's type and the body's start.
 */
import type { Payload } from '../tree/nodes/payload.js';

/** Document types EDGAR only ever fills with encoded binaries. */
const BINARY_TYPES = new Set(['GRAPHIC', 'ZIP', 'EXCEL', 'PDF', 'XBRL ZIP', 'COVER']);

/** A uuencoded file's first line: `begin 644 logo.jpg` (mode, then the file name). */
const UU_BEGIN = /^begin [0-7]{3,4} ([^\r\n]+)/;

/** EDGAR wraps uuencoded PDF copies in `<PDF>` … `</PDF>`. */
const PDF_TAG = '<PDF>';

/** How many characters of a body {@link payloadOf} looks at. */
export const PAYLOAD_HEAD = 512;

/** Skips layout characters from `i`. */
function skipLayout(text: string, i: number): number {
  let j = i;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r' || text[j] === '\n' || text[j] === '\f')) j++;
  return j;
}

/**
 * What an opaque body is, or null for text: a uuencoded file (`begin 644 name`, possibly
 * inside `<PDF>`), or any body of a binary-only document type. Reads at most
 * {@link PAYLOAD_HEAD} characters of `body`.
 */
export function payloadOf(documentType: string | null, body: string): Pick<Payload, 'format' | 'filename'> | null {
  const head = body.slice(0, PAYLOAD_HEAD);
  let i = skipLayout(head, 0);
  if (head.startsWith(PDF_TAG, i)) i = skipLayout(head, i + PDF_TAG.length);
  const uu = UU_BEGIN.exec(head.slice(i));
  if (uu) return { format: 'uuencoded', filename: uu[1]?.trim() || null };
  if (documentType !== null && BINARY_TYPES.has(documentType.toUpperCase())) return { format: 'binary', filename: null };
  return null;
}
