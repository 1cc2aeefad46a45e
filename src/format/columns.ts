/**
 * Where each node starts on its line, in visual columns (tabs to multiples of 8, as the
 * parser measures them), found by walking the leaves: no positions needed, so trees built
 * by hand are measured the same way as parsed ones.
 */
import type { PrintableNode } from './words.js';
import { advance as advanceChar } from '../parse/layout/geometry.js';

/**
 * Column after `text` when it starts at `column`: line breaks reset, every other UTF-16 code
 * unit moves as the parser's layout geometry counts it (tabs to their stop, form feeds,
 * vertical tabs and byte-order marks taking no room).
 */
export function advance(column: number, text: string): number {
  let col = column;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    col = code === 0x0a || code === 0x0d ? 0 : advanceChar(col, code);
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
