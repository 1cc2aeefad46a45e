/**
 * The state machine behind `readSubmission`: bytes in, finished parts out.
 *
 * The current part (the header, then one document at a time) is held until the next
 * `<DOCUMENT>` and then parsed. It passes through instead — opening as `documentStart`,
 * body as `chunk`s, rest as `documentEnd` — when its body turns out to be a payload (the
 * same test as the tree builder's, on the body's first bytes) or when it grows past the
 * limit. Bytes keep their order: nothing is emitted while earlier bytes are still held.
 */
import { createHash, type Hash } from 'node:crypto';
import { parseSubmission } from '../parse.js';
import { payloadOf, PAYLOAD_HEAD } from '../payload.js';
import type { Document } from '../../tree/nodes/document.js';
import type { Submission } from '../../tree/nodes/submission.js';
import { Held } from './held.js';
import { KEEP_BACK, markerLength, nextMarker, NEXT_MODE, type Marker, type ScanMode } from './scanner.js';
import type { SubmissionPart } from './parts.js';

const CR = 13;
const LF = 10;

const documentOf = (tree: Submission): Document | null => {
  const d = tree.children.find((c) => c.type === 'document');
  return d?.type === 'document' ? d : null;
};

/** `push` and `end` return the parts finished by the bytes given. */
export class PartReader {
  private mode: ScanMode = 'outside';
  private carry: Buffer = Buffer.alloc(0);
  /** Stream offset of the next byte to be taken. */
  private offset = 0;
  private kind: 'header' | 'document' = 'header';
  private held = new Held();
  private out: SubmissionPart[] = [];
  private filingDate: string | undefined;

  // The current document's body.
  /** Held length where the bytes after `<TEXT>` start; -1 before `<TEXT>`. */
  private textFrom = -1;
  /** Whether the body's start has been examined for a payload. */
  private examined = false;
  /** Passing the part through instead of holding it. */
  private passing = false;
  /** While passing: a line ending right after `<TEXT>` is the tag's, not the body's. */
  private lineEndAfterTag: 'any' | 'lf' | 'none' = 'none';
  private hash: Hash | null = null;
  private bodyBytes = 0;

  constructor(private readonly maxPart: number) {}

  push(chunk: Buffer): SubmissionPart[] {
    const data = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    let pos = 0;
    for (;;) {
      const found = nextMarker(data, pos, this.mode);
      if (!found) {
        // The last few bytes may begin a tag that ends in the next chunk.
        const safe = Math.max(pos, data.length - KEEP_BACK);
        this.take(data.subarray(pos, safe));
        this.carry = Buffer.from(data.subarray(safe));
        break;
      }
      this.take(data.subarray(pos, found.at));
      pos = found.at + markerLength(found.marker);
      this.marker(found.marker, data.subarray(found.at, pos));
    }
    return this.drain();
  }

  end(): SubmissionPart[] {
    this.take(this.carry);
    this.carry = Buffer.alloc(0);
    this.finishPart();
    return this.drain();
  }

  private drain(): SubmissionPart[] {
    const parts = this.out;
    this.out = [];
    return parts;
  }

  private marker(marker: Marker, bytes: Buffer): void {
    if (marker === 'documentOpen') this.finishPart();
    if (marker === 'textOpen') {
      // The tag is the document's; what follows it is the body.
      this.take(bytes);
      this.mode = 'text';
      this.textFrom = this.held.length;
      this.lineEndAfterTag = 'any';
      return;
    }
    // A body ends whole before its end tag: the last moment to look at it.
    if (this.mode === 'text' && !this.passing && !this.examined) this.examine();
    if (marker === 'documentOpen') this.kind = 'document';
    this.mode = NEXT_MODE[marker];
    this.take(bytes);
  }

  /** Routes bytes to the held part, or out as chunks when passing through. */
  private take(bytes: Buffer): void {
    if (bytes.length === 0) return;
    if (!this.passing) {
      this.held.push(bytes, this.offset);
      this.offset += bytes.length;
      if (this.mode === 'text' && !this.examined && this.held.length - this.textFrom >= PAYLOAD_HEAD + 2) this.examine();
      if (!this.passing && this.held.length > this.maxPart) this.overflow();
      return;
    }
    if (this.mode === 'text') return this.body(bytes);
    this.held.push(bytes, this.offset);
    this.offset += bytes.length;
    if (this.held.length > this.maxPart) this.flushHeld();
  }

