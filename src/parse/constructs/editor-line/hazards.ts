/**
 * Editor lines: a run of words in capitals naming a desk ("BUSINESS EDITORS/HIGH-TECH
 * WRITERS"). A line must not open such a run.
 *
 * > | BUSINESS EDITORS/TECHNOLOGY WRITERS
 */
/** A desk in an editor line ("BUSINESS EDITORS", "HIGH-TECH WRITERS"). */
const DESK_WORD = /EDITOR|WRITER/;

/** A word without lower-case letters. */
const NO_LOWER_CASE = /^\P{Ll}+$/u;

/**
 * Where an editor line could open: from each word, a run of words without lower-case
 * letters that names a desk. One pass from the end, so a block of capitals costs no more
 * than its length however many breaks are weighed in it.
 */
export function editorLineStarts(words: readonly string[]): boolean[] {
  const starts = new Array<boolean>(words.length).fill(false);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] ?? '';
    starts[i] = NO_LOWER_CASE.test(w) && (DESK_WORD.test(w) || (starts[i + 1] ?? false));
  }
  return starts;
}
