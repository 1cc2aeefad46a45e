/**
 * A flow of blocks (the root, a section) to groups of lines; groups print with one blank
 * line between them. The parser reads some neighbours differently when they are apart,
 * so these stay together:
 *
 * - Blocks that share a line in the source ("PRESS RELEASE    Source: Acme Corp.", a slug
 *   line and the headline after it) share it here: one space where the source had one
 *   space, a four-column gutter otherwise. Such a line is a row.
 * - A section (safe harbor, wire trailer) that opens on the line of the block before it
 *   opens on that line here too ("Exhibit 2    IMMEDIATE RELEASE … forward-looking …"):
 *   on a line of its own, its first words would read as a title.
 * - Rows that touch in the source (no blank line between) touch here when one of them
 *   holds an exhibit label or a release title — below the front matter too: the parser
 *   looks for the headline after a first paragraph of running text when no dateline came
 *   before. In the front matter, so do paragraphs touching such a row from below: to the
 *   parser a line touching a label set in columns is letterhead, and a subheadline under a
 *   headline under a title stays one. A headline stands apart: under a lone label it reads
 *   as the headline all the more, and under letterhead lines (cut from them by a change of
 *   alignment or case), touching them flush left, it would read as more letterhead.
 * - A headline typed right under a slug line is read with it: it stays under it.
 * - List items under list items are one list, blank line or not.
 * - Blocks of one table (src/tables/blocks.ts) that touch in the source touch here.
 * - A block that would open a construct of its own standing apart (see opensApart in
 *   hazards.ts: "SOURCE …" opens a wire trailer) touches the block above where it did in the source.
 */
import type { FlowContent, SectionContent, TrailerContent } from '../tree/content.js';
import { printBlock, type Printable, type PrintContext } from './blocks.js';
import type { LineMode } from './modes.js';
import { append } from '../util/append.js';
import { lineWords, words, type PrintableNode } from './words.js';
import { endsWithJoiner } from '../parse/text/signals.js';
import { textLexer } from '../../grammars/tokens/text.js';
import { opensApart } from './hazards.js';
import { opensDateline } from './datelines.js';
import { blocksOf, partedAt } from './reread.js';
import { readsAsRunningText } from './modes.js';
import { TABLE_BRIDGE_BLANKS } from '../parse/classify.js';

type Block = FlowContent | SectionContent | TrailerContent;

/** Whether a block's text stops on a comma or a joining word, its phrase running on: the parser's endsWithJoiner, asked of its last word. */
function endsOpen(node: Block): boolean {
  const last = words(node as PrintableNode).split(' ').pop() ?? '';
  return endsWithJoiner(textLexer.tokenize(last).tokens);
}

/** Whether a block is a paragraph the parser read opening with a dateline. */
const hasDateline = (node: Block): boolean => node.type === 'paragraph' && node.children.some((c) => c.type === 'dateline');

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
  /**
   * The blank lines above it are more than a table bridge looks across (TABLE_BRIDGE_BLANKS),
   * as in the source, next to a table: one blank line would bring a label row within reach
   * of the rows on both sides ("4    0" / "S A" / three blank lines / "4    2").
   */
  readonly wideAbove?: boolean;
}

/** Blocks on one source line, and how far the line is from the row above. */
interface Row {
  readonly cells: Array<{ node: Printable; joint: string }>;
  readonly touchesAbove: boolean;
  /** Blank lines above it in the source (0 where unknown: a page between, or the first row). */
  readonly blanksAbove?: number;
  /** The printed line of the flow around, when this row (a section's first) opens on it; the first cell's joint follows it. */
  readonly lead?: string;
}

/** The gap between blocks on one line, when the source had more than one space. */
const GUTTER = '    ';

/** A line ending, CRLF counted once. A form feed does not end a line: the parser reads on. */
const LINE_BREAKS = /\r\n|[\r\n]/g;

/** Whether a run of layout holds a line ending. */
const HAS_LINE_BREAK = /[\r\n]/;

const isLabelOrTitle = (b: Block): boolean => b.type === 'exhibitLabel' || b.type === 'releaseTitle';

/** Blocks that stay under letterhead they touch: text lines the parser reads in the same run. */
const joinsLetterhead = (b: Block): boolean => b.type === 'paragraph' || b.type === 'headline' || b.type === 'subheadline';

/** The joint between blocks on one line: the source's single space (or none), else a gutter. */
const jointOf = (spaces: string): string => (spaces === ' ' || spaces === '' ? spaces : GUTTER);

/** The last line printed before a section that opens on it, and the spaces between. */
interface SharedLine {
  readonly line: string;
  readonly spaces: string;
}

