/**
 * `format(tree)`: canonical plain text. Body paragraphs and list items re-flowed to
 * `width`; front matter, headlines and headings line for line; everything flush left
 * (but front matter the parser tells apart by its indentation: see flow.ts); one blank
 * line between blocks (two where one would read as line spacing, three next to a table where
 * the source had more than a table bridge looks across); contact blocks and tables keep their columns; page markers
 * dropped; printed again from its own reading until it prints as itself (MOST_ROUNDS).
 * Idempotent, and it keeps the summary: `format(parse(format(t))) === format(t)`
 * and `summarize(parse(format(t)))` equals `summarize(t)`. The rules, and why each is
 * needed, are in the modules: modes (what re-flows), flow (what stays together), blocks
 * (one printer per block), wrap and hazards (where a line may break).
 */
import type { Exhibit } from '../tree/nodes/exhibit.js';
import { tableBlocks } from '../tables/blocks.js';
import { startColumns } from './columns.js';
import { printFlow, type Group } from './flow.js';
import { lineModes } from './modes.js';
import { isDoubleSpaced } from './spacing.js';
import { readsDoubleSpaced } from '../parse/lex.js';
import { toString } from '../stringify/index.js';
import { TABLE_BRIDGE_BLANKS } from '../parse/classify.js';
import { parse } from '../parse/parse.js';
import { summarize } from '../summary/summarize.js';

export type { Group, PrintedBlock } from './flow.js';
export type { Printable } from './blocks.js';

/** The measure paragraphs are re-flowed to: 72 columns, the typewriter page of EDGAR text. */
export const FORMAT_WIDTH = 72;

export interface FormatOptions {
  /** Longest line of re-flowed text (default {@link FORMAT_WIDTH}). */
  readonly width?: number;
}

/**
 * Rounds of printing and re-reading `format` takes at most. A printed text is canonical when
 * it prints as itself once parsed; where a layout rule reads the printed text otherwise than
 * the source (the page's width set anew by re-flowed paragraphs, blank lines that now look
 * like line spacing), the text printed from that reading is taken, as long as it keeps the
 * summary, and asked again.
 */
const MOST_ROUNDS = 3;

/** The canonical text of an exhibit tree, ending in a line break (empty for an empty tree). */
export function format(tree: Exhibit, options: FormatOptions = {}): string {
  const meaning = JSON.stringify(summarize(tree));
  const first = settle(tree, options, meaning, false);
  if (first.settled) return first.text;
  // Front matter the parser parted by where its lines stand (a line centred, judged on a page
  // whose width the body sets, which re-flowing moves) may read otherwise once printed:
  // printed block by block instead, it is taken where it prints as itself with the summary kept.
  const apart = settle(tree, options, meaning, true);
  return apart.settled ? apart.text : first.text;
}

/**
 * Prints the tree (front matter block by block when `apart`), then prints its reading again
 * until the text prints as itself (MOST_ROUNDS), each round kept while the summary stays.
 * Settled: the text prints as itself and reads with the tree's summary (`meaning`).
 */
function settle(tree: Exhibit, options: FormatOptions, meaning: string, apart: boolean): { text: string; settled: boolean } {
  let text = printText(tree, options, apart);
  // The reading of each printed text is asked once: for its summary, then for the next round.
  let reread = parse(text);
  let kept = JSON.stringify(summarize(reread)) === meaning;
  for (let round = 1; round < MOST_ROUNDS; round++) {
    const again = printText(reread, options);
    if (again === text) return { text, settled: kept };
    const next = parse(again);
    if (JSON.stringify(summarize(next)) !== meaning) return { text, settled: false };
    text = again;
    reread = next;
    kept = true;
  }
  return { text, settled: false };
}

/** One printing of the tree. */
function printText(tree: Exhibit, options: FormatOptions, apart = false): string {
  const groups = printGroups(tree, options, apart);
  if (!groups.length) return '';
  const text = joinGroups(groups, '\n\n');
  // One blank line between one-line blocks is what double-spaced text looks like: where the
  // canonical text would read so (lines opening in lower case under full ones), a second
  // blank line keeps its blocks apart, as they were read, and the rows of a contact block
  // that a blank line parts (printed again with them set two blank lines apart).
  if (!readsDoubleSpaced(text)) return text;
  const contactBlank = groups.some((g) => g.blocks.some((b) => b.node.type === 'contact' && b.lines.includes('')));
  return joinGroups(contactBlank ? printGroups(tree, options, apart, true) : groups, '\n\n\n');
}

/** Groups with `gap` between them, or more blank lines than a table bridge looks across where the source had them (Group.wideAbove). */
function joinGroups(groups: readonly Group[], gap: string): string {
  const wide = '\n'.repeat(TABLE_BRIDGE_BLANKS + 2);
  return `${groups.map((g, i) => (i === 0 ? '' : g.wideAbove ? wide : gap) + g.lines.join('\n')).join('')}\n`;
}

/** The canonical text as groups of lines (one blank line between groups), with the blocks in each. */
export function printGroups(tree: Exhibit, options: FormatOptions = {}, apart = false, spacedApart = false): Group[] {
  // The parser is asked how it spaced the text, whatever blocks show it: a double-spaced
  // text may show it only in a list item's or a contact's lines, and one re-flowed list item
  // no longer shows it, so every block's blank lines must go as line spacing.
  const readDoubleSpaced = readsDoubleSpaced(toString(tree));
  const doubleSpaced = readDoubleSpaced || isDoubleSpaced(tree);
  const ctx = { width: options.width ?? FORMAT_WIDTH, columns: startColumns(tree), tableBlocks: tableBlocks(tree), doubleSpaced, readDoubleSpaced, apart, spacedApart };
  return printFlow(ctx, tree.children, lineModes(tree, ctx.columns));
}
