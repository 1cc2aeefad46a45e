/**
 * Where each node starts on its line, in visual columns (tabs to multiples of 8, as the
 * parser measures them), found by walking the leaves: no positions needed, so trees built
 * by hand are measured the same way as parsed ones.
 */
import type { PrintableNode } from './words.js';

/** Tab stops every 8 columns, as the parser's layout geometry counts them. */
export const TAB_STOP = 8;

/** Characters that take no room: form feed, vertical tab, byte-order mark. */
const NO_ROOM = new Set([0x0c, 0x0b, 0xfeff]);

/**
 * Column after `text` when it starts at `column`: line breaks reset, tabs jump, every
 * other UTF-16 code unit takes one column (the parser's measure).
 */
export function advance(column: number, text: string): number {
  let col = column;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) col = 0;
    else if (code === 0x09) col = (Math.floor(col / TAB_STOP) + 1) * TAB_STOP;
    else if (!NO_ROOM.has(code)) col++;
  }
  return col;
}

/** The start column of every node under `root`. */
export function startColumns(root: PrintableNode): Map<PrintableNode, number> {
  const out = new Map<PrintableNode, number>();
  let col = 0;
  const walk = (n: PrintableNode): void => {
    out.set(n, col);
    if (n.children) for (const c of n.children) walk(c);
    else if (typeof n.value === 'string') col = advance(col, n.value);
  };
  walk(root);
  return out;
}

/** How many columns a line takes, as the parser measures it. */
export function widthOf(line: string): number {
  return advance(0, line);
}