/** Whether a flow's first block comes before any line break or page (a section that opens on the line before it). */
function opensOnItsLine(children: readonly Block[]): boolean {
  for (const node of children) {
    if (node.type === 'whitespace' && !HAS_LINE_BREAK.test(node.value)) continue;
    return node.type !== 'whitespace' && node.type !== 'pageBreak' && node.type !== 'safeHarbor' && node.type !== 'wireTrailer';
  }
  return false;
}

/** Takes the last printed line of `groups` away (a section opening on it prints it), if any. */
function takeLastLine(groups: Group[]): string | undefined {
  const group = groups[groups.length - 1];
  return group?.lines.pop();
}

/**
 * The groups of lines of a flow. `mode` says how a block prints its lines (front matter
 * as written, the body re-flowed). `opening` is the line a section opens on, printed
 * before its first block.
 */
export function printFlow(ctx: PrintContext, children: readonly Block[], mode: (node: Block) => LineMode, section: Group['section'] = null, opening?: SharedLine): Group[] {
  const out: Group[] = [];
  let rows: Row[] = [];
  const flushRows = (): void => {
    append(out, printRows(ctx, rows, mode, section));
    rows = [];
  };
  // Line breaks since the last block (-1: no block yet, or a page in between); a flow that
  // opens on a shared line starts on it.
  let breaks = opening ? 0 : -1;
  let spaces = opening?.spaces ?? '';
  for (const node of children) {
    if (node.type === 'whitespace') {
      if (breaks >= 0) breaks += (node.value.match(LINE_BREAKS) ?? []).length;
      // Spaces before a section's first block follow the spaces before the section.
      spaces = opening && rows.length === 0 && out.length === 0 ? spaces + node.value : node.value;
      continue;
    }
    if (node.type === 'pageBreak') {
      breaks = -1;
      continue;
    }
    if (node.type === 'safeHarbor' || node.type === 'wireTrailer') {
      flushRows();
      const line = breaks === 0 && opensOnItsLine(node.children) ? takeLastLine(out) : undefined;
      append(out, printFlow(ctx, node.children, mode, node.type, line === undefined ? undefined : { line, spaces }));
      breaks = -1;
      spaces = '';
      continue;
    }
    const row = rows[rows.length - 1];
    if (row && breaks === 0) row.cells.push({ node, joint: jointOf(spaces) });
    else if (!row && breaks === 0 && opening && out.length === 0) rows.push({ cells: [{ node, joint: jointOf(spaces) }], touchesAbove: false, lead: opening.line });
    // In double-spaced text one blank line is line spacing: the rows touch as lines do.
    else rows.push({ cells: [{ node, joint: '' }], touchesAbove: breaks === 1 || (ctx.readDoubleSpaced === true && breaks === 2), blanksAbove: Math.max(0, breaks - 1) });
    breaks = 0;
    spaces = '';
  }
  flushRows();
  return out.filter((g) => g.lines.length > 0);
}

/**
 * A paragraph that shares its line keeps its lines (re-flowing would move its neighbour to
 * another line); so does one right under a contact block, which the parser takes into
 * the contact block when its lines are narrow. A paragraph of the front matter in the run
 * of text lines under letterhead keeps its indentation from the line above: the parser
 * told the two apart by where they stand ("A--s." / "\t\"i" are two blocks; flush left,
 * one that opens with a dateline).
 */
function cellMode(own: LineMode, row: Row, above: Row | undefined, inLetterheadRun: boolean): LineMode {
  if (own === 'spaced') return inLetterheadRun && row.cells.length === 1 && row.lead === undefined && row.cells[0]?.node.type === 'paragraph' ? 'kept' : own;
  if (own !== 'flow') return own;
  const underContact = above?.cells[above.cells.length - 1]?.node.type === 'contact';
  return row.cells.length > 1 || row.lead !== undefined || underContact ? 'spaced' : own;
}