  /** Body bytes while passing through: out as chunks, counted and hashed. */
  private body(bytes: Buffer): void {
    let b = bytes;
    while (this.lineEndAfterTag !== 'none' && b.length) {
      const first = b[0];
      const owned = first === LF || (first === CR && this.lineEndAfterTag === 'any');
      this.lineEndAfterTag = first === CR && this.lineEndAfterTag === 'any' ? 'lf' : 'none';
      if (!owned) break;
      this.held.push(b.subarray(0, 1), this.offset);
      this.offset += 1;
      b = b.subarray(1);
    }
    if (!b.length) return;
    this.flushHeld();
    this.hash?.update(b);
    this.bodyBytes += b.length;
    this.out.push({ kind: 'chunk', offset: this.offset, bytes: b, body: true });
    this.offset += b.length;
  }

  /** Held bytes out as a chunk that is not body. */
  private flushHeld(): void {
    if (!this.held.length) return;
    const offset = this.held.offset;
    this.out.push({ kind: 'chunk', offset, bytes: this.held.take(), body: false });
  }

  /** Looks at the start of the body: a payload passes through, text stays held. */
  private examine(): void {
    this.examined = true;
    const head = this.held.peek(this.textFrom + PAYLOAD_HEAD + 2);
    const bodyFrom = this.textFrom + lineEndLength(head, this.textFrom);
    const body = head.subarray(bodyFrom);
    if (!body.length) return;
    const doc = documentOf(parseSubmission(head.subarray(0, bodyFrom)));
    if (payloadOf(doc?.documentType ?? null, body.toString('latin1'))) this.startPassing(bodyFrom, true);
  }

  /** A part grew past `maxPartBytes`: pass the rest of it through. */
  private overflow(): void {
    if (this.kind === 'header') {
      this.passing = true;
      return this.flushHeld();
    }
    if (this.mode === 'text' && this.examined) {
      const head = this.held.peek(this.textFrom + 2);
      return this.startPassing(this.textFrom + lineEndLength(head, this.textFrom), true);
    }
    this.startPassing(this.held.length, false);
  }

  /**
   * Emits the held opening of the document (its first `split` bytes) as `documentStart`
   * and passes everything after it through. `bodyStarts`: the split is where the body
   * starts, past the line ending of the `<TEXT>` line.
   */
  private startPassing(split: number, bodyStarts: boolean): void {
    const offset = this.held.offset;
    const all = this.held.take();
    const opening = all.subarray(0, split);
    const tree = parseSubmission(opening);
    this.out.push({ kind: 'documentStart', offset, bytes: opening, tree, document: documentOf(tree) });
    this.passing = true;
    this.hash = createHash('sha256');
    this.bodyBytes = 0;
    if (bodyStarts) this.lineEndAfterTag = 'none';
    // What was held past the split goes out again, as body or as more of the part.
    this.offset = offset + split;
    this.take(all.subarray(split));
  }

  /** The part ends (at the next `<DOCUMENT>` or the end of input): emit what it was. */
  private finishPart(): void {
    if (this.passing) {
      if (this.kind === 'header') this.flushHeld();
      else {
        const offset = this.held.length ? this.held.offset : this.offset;
        this.out.push({ kind: 'documentEnd', offset, bytes: this.held.take(), bodyBytes: this.bodyBytes, sha256: this.hash?.digest('hex') ?? '' });
      }
    } else if (this.held.length) {
      if (this.kind === 'document' && this.mode === 'text' && !this.examined) this.examine();
      if (this.passing) return this.finishPart();
      const offset = this.held.offset;
      const bytes = this.held.take();
      const tree = parseSubmission(bytes, this.filingDate ? { filingDate: this.filingDate } : {});
      if (this.kind === 'header') {
        const header = tree.children.find((c) => c.type === 'secHeader');
        const sec = header?.type === 'secHeader' ? header : null;
        this.filingDate = sec?.filedAsOf ?? undefined;
        this.out.push({ kind: 'header', offset, bytes, tree, header: sec });
      } else {
        const document = documentOf(tree);
        if (document) this.out.push({ kind: 'document', offset, bytes, tree, document });
      }
    }
    this.textFrom = -1;
    this.examined = false;
    this.passing = false;
    this.lineEndAfterTag = 'none';
    this.hash = null;
    this.bodyBytes = 0;
  }
}

/** Length of the line ending at byte `i` of `buf` (0 when none): CRLF, CR or LF. */
function lineEndLength(buf: Buffer, i: number): number {
  if (buf[i] === CR) return buf[i + 1] === LF ? 2 : 1;
  return buf[i] === LF ? 1 : 0;
}
