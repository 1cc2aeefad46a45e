/** Bytes held back in order, with the stream offset of the first. */
export class Held {
  private chunks: Buffer[] = [];
  private size = 0;
  private first = 0;

  /** Appends `bytes`, which start at stream offset `offset`. */
  push(bytes: Buffer, offset: number): void {
    if (bytes.length === 0) return;
    if (this.size === 0) this.first = offset;
    this.chunks.push(bytes);
    this.size += bytes.length;
  }

  get length(): number {
    return this.size;
  }

  /** Stream offset of the first held byte. */
  get offset(): number {
    return this.first;
  }

  /** The first `n` held bytes, copied into one buffer (all of them by default). */
  peek(n = this.size): Buffer {
    const out = Buffer.allocUnsafe(Math.min(n, this.size));
    let at = 0;
    for (const c of this.chunks) {
      if (at >= out.length) break;
      at += c.copy(out, at, 0, Math.min(c.length, out.length - at));
    }
    return out;
  }

  /** Everything held, as one buffer; the holder is empty afterwards. */
  take(): Buffer {
    const out = this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks, this.size);
    this.chunks = [];
    this.size = 0;
    return out;
  }
}
