/**
 * What the parser makes of a block's printed lines on their own: format asks it instead of
 * keeping a copy of its rules (see datelines.ts for the dateline).
 */
import { parse } from '../parse/parse.js';

/**
 * A body's first paragraph, set under front-matter lines asked about: the parser reads
 * blocks above the body otherwise than the body itself (it cuts them by case, it looks for
 * the headline among them), so front matter is asked with a body under it.
 */
const BODY_UNDER = '\n\nSPRINGFIELD, Ill., May 3, 2004 -- The company said today that its sales rose in the quarter.\n';

/** How many blocks `lines` (flush left, on their own; above a body when `front`) read as. */
export function blocksOf(lines: readonly string[], front = false): number {
  const text = lines.join('\n');
  const n = parse(front ? text + BODY_UNDER : text).children.filter((c) => c.type !== 'whitespace').length;
  return front ? n - 1 : n;
}

/**
 * Whether `above` and `below` printed one under the other (flush left, above a body when
 * `front`) still read as blocks parted where `below` begins: a block of the parser starts
 * on its first line. Two blocks parted elsewhere are no longer the two that were printed.
 */
export function partedAt(above: readonly string[], below: readonly string[], front = false): boolean {
  const text = [...above, ...below].join('\n');
  const line = above.length + 1;
  return parse(front ? text + BODY_UNDER : text).children.some((c) => c.type !== 'whitespace' && c.position?.start.line === line);
}
