/**
 * Assembles the root: block nodes in order, sections wrapped around their blocks, and the
 * layout between blocks as root-level whitespace. Parents get their positions last, from
 * their first and last child.
 */
import type { FlowContent, SectionContent, TrailerContent } from '../../tree/content.js';
import type { Exhibit } from '../../tree/nodes/exhibit.js';
import type { Paragraph } from '../../tree/nodes/paragraph.js';
import type { SafeHarbor } from '../../tree/nodes/safe-harbor.js';
import type { WireTrailer } from '../../tree/nodes/wire-trailer.js';
import { collapse } from '../../normalize/text.js';
import type { Position } from '../../tree/unist.js';
import type { DocView, Plan, Planned, Section } from '../decide/index.js';
import type { BuildContext } from './context.js';
import { leaves } from './leaves.js';
import { buildBlock } from './blocks.js';
import { append } from '../../util/append.js';
import { TextTableReader } from '../../tables/text/read.js';

/** Layout between `from` and `to` at a block level. Text found there (never expected) becomes a paragraph. */
function gap(ctx: BuildContext, from: number, to: number): Array<FlowContent> {
  const out: FlowContent[] = [];
  for (const leaf of leaves(ctx, from, to)) {
    if (leaf.type === 'whitespace') out.push(leaf);
    else {
      const p: Paragraph = { type: 'paragraph', children: [leaf] };
      out.push(p);
      if (leaf.position) ctx.warn({ ruleId: 'grammar-fallback', reason: 'Text outside every block kept as a paragraph', position: leaf.position });
    }
  }
  return out;
}

/** Blocks `[from, to]` with the layout between them, starting at `cursor`. */
function run(ctx: BuildContext, view: DocView, blocks: readonly Planned[], from: number, to: number, safeHarbor: boolean): { nodes: FlowContent[]; end: number } {
  const nodes: FlowContent[] = [];
  let cursor = blocks[from]?.start ?? 0;
  for (let i = from; i <= to; i++) {
    const b = blocks[i];
    if (!b || b.start < cursor) continue;
    append(nodes, gap(ctx, cursor, b.start));
    nodes.push(buildBlock(ctx, view, b, { safeHarbor }));
    cursor = b.end;
  }
  return { nodes, end: cursor };
}

export function buildTree(given: BuildContext, view: DocView, plan: Plan): Exhibit {
  const ctx: BuildContext = given.tables ? given : { ...given, tables: new TextTableReader(given.source) };
  const { blocks, sections } = plan;
  const sectionAt = new Map<number, Section>(sections.map((s) => [s.from, s]));
  const children: FlowContent[] = [];
  let cursor = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b || b.start < cursor) continue;
    append(children, gap(ctx, cursor, b.start));
    const section = sectionAt.get(i);
    if (section) {
      const { nodes, end } = run(ctx, view, blocks, section.from, section.to, section.kind === 'safeHarbor');
      children.push(section.kind === 'safeHarbor' ? safeHarbor(nodes) : wireTrailer(nodes));
      cursor = end;
      i = section.to;
      continue;
    }
    children.push(buildBlock(ctx, view, b, { safeHarbor: false }));
    cursor = b.end;
  }
  append(children, gap(ctx, cursor, ctx.source.length));
  const root: Exhibit = { type: 'exhibit', children, position: ctx.at(0, ctx.source.length) };
  positionParents(root);
  return root;
}

function safeHarbor(nodes: FlowContent[]): SafeHarbor {
  const first = nodes[0];
  const heading = first?.type === 'heading' ? first.text : null;
  return { type: 'safeHarbor', heading, children: nodes.filter((n): n is SectionContent => n.type !== 'safeHarbor') };
}

const TRAILER_TYPES = new Set(['paragraph', 'endMarker', 'contact', 'whitespace', 'pageBreak']);

function wireTrailer(nodes: FlowContent[]): WireTrailer {
  const kids: TrailerContent[] = nodes.map((n): TrailerContent => {
    if (TRAILER_TYPES.has(n.type)) return n as TrailerContent;
    // Anything else in a trailer is kept as a paragraph of its own leaves.
    return { type: 'paragraph', children: flatLeaves(n) };
  });
  const first = kids[0];
  let source: string | null = null;
  if (first?.type === 'paragraph') {
    const firstLine = toText(first).split(/\r\n|\r|\n/)[0] ?? '';
    source = collapse(firstLine.replace(/^\s*SOURCE\b/, '')) || null;
  }
  return { type: 'wireTrailer', source, children: kids };
}

type AnyNode = { type: string; value?: string; children?: AnyNode[]; position?: Position };

function flatLeaves(node: AnyNode): Paragraph['children'] {
  if (node.value !== undefined) return [node as Paragraph['children'][number]];
  return (node.children ?? []).flatMap(flatLeaves);
}

function toText(node: AnyNode): string {
  return node.value ?? (node.children ?? []).map(toText).join('');
}

/** Sets every parent's position from its first and last child (children first). */
function positionParents(node: AnyNode): void {
  const kids = node.children;
  if (!kids || kids.length === 0) return;
  // Most children are leaves: look before calling down.
  for (const k of kids) if (k.children?.length) positionParents(k);
  const first = kids[0]?.position;
  const last = kids[kids.length - 1]?.position;
  if (first && last && node.type !== 'exhibit') node.position = { start: first.start, end: last.end };
}
