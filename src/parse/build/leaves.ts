/**
 * Leaves: the exact characters of a range, cut into `text` and `whitespace`.
 *
 * Ownership rule, in one place: a single space between two visible characters on the same
 * line is part of the text ("American Locker"); every other run of layout characters —
 * indentation, justified double spaces, tabs, trailing spaces, line endings, blank lines,
 * form feeds — is a `whitespace` leaf. Whoever asks for the leaves of a range owns them:
 * a block owns the layout between its own first and last visible characters, the parent
 * owns the layout between blocks.
 */
import type { LiteralContent } from '../../tree/content.js';
import type { Positioner } from '../../position/index.js';

/** What cutting leaves needs; the exhibit and the submission builders both supply it. */
export interface LeafSource {
  readonly source: string;
  readonly at: Positioner;
}

/** Layout characters: space, tab, LF, VT, FF, CR, the no-break space and the byte-order mark U+FEFF. */
export function isLayout(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0xfeff;
}

/** The leaves of `[start, end)`; empty when the range is empty. */
export function leaves(ctx: LeafSource, start: number, end: number): LiteralContent[] {
  const { source, at } = ctx;
  const out: LiteralContent[] = [];
  let i = start;
  let textStart = -1;
  const flushText = (until: number): void => {
    if (textStart >= 0 && until > textStart) {
      out.push({ type: 'text', value: source.slice(textStart, until), position: at(textStart, until) });
    }
    textStart = -1;
  };
  while (i < end) {
    const code = source.charCodeAt(i);
    if (!isLayout(code)) {
      if (textStart < 0) textStart = i;
      i++;
      continue;
    }
    // A lone space (a no-break one too: "Jan.\u00A027") with visible characters on both sides stays in the text.
    if ((code === 32 || code === 0xa0) && textStart >= 0 && i + 1 < end && !isLayout(source.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    flushText(i);
    let j = i + 1;
    while (j < end && isLayout(source.charCodeAt(j))) j++;
    out.push({ type: 'whitespace', value: source.slice(i, j), position: at(i, j) });
    i = j;
  }
  flushText(end);
  return out;
}
