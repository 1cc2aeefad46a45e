/**
 * What `format` must avoid for a construct: a line the parser would read as that construct
 * where the source had none. Re-flowed text must never start a line, or make a whole line,
 * in such a shape. Each construct says it in its own `hazards.ts`, wider than its parse
 * rules (a break moved one word earlier costs nothing); `format` asks them all.
 */
export interface FormatHazard {
  /** Whether a line must not start at `words[at]` (it would open this construct). */
  readonly opensLine?: (words: readonly string[], at: number) => boolean;
  /** Whether a block whose first words are `first` and `next` is this construct by its first line's shape. */
  readonly opensBlock?: (first: string, next: string) => boolean;
  /**
   * Whether a block whose first word is `first` opens this construct when it stands apart,
   * a blank line above it: format keeps such a block touching the block above it where the
   * source had it so (the parser cut it off after it had looked for the construct).
   */
  readonly opensApart?: (first: string) => boolean;
  /** Whether the whole line `words[start..end)` reads as this construct. */
  readonly isLine?: (words: readonly string[], start: number, end: number) => boolean;
}
