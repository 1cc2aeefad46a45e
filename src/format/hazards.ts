/**
 * Line hazards. The parser reads some shapes at the start of a line as structure — a list
 * marker, a rule, a tag, a wire-trailer line, an end marker, a jump line, an exhibit label,
 * a release title, a contact label, an editor line — and a trailing date line as a block of
 * its own. Re-flowed text must never put such a word at the start of a line it did not start
 * in the source, or the text would re-parse into other blocks. Each construct says what to
 * avoid for it (`src/parse/constructs/<name>/hazards.ts`); this module asks them all.
 */
import { editorLineStarts, FORMAT_HAZARDS } from '../parse/constructs/hazards.js';

export { editorLineStarts };

/**
 * Whether a block that starts with these words is what it is by the shape of its first
 * line — it opens like a list item, a rule, a tag, a label or a title — so re-flowing,
 * which changes where that line ends, could make it something else.
 */
export function opensWithStructure(words: readonly string[]): boolean {
  const w = words[0] ?? '';
  const next = words[1] ?? '';
  return FORMAT_HAZARDS.some((h) => h.opensBlock?.(w, next) === true);
}

/**
 * Whether a line must not start at `words[at]` (a line that starts later in the block).
 * `editorLines` is {@link editorLineStarts} of `words`, computed once by a caller that asks
 * about many breaks.
 */
export function isLineStartHazard(words: readonly string[], at: number, editorLines: readonly boolean[] = editorLineStarts(words)): boolean {
  if (words[at] === undefined) return false;
  return editorLines[at] === true || FORMAT_HAZARDS.some((h) => h.opensLine?.(words, at) === true);
}

/**
 * Whether a whole line (`words` from `start` to `end`) reads as a line of its own kind: a
 * jump line ("- More -risks and uncertainties-" would), an end marker, or a dash-framed
 * subhead rather than a bullet. Wrapping must not end a line where it makes that shape.
 */
export function isLineShapeHazard(words: readonly string[], start = 0, end = words.length): boolean {
  return FORMAT_HAZARDS.some((h) => h.isLine?.(words, start, end) === true);
}

/**
 * Whether a block that starts with these words would open a construct of its own standing
 * apart ("SOURCE …" opens a wire trailer): where it touched the block above in the source,
 * it touches it here too.
 */
export function opensApart(words: readonly string[]): boolean {
  const w = words[0] ?? '';
  return FORMAT_HAZARDS.some((h) => h.opensApart?.(w) === true);
}
