/**
 * Whether the parser read the document as double-spaced (isDoubleSpaced in
 * src/parse/lex.ts): then one blank line is line spacing, and blocks hold such lines.
 * A paragraph shows it: in single-spaced text a blank line always ends one, so a
 * paragraph with a blank line inside (a page break apart) is double-spaced text. Format
 * also asks the parser itself (readsDoubleSpaced): the text may show its spacing only in
 * other blocks (a list item, a contact).
 */
import type { Exhibit } from '../tree/nodes/exhibit.js';
import type { PrintableNode } from './words.js';

/** A line ending, then a line of nothing but spaces, no-break spaces and tabs ending too: a blank line. */
const BLANK_LINE = /(?:\r\n|\r(?!\n)|\n)[ \t\u00A0]*[\r\n]/;

/** The leaves of `node`, a page break standing as a line of its own that is not blank. */
function textKeepingPages(node: PrintableNode): string {
  if (node.type === 'pageBreak') return '\n\u000c\n';
  if (node.children) {
    let out = '';
    for (const c of node.children) out += textKeepingPages(c);
    return out;
  }
  return typeof node.value === 'string' ? node.value : '';
}

export function isDoubleSpaced(tree: Exhibit): boolean {
  for (const block of tree.children) {
    const flow: readonly PrintableNode[] = block.type === 'safeHarbor' || block.type === 'wireTrailer' ? block.children : [block];
    for (const node of flow) if (node.type === 'paragraph' && BLANK_LINE.test(textKeepingPages(node))) return true;
  }
  return false;
}
