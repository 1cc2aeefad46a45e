/**
 * The unit between the renderer and the page: one printed line and how it sits on the page.
 */
import type { Align } from './box.js';

/**
 * `flow`: running text, may be centred or pushed right on the page.
 * `fixed`: a table row or preformatted line, printed as it is.
 */
export type LineKind = 'flow' | 'fixed';

export interface Line {
  /** The text, without trailing spaces; '' for a blank line. */
  readonly text: string;
  readonly kind: LineKind;
  readonly align: Align;
  /** Columns to indent the continuation lines by when the line wraps (after a list marker). */
  readonly hang?: number;
}

export const BLANK: Line = { text: '', kind: 'flow', align: 'left' };

/** Whether a line prints nothing. */
export function isBlank(line: Line): boolean {
  return line.text === '';
}
