/**
 * Words of a block of source text, with their offsets: what is left of a paragraph once
 * its layout (indentation, justified space runs, line wraps) is taken away.
 */

/** One run of non-space characters, where it starts in the source, and whether a line break precedes it. */
export interface SourceWord {
  readonly text: string;
  readonly offset: number;
  readonly afterLineBreak: boolean;
  /** A blank line lies between it and the word before. */
  readonly afterBlankLine?: boolean;
}

/** Characters that separate words: spaces, tabs, line breaks, form feeds, no-break spaces, BOM. */
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff;

/** The words of `text`, which starts at `base` in the source, outside the `skip` ranges (source offsets). */
export function sourceWords(text: string, base: number, skip: readonly (readonly [number, number])[] = []): SourceWord[] {
  const out: SourceWord[] = [];
  let lineBreak = false;
  let breaks = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10 || c === 13) lineBreak = true;
      // CRLF counts once: a CR followed by LF is one line end.
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) breaks++;
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
    const offset = base + i;
    if (!skip.some(([from, to]) => offset >= from && offset < to)) out.push({ text: text.slice(i, j), offset, afterLineBreak: lineBreak, ...(breaks > 1 ? { afterBlankLine: true } : {}) });
    lineBreak = false;
    breaks = 0;
    i = j;
  }
  return out;
}

/** One letter or digit. */
const ALPHANUMERIC = /[\p{L}\p{N}]/u;

/** A word as compared for hyphen joins: lower case, without the punctuation around it (quotes, brackets, stops, commas …). */
export function wordKey(word: string): string {
  let from = 0;
  let to = word.length;
  while (from < to && !ALPHANUMERIC.test(word.charAt(from))) from++;
  while (to > from && !ALPHANUMERIC.test(word.charAt(to - 1))) to--;
  return word.slice(from, to).toLowerCase();
}

/** A word ending in a line-end hyphen after a letter ("manu-"), as the stem before it ("manu"), or null. */
const HYPHENATED = /^(.*\p{L})-$/u;

export function hyphenStem(word: string): string | null {
  return HYPHENATED.exec(word)?.[1] ?? null;
}

/** Whether a word starts with a lower-case letter (a continuation, not a new sentence or name). */
export const startsLower = (word: string): boolean => /^\p{Ll}/u.test(word);
