/**
 * How each block prints its lines. The front matter keeps its lines as they are, inner
 * spacing included: the parser tells a headline from letterhead, a date line or running
 * text by counting lines (a headline has four lines or fewer, running text three or
 * more, in mostly lower-case words), by measuring them (a headline line is at most 100
 * columns wide) and by the gutters that split them into cells. Only the body is re-flowed.
 *
 * The body starts where the parser starts it: at the paragraph that opens with a
 * dateline or, when there is none, after the first paragraph of running text — three
 * lines or more, or a line sixty columns wide with twelve words.
 */
import type { FlowContent, SectionContent, TrailerContent } from '../tree/content.js';
import type { Exhibit } from '../tree/nodes/exhibit.js';
import { widthOf } from './columns.js';
import { layoutLines } from './layout.js';
import { lineWords, textWithoutPages, type PrintableNode } from './words.js';
import { textLexer } from '../../grammars/tokens/text.js';
import { SAMPLE_TOKENS } from '../parse/decide/plan.js';
import { inLowerCase } from '../parse/constructs/dateline/rules.js';
import { words } from '../parse/text/signals.js';

/**
 * Re-flowed (body paragraphs), line for line with spaces collapsed, line for line as
 * written, or as written with the indentation too (front matter under letterhead, see flow.ts).
 */
export type LineMode = 'flow' | 'lines' | 'spaced' | 'kept';

/** Running text, to the parser: three lines or more, or a line this wide with this many words. */
const RUNNING_LINES = 3;
const LONG_LINE = 60;
const LONG_LINE_WORDS = 12;

type Block = FlowContent | SectionContent | TrailerContent;

/** The blocks of the tree in reading order, sections opened. */
function readingOrder(tree: Exhibit): Block[] {
  return tree.children.flatMap((c): Block[] => (c.type === 'safeHarbor' || c.type === 'wireTrailer' ? [c, ...c.children] : [c]));
}

function isRunningText(node: Block, columns: ReadonlyMap<PrintableNode, number>): boolean {
  return node.type === 'paragraph' && readsAsRunningText(node, columns);
}

/**
 * Whether a block's lines read as running text to the parser, whatever the block was read
 * as (a headline cut from the block above): standing apart as a paragraph, it opens the body.
 */
export function readsAsRunningText(node: Block, columns: ReadonlyMap<PrintableNode, number>): boolean {
  // The block's first tokens, as the parser samples them: its words are counted among them
  // (a web address is no words), and mostly in lower case (a line of capitals is no running text).
  const sample = textLexer.tokenize(textWithoutPages(node)).tokens.slice(0, SAMPLE_TOKENS);
  const shaped = lineWords(node).length >= RUNNING_LINES || (layoutLines(node, columns.get(node) ?? 0, 'each').some((l) => widthOf(l) >= LONG_LINE) && words(sample).length >= LONG_LINE_WORDS);
  return shaped && inLowerCase(sample);
}

/** The mode of every block: front matter `spaced`, wire-trailer lines `lines`, the rest `flow`. */
export function lineModes(tree: Exhibit, columns: ReadonlyMap<PrintableNode, number>): (node: PrintableNode) => LineMode {
  const blocks = readingOrder(tree);
  const dateline = blocks.findIndex((c) => c.type === 'paragraph' && c.children.some((k) => k.type === 'dateline'));
  const running = blocks.findIndex((c) => isRunningText(c, columns));
  // With a dateline the body starts at it; without, the first running text still belongs to the front.
  const frontEnd = dateline >= 0 ? dateline : running >= 0 ? running + 1 : blocks.length;
  const front = new Set<PrintableNode>(blocks.slice(0, frontEnd));
  const trailer = new Set<PrintableNode>(tree.children.flatMap((c) => (c.type === 'wireTrailer' ? c.children : [])));
  return (node) => (front.has(node) ? 'spaced' : trailer.has(node) ? 'lines' : 'flow');
}
