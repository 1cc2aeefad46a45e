/** The blocks of an exhibit that lie inside a table read as a model: the lines that make its grid. */
import type { Node, Parent } from 'unist';
import type { TableModel } from './model.js';

type Block = Node & { readonly model?: TableModel };

/**
 * The top-level blocks whose span lies within a table model's span (the block carrying the
 * model included): a table the parser split into several blocks (a header paragraph, rules,
 * row blocks) is one table for the model, and printers keep all its lines as laid out. So is
 * a block that runs into the table's first line from above (a headline whose last line the
 * model reads as a column head): where that line stands decides where the table begins.
 */
export function tableBlocks(tree: Parent): ReadonlySet<Node> {
  const blocks = tree.children as readonly Block[];
  const spans = blocks.flatMap((b) => (b.type === 'table' && b.model?.position ? [b.model.position] : []));
  const out = new Set<Node>();
  if (spans.length === 0) return out;
  for (const b of blocks) {
    const p = b.position;
    const end = p?.end.offset;
    if (end === undefined) continue;
    // Ending inside the span: lying within it, or running into its first line from above.
    if (spans.some((s) => end <= s.end && end > s.start)) out.add(b);
  }
  return out;
}
