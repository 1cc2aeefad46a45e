/**
 * A line the parser would read as opening a dateline were it flush left. Under a headline
 * the parser keeps a line set in deep (past a paragraph indent) in the headline, dateline
 * or not ("e" / "          A--(twire - Nov. 3, 2008) - …"); printed flush left, that line
 * would open the body instead. The printer asks the parser itself, on the line and the block's lines under it, so
 * the two cannot disagree on what a dateline is.
 */
import { parse } from '../parse/parse.js';

/** Whether `lines` (flush left, on their own) read as a paragraph opening with a dateline. */
export function opensDateline(lines: string): boolean {
  const first = parse(lines).children.find((c) => c.type !== 'whitespace');
  return first?.type === 'paragraph' && first.children.find((c) => c.type !== 'whitespace')?.type === 'dateline';
}
