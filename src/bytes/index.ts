/**
 * Bytes in, bytes out. EDGAR text is UTF-8 or, in older filings, Windows-1252 (curly
 * quotes and dashes in 0x80–0x9F). Input that is valid UTF-8 is read as UTF-8 (a BOM
 * kept as U+FEFF); anything else as Windows-1252, which maps every byte to one character
 * and back, so the original bytes can always be rebuilt.
 */

export type Encoding = 'utf-8' | 'windows-1252';

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

/** Reads bytes as UTF-8 when they are valid UTF-8, as Windows-1252 otherwise. */
export function decode(bytes: Uint8Array): Decoded {
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
  const table = CP1252_BYTES;
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = table.get(text.charCodeAt(i));
    if (b === undefined) throw new EncodingError(encoding, i);
    out[i] = b;
  }
  return out;
}
