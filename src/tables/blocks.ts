/** The blocks of an exhibit that lie inside a table read as a model: the lines that make its grid. */
import type { Node, Parent } from 'unist';
import type { TableModel } from './model.js';

type Block = Node & { readonly model?: TableModel };

/**
 * The top-level blocks whose span lies within a table model's span (the block carrying the
 * model included): a table the parser split into several blocks (a header paragraph, rules,
 * row blocks) is one table for the model, and printers keep all its lines as laid out. So is
 * a block that runs into the table's first line from above (a headline whose last line the
 * model reads as a column head): where that line stands decides where the table begins; and
 * a block that runs out of its last line below.
 */
export function tableBlocks(tree: Parent): ReadonlySet<Node> {
  const blocks = tree.children as readonly Block[];
  const spans = blocks.flatMap((b) => (b.type === 'table' && b.model?.position ? [b.model.position] : []));
  const out = new Set<Node>();
  if (spans.length === 0) return out;
  for (const b of blocks) {
    const p = b.position;
    const start = p?.start.offset;
    const end = p?.end.offset;
    if (start === undefined || end === undefined) continue;
    // Ending inside the span: lying within it, or running into its first line from above;
    // or starting inside it and running out of its last line below (a row the model reads
    // as its last, "3" over "’"): printed apart, the table would end above it.
    if (spans.some((s) => (end <= s.end && end > s.start) || (start >= s.start && start < s.end))) out.add(b);
  }
  return out;
}
