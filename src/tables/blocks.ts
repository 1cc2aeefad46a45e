/** The blocks of an exhibit that lie inside a table read as a model: the lines that make its grid. */
import type { Node, Parent } from 'unist';
import type { TableModel } from './model.js';

type Block = Node & { readonly model?: TableModel };

/**
 * The top-level blocks whose span lies within a table model's span (the block carrying the
 * model included): a table the parser split into several blocks (a header paragraph, rules,
 * row blocks) is one table for the model, and printers keep all its lines as laid out.
 */
export function tableBlocks(tree: Parent): ReadonlySet<Node> {
  const blocks = tree.children as readonly Block[];
  const spans = blocks.flatMap((b) => (b.type === 'table' && b.model?.position ? [b.model.position] : []));
  const out = new Set<Node>();
  if (spans.length === 0) return out;
  for (const b of blocks) {
    const p = b.position;
    if (p?.start.offset === undefined || p.end.offset === undefined) continue;
    const [start, end] = [p.start.offset, p.end.offset];
    if (spans.some((s) => start >= s.start && end <= s.end)) out.add(b);
  }
  return out;
}
