/**
 * Bytes in, bytes out. EDGAR text is UTF-8 or, in older filings, Windows-1252 (curly
 * quotes and dashes in 0x80–0x9F); files saved by desktop tools are sometimes UTF-16 with
 * a byte-order mark. Input that opens with a UTF-16 BOM and is valid UTF-16 is read as
 * UTF-16; input that is valid UTF-8 as UTF-8 (a BOM kept as U+FEFF, as is a UTF-16 one);
 * anything else as Windows-1252, which maps every byte to one character and back, so the
 * original bytes can always be rebuilt. Web APIs only (TextDecoder, Uint8Array): this
 * module runs in browsers.
 */

export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** Every encoding {@link decode} can report, for checking a recorded one. */
export const ENCODINGS: readonly Encoding[] = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'];

/** Whether `value` names an encoding {@link encode} can write. */
export function isEncoding(value: unknown): value is Encoding {
  return typeof value === 'string' && (ENCODINGS as readonly string[]).includes(value);
}

export interface Decoded {
  readonly text: string;
  readonly encoding: Encoding;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Windows-1252 characters for bytes 0x80–0x9F, as the WHATWG Encoding Standard maps them
 * (the five unassigned bytes map to the C1 control of the same number). Every other byte
 * is the Latin-1 character of the same number. Written out because Node 20's
 * TextDecoder('windows-1252') decodes as Latin-1 and would turn quotes into controls.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const cp1252Char = (byte: number): number => (byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] ?? byte) : byte);

function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, cp1252Char));
  }
  return out;
}

const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });

/** The byte order a UTF-16 byte-order mark at the start announces, or null. */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Swaps the bytes of every pair: UTF-16BE ⇄ UTF-16LE. */
function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] ?? 0;
    out[i + 1] = bytes[i] ?? 0;
  }
  return out;
}

/** UTF-16 text of `bytes` in `order`, or null when they are not valid UTF-16 (a lone surrogate). */
function decodeUtf16(bytes: Uint8Array, order: 'utf-16le' | 'utf-16be'): string | null {
  try {
    // Big-endian through the little-endian decoder: Node builds without full ICU lack utf-16be.
    return utf16le.decode(order === 'utf-16le' ? bytes : swapPairs(bytes));
  } catch {
    return null;
  }
}

/** Reads bytes as UTF-16 (BOM), UTF-8 when they are valid UTF-8, as Windows-1252 otherwise. */
export function decode(bytes: Uint8Array): Decoded {
  const order = utf16Order(bytes);
  const wide = order ? decodeUtf16(bytes, order) : null;
  if (order && wide !== null) return { text: wide, encoding: order };
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeCp1252(bytes), encoding: 'windows-1252' };
  }
}

/** Windows-1252 byte of each character the decoder produces (all 256 are distinct). */
const CP1252_BYTES: ReadonlyMap<number, number> = new Map(Array.from({ length: 256 }, (_, b) => [cp1252Char(b), b] as const));

/** Error for text that the chosen encoding cannot write. */
export class EncodingError extends Error {
  override readonly name = 'EncodingError';
  constructor(
    readonly encoding: Encoding,
    readonly offset: number,
  ) {
    super(`Character at offset ${offset} has no ${encoding} byte`);
  }
}

/** Writes text back to bytes in `encoding`; the inverse of {@link decode}. */
export function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return encodeUtf16(text, encoding);
  const table = CP1252_BYTES;
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = table.get(text.charCodeAt(i));
    if (b === undefined) throw new EncodingError(encoding, i);
    out[i] = b;
  }
  return out;
}

/** UTF-16 code units as bytes, in `order` (a BOM is a U+FEFF in the text, written like any other). */
function encodeUtf16(text: string, order: 'utf-16le' | 'utf-16be'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  const [lo, hi] = order === 'utf-16le' ? [0, 1] : [1, 0];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 * i + lo] = unit & 0xff;
    out[2 * i + hi] = unit >> 8;
  }
  return out;
}
