/**
 * What the parser makes of a block's printed lines on their own: format asks it instead of
 * keeping a copy of its rules (see datelines.ts for the dateline).
 */
import { parse } from '../parse/parse.js';

/** How many blocks `lines` (flush left, on their own) read as. */
export function blocksOf(lines: readonly string[]): number {
  return parse(lines.join('\n')).children.filter((c) => c.type !== 'whitespace').length;
}
