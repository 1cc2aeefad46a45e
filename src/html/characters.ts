/**
 * Characters: which ones HTML collapses, which ones print as a plain space, and which ones
 * print as nothing. One place for every per-character decision of the reader.
 */

/** HTML's collapsible white space: space, tab, line feed, form feed, carriage return. */
export function isCollapsible(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

/**
 * Spaces HTML does not collapse (no-break space, the fixed-width spaces of U+2000–U+200A,
 * narrow and medium spaces, the ideographic space) and separators that plain text has no
 * use for (vertical tab, line and paragraph separators). They print as one plain space each.
 */
export function isHardSpace(code: number): boolean {
  return (
    code === 0xa0 ||
    code === 0x0b ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/**
 * Characters that take no room on a page: C0 and C1 controls other than white space, the
 * soft hyphen, zero-width spaces and joiners, the word joiner, byte-order marks.
 */
export function isInvisible(code: number): boolean {
  return (
    (code < 0x20 && !isCollapsible(code) && code !== 0x0b) ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0xad ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2060 && code <= 0x2064) ||
    code === 0xfeff
  );
}

/** The replacement character, for lone surrogates (they cannot be written as UTF-8). */
export const REPLACEMENT = '\uFFFD';

/** Whether `code` is a high (leading) surrogate. */
function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Whether `code` is a low (trailing) surrogate. */
function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * `text` with lone surrogates replaced by U+FFFD, so that the output always encodes as
 * UTF-8. Linear; returns `text` itself when it is already well formed.
 */
export function wellFormed(text: string): string {
  let out: string[] | null = null;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHigh(code) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    if (isHigh(code) || isLow(code)) {
      out ??= [];
      out.push(text.slice(from, i), REPLACEMENT);
      from = i + 1;
    }
  }
  if (!out) return text;
  out.push(text.slice(from));
  return out.join('');
}

/** The printed width of `text`: one column per code point (a surrogate pair is one). */
export function columns(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isLow(code) || i === 0 || !isHigh(text.charCodeAt(i - 1))) n++;
  }
  return n;
}

/**
 * Glyphs of the Symbol and Wingdings fonts that Word writes in the private-use area
 * (U+F0xx) when a document uses them for bullets; printed as the Unicode bullet shapes.
 */
const SYMBOL_GLYPHS: Readonly<Record<number, string>> = {
  0xf0b7: '\u2022', // Symbol bullet
  0xf06c: '\u25cf', // Wingdings black circle
  0xf06e: '\u25a0', // Wingdings black square
  0xf0a7: '\u25aa', // Wingdings small square
  0xf0a8: '\u25fb', // Wingdings square
  0xf076: '\u2756', // Wingdings diamond
  0xf0d8: '\u27a2', // Wingdings arrowhead
  0xf0e0: '\u27a2', // Wingdings arrow
  0xf0fc: '\u2713', // Wingdings check mark
  0xf02d: '-', // Symbol minus
};

/** Private-use code points Word uses for font glyphs. */
const PRIVATE_GLYPH = /[\uF000-\uF0FF]/g;

/** `text` with the bullet glyphs of symbol fonts as Unicode characters (others kept). */
export function mapGlyphs(text: string): string {
  return text.replace(PRIVATE_GLYPH, (ch) => SYMBOL_GLYPHS[ch.charCodeAt(0)] ?? ch);
}
