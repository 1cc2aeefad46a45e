/** A document's body as stored: what EDGAR tools extract, and what `extract` writes. */
import type { Document } from '../tree/nodes/document.js';
import { stringify } from '../stringify/index.js';
import { lineEndLength } from './build/body.js';

const isTag = (c: Document['children'][number], name: string, closing: boolean): boolean =>
  c.type === 'sgmlTag' && c.closing === closing && c.name === name;

/**
 * The text of `<TEXT>` without the line ending of the `<TEXT>` line: up to `</TEXT>` (or
 * `</DOCUMENT>`, or the document's end). Null when the document has no `<TEXT>`.
 */
export function documentText(document: Document): string | null {
  const kids = document.children;
  const open = kids.findIndex((c) => isTag(c, 'TEXT', false));
  if (open < 0) return null;
  let close = kids.findIndex((c, i) => i > open && (isTag(c, 'TEXT', true) || isTag(c, 'DOCUMENT', true)));
  if (close < 0) close = kids.length;
  const text = kids.slice(open + 1, close).map(stringify).join('');
  return text.slice(lineEndLength(text, 0));
}