/** Rows to groups of lines: rows join the group above when they must stay under it. */
function printRows(ctx: PrintContext, rows: readonly Row[], mode: (node: Block) => LineMode, section: Group['section']): Group[] {
  const out: Group[] = [];
  let above: Row | undefined;
  let letterheadAbove = false;
  // The last block of the row above, as printed on its own.
  let abovePrinted: readonly string[] = [];
  // The row above kept a line set in because of this row's lines under it (see sourceLines).
  let aboveAskedBelow = false;
  // The source column printed as column 0 on the row above (rows in the letterhead run keep their indentation from it).
  let margin = 0;
  for (const [r, row] of rows.entries()) {
    // The words of the block touching this row from below, line by line: a dateline read
    // across the two is asked about with them.
    const next = rows[r + 1];
    const below = next?.touchesAbove === true && next.cells[0] !== undefined ? lineWords(next.cells[0].node) : [];
    const first = row.cells[0];
    const titled = row.cells.some((c) => isLabelOrTitle(c.node));
    const textLines = row.cells.every((c) => joinsLetterhead(c.node));
    // The run of text lines under letterhead ends with the front matter; either row may be its last.
    const inFront = (r: Row | undefined): boolean => r?.cells[0] !== undefined && mode(r.cells[0].node) === 'spaced';
    const frontMatter = inFront(row) || inFront(above);
    const touchesLetterhead = titled || (above?.cells.some((c) => isLabelOrTitle(c.node)) ?? false);
    // A headline the parser cut from the letterhead lines above it stands apart.
    const headlineHere = row.cells.some((c) => c.node.type === 'headline');
    const inRun: boolean = frontMatter && letterheadAbove && textLines && !touchesLetterhead && !headlineHere;
    // The parser takes a headline typed right under a lone label or title for the headline:
    // apart from it, it reads so all the more.
    const letterhead: boolean = row.touchesAbove && !headlineHere && (touchesLetterhead || inRun);
    // Front-matter text under a block that stops mid-phrase stays under it, as in the source:
    // apart, its line would no longer run on from the one above, and could open a dateline
    // ("… CLEVELAND," / "Ohio, August 14 …").
    const aboveNode = above?.cells[above.cells.length - 1]?.node;
    const runsOn = aboveNode !== undefined && joinsLetterhead(aboveNode) && endsOpen(aboveNode);
    // Only where it would, and had none: under it, flush left, it may merge with the block above ("iN" /
    // ">H>" set apart by alignment would read as one headline), so apart unless it must not be.
    const runsOnBelow = row.touchesAbove && frontMatter && textLines && runsOn && first !== undefined && !hasDateline(first.node) && opensDateline([...printBlock(ctx, first.node, '', mode(first.node), margin), ...below].join('\n'));
    // So does front-matter text under a paragraph that, alone, would open with a dateline: the
    // parser looked for one with this text under it, which is no running text ("K March 3
    // 2005 /wire/" / "-0-"); apart, the paragraph would open the body.
    const datelineApart = row.touchesAbove && frontMatter && textLines && aboveNode?.type === 'paragraph' && opensDateline(abovePrinted.join('\n'));
    // And running text the parser cut from the block above after it had looked for the body
    // in the two together ("E A) a@b.com" / "a@b.com" / "c"): apart, it would open the body.
    // Either part may be that running text (a line sixty columns wide over "(U)"), and the part
    // above may have been read as a contact once cut (it names a release number).
    const textAbove = aboveNode !== undefined && joinsLetterhead(aboveNode);
    const cutAbove = aboveNode !== undefined && (textAbove || aboveNode.type === 'contact');
    // Only where the two stay the same two when joined flush left: parted at this row's first
    // line (the parser cut them, by case, not by where they stand: a centred line over running
    // text printed flush left would merge, or be cut elsewhere — "ACME CORP." / "SALES UP" /
    // "(In thousands of dollars)" reads as a headline over a subheadline).
    // One front-matter line of text, touching text the parser cut it from.
    const oneLineUnderText = row.touchesAbove && cutAbove && inFront(row) && textLines && row.cells.length === 1;
    const bodyApart =
      oneLineUnderText &&
      first !== undefined &&
      (readsAsRunningText(first.node, ctx.columns) || (aboveNode !== undefined && textAbove && readsAsRunningText(aboveNode, ctx.columns))) &&
      partedAt(abovePrinted, printBlock(ctx, first.node, '', mode(first.node), margin), true);
    // And a headline or subheadline line the parser kept in the block above by where it stands (a line set
    // in deep under another is no dateline) and cut from it by case: apart and flush left it
    // would open a dateline ("M" / "          K Mar 3, 2005"). It keeps its columns.
    const headlineApart =
      row.touchesAbove &&
      frontMatter &&
      textLines &&
      row.cells.length === 1 &&
      (first?.node.type === 'headline' || first?.node.type === 'subheadline') &&
      aboveNode !== undefined &&
      joinsLetterhead(aboveNode) &&
      opensDateline(printBlock(ctx, first.node, '', mode(first.node), margin).join('\n'));
    const staysUnder = runsOnBelow || datelineApart || bodyApart || headlineApart;
    // Either way it keeps its indentation from the line above where the parser told two kinds
    // of block apart by it (a headline over running text); two paragraphs may run together
    // (kept, the indentation reads otherwise once the page around it is printed flush left).
    const partedKinds = aboveNode !== undefined && first !== undefined && aboveNode.type !== first.node.type;
    // Printed apart (format's second try), front matter keeps no row under the one above.
    const frontApart = ctx.apart === true && frontMatter;
    const kept = !frontApart && (headlineApart || (row.touchesAbove && (inRun || (staysUnder && partedKinds)) && first !== undefined && cellMode(mode(first.node), row, above, true) === 'kept'));
    // A headline kept under the block above keeps its columns whole: the parser's "set in deep"
    // is counted from the page's margin, not from the line above.
    if (headlineApart && !frontApart) margin = 0;
    else if (!kept) margin = first ? (ctx.columns.get(first.node) ?? 0) : 0;
    const lines: string[] = row.lead === undefined ? [] : [row.lead];
    const blocks: PrintedBlock[] = [];
    let lastAskedBelow = false;
    for (const { node, joint } of row.cells) {
      const cell = headlineApart && !frontApart ? 'kept' : cellMode(mode(node), row, above, kept);
      const under = node === row.cells[row.cells.length - 1]?.node ? below : [];
      const own = printBlock(ctx, node, '', cell, margin, under);
      // Only front matter (spaced) is laid out asking the lines below (sourceLines).
      lastAskedBelow = under.length > 0 && cell === 'spaced' && printBlock(ctx, node, '', cell, margin).join('\n') !== own.join('\n');
      blocks.push({ node, lines: own });
      const lead = lines.length ? `${lines.pop() ?? ''}${joint}` : '';
      append(lines, lead ? printBlock(ctx, node, lead, cell, margin, under) : own);
    }
    const listUnderList = first?.node.type === 'list' && above?.cells[above.cells.length - 1]?.node.type === 'list';
    // Blocks of one table that touch in the source touch here: a label wrapped onto its figures' line stays wrapped.
    const inTable = (r: Row | undefined): boolean => r?.cells.every((c) => ctx.tableBlocks?.has(c.node)) ?? false;
    const tableUnderTable = row.touchesAbove && inTable(row) && inTable(above);
    // A block that would open a construct standing apart ("SOURCE …" a wire trailer) and
    // touched the block above in the source, outside that construct, stays under it.
    const opensHere = row.touchesAbove && section !== 'wireTrailer' && first !== undefined && opensApart(words(first.node).split(' '));
    // A front-matter block cut from the block above by the parser (a change of case) that
    // would be cut again standing apart (capitals over "Sales Rise in Third Quarter" / "compared
    // with a year ago", Title Case over sentence case): the parser cuts a block once, so it
    // stays under, as in the source. Whatever the part below was then read as: a part that
    // names a release number is a contact ("(NEWS)" / "Release No. 2004-05" under a headline),
    // and apart it would be cut again as well.
    // So does one under a block that would be cut again standing apart ("J" / "—T–" cut by its
    // dashes once "x" no longer follows in lower case): the parser cut the two at this row.
    // Either only where, joined flush left, the two are still parted at this row: parted by
    // where they stand (a centred line under a headline's lines), they would merge into one
    // block and the headline go.
    const cutAgain =
      row.touchesAbove &&
      textAbove &&
      inFront(row) &&
      row.cells.length === 1 &&
      (((blocks[0]?.lines.length ?? 0) > 1 && blocksOf(blocks[0]?.lines ?? [], true) > 1) || (abovePrinted.length > 1 && blocksOf(abovePrinted, true) > 1)) &&
      partedAt(abovePrinted, blocks[0]?.lines ?? [], true);
    // A headline typed under a slug line is read with it, as the words after its codes are:
    // apart, it is asked to read as a headline on its own ("(BW)(NY-ACME)" / "N").
    const underSlug = row.touchesAbove && headlineHere && row.cells.length === 1 && aboveNode?.type === 'slugLine';
    // A row the row above was laid out with (a line kept set in lest it open a dateline with
    // this row's lines under it) stays under it: apart, the line would be printed otherwise.
    const laidOutWith = row.touchesAbove && aboveAskedBelow;
    const group = out[out.length - 1];
    const under = frontApart ? listUnderList || tableUnderTable : laidOutWith || underSlug || letterhead || listUnderList || tableUnderTable || staysUnder || opensHere || cutAgain;
    if (group && under) {
      append(group.lines, lines);
      append(group.blocks, blocks);
    } else {
      const tableish = (node: Printable | undefined): boolean => node !== undefined && (node.type === 'table' || ctx.tableBlocks?.has(node) === true);
      const lastAbove = group?.blocks[group.blocks.length - 1]?.node;
      const wideAbove = (row.blanksAbove ?? 0) > TABLE_BRIDGE_BLANKS && (tableish(first?.node) || tableish(lastAbove));
      out.push(wideAbove ? { lines, blocks, section, wideAbove } : { lines, blocks, section });
    }
    letterheadAbove = titled || letterhead;
    above = row;
    abovePrinted = blocks[blocks.length - 1]?.lines ?? [];
    aboveAskedBelow = lastAskedBelow;
  }
  return out;
}
