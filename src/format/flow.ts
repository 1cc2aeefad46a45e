/**
 * A flow of blocks (the root, a section) to groups of lines; groups print with one blank
 * line between them. The parser reads some neighbours differently when they are apart,
 * so these stay together:
 *
 * - Blocks that share a line in the source ("PRESS RELEASE    Source: Acme Corp.", a slug
 *   line and the headline after it) share it here: one space where the source had one
 *   space, a four-column gutter otherwise. Such a line is a row.
 * - In the front matter, rows that touch in the source (no blank line between) touch here
 *   when one of them holds an exhibit label or a release title, and so do paragraphs
 *   touching such a row from below: to the parser they are letterhead, never the headline.
 * - List items under list items are one list, blank line or not.
 * - Blocks of one table (src/tables/blocks.ts) that touch in the source touch here.
 */
import type { FlowContent, SectionContent, TrailerContent } from '../tree/content.js';
import { printBlock, type Printable, type PrintContext } from './blocks.js';
import type { LineMode } from './modes.js';
import { append } from '../util/append.js';

type Block = FlowContent | SectionContent | TrailerContent;

/** A block as printed on its own, before it joins its neighbours. */
export interface PrintedBlock {
  readonly node: Printable;
  /** Its lines; the first without whatever stands before it on that line. */
  readonly lines: readonly string[];
}

/** Lines printed together, a blank line before and after: one block, or neighbours that stay together. */
export interface Group {
  readonly lines: string[];
  readonly blocks: PrintedBlock[];
  /** The section the group is in, if any. */
  readonly section: 'safeHarbor' | 'wireTrailer' | null;
}

/** Blocks on one source line, and how far the line is from the row above. */
interface Row {
  readonly cells: Array<{ node: Printable; joint: string }>;
  readonly touchesAbove: boolean;
}

/** The gap between blocks on one line, when the source had more than one space. */
const GUTTER = '    ';

/** A line ending, CRLF counted once. A form feed does not end a line: the parser reads on. */
const LINE_BREAKS = /\r\n|[\r\n]/g;

const isLabelOrTitle = (b: Block): boolean => b.type === 'exhibitLabel' || b.type === 'releaseTitle';

/**
 * The groups of lines of a flow. `mode` says how a block prints its lines (front matter
 * as written, the body re-flowed); letterhead is only looked for in the front matter.
 */
export function printFlow(ctx: PrintContext, children: readonly Block[], mode: (node: Block) => LineMode, section: Group['section'] = null): Group[] {
  const out: Group[] = [];
  let rows: Row[] = [];
  const flushRows = (): void => {
    append(out, printRows(ctx, rows, mode, section));
    rows = [];
  };
  // Line breaks since the last block (-1: no block yet, or a page in between).
  let breaks = -1;
  let spaces = '';
  for (const node of children) {
    if (node.type === 'whitespace') {
      if (breaks >= 0) breaks += (node.value.match(LINE_BREAKS) ?? []).length;
      spaces = node.value;
      continue;
    }
    if (node.type === 'pageBreak') {
      breaks = -1;
      continue;
    }
    if (node.type === 'safeHarbor' || node.type === 'wireTrailer') {
      flushRows();
      append(out, printFlow(ctx, node.children, mode, node.type));
      breaks = -1;
      continue;
    }
    const row = rows[rows.length - 1];
    if (row && breaks === 0) row.cells.push({ node, joint: spaces === ' ' || spaces === '' ? spaces : GUTTER });
    else rows.push({ cells: [{ node, joint: '' }], touchesAbove: breaks === 1 });
    breaks = 0;
    spaces = '';
  }
  flushRows();
  return out.filter((g) => g.lines.length > 0);
}

/**
 * A paragraph that shares its line keeps its lines (re-flowing would move its neighbour to
 * another line); so does one right under a contact block, which the parser takes into
 * the contact block when its lines are narrow.
 */
function cellMode(own: LineMode, row: Row, above: Row | undefined): LineMode {
  if (own !== 'flow') return own;
  const underContact = above?.cells[above.cells.length - 1]?.node.type === 'contact';
  return row.cells.length > 1 || underContact ? 'spaced' : own;
}

/** Rows to groups of lines: rows join the group above when they must stay under it. */
function printRows(ctx: PrintContext, rows: readonly Row[], mode: (node: Block) => LineMode, section: Group['section']): Group[] {
  const out: Group[] = [];
  let above: Row | undefined;
  let letterheadAbove = false;
  for (const row of rows) {
    const lines: string[] = [];
    const blocks: PrintedBlock[] = [];
    for (const { node, joint } of row.cells) {
      const own = printBlock(ctx, node, '', cellMode(mode(node), row, above));
      blocks.push({ node, lines: own });
      const lead = lines.length ? `${lines.pop() ?? ''}${joint}` : '';
      append(lines, lead ? printBlock(ctx, node, lead, cellMode(mode(node), row, above)) : own);
    }
    const first = row.cells[0];
    // Letterhead only matters above the body; either row may be the last of the front matter.
    const inFront = (r: Row | undefined): boolean => r?.cells[0] !== undefined && mode(r.cells[0].node) === 'spaced';
    const frontMatter = inFront(row) || inFront(above);
    const titled = row.cells.some((c) => isLabelOrTitle(c.node));
    const paragraphs = row.cells.every((c) => c.node.type === 'paragraph');
    const letterhead: boolean = frontMatter && row.touchesAbove && (titled || (above?.cells.some((c) => isLabelOrTitle(c.node)) ?? false) || (letterheadAbove && paragraphs));
    const listUnderList = first?.node.type === 'list' && above?.cells[above.cells.length - 1]?.node.type === 'list';
    // Blocks of one table that touch in the source touch here: a label wrapped onto its figures' line stays wrapped.
    const inTable = (r: Row | undefined): boolean => r?.cells.every((c) => ctx.tableBlocks?.has(c.node)) ?? false;
    const tableUnderTable = row.touchesAbove && inTable(row) && inTable(above);
    const group = out[out.length - 1];
    if (group && (letterhead || listUnderList || tableUnderTable)) {
      append(group.lines, lines);
      append(group.blocks, blocks);
    } else {
      out.push({ lines, blocks, section });
    }
    letterheadAbove = titled || letterhead;
    above = row;
  }
  return out;
}
