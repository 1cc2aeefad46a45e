/**
 * One printer per block: contact blocks and tables keep their columns where they stand
 * (the parser reads them by where they stand on the page: columns, gutters, centring);
 * rules are all drawn alike; lists print item under item; body paragraphs re-flow; every
 * other block keeps its source lines.
 */
import type { FlowContent, SectionContent, TrailerContent } from '../tree/content.js';
import type { List } from '../tree/nodes/list.js';
import type { Paragraph } from '../tree/nodes/paragraph.js';
import type { RiskList } from '../tree/nodes/risk-list.js';
import { indentOf, layoutLines, outdent } from './layout.js';
import { RULE_LINE } from './rule.js';
import type { LineMode } from './modes.js';
import { opensDateline } from './datelines.js';
import { blocksOf } from './reread.js';
import { opensWithStructure } from './hazards.js';
import { wrap } from './wrap.js';
import { tabSetContactLines } from '../parse/constructs/contact/tab-columns.js';
import { CONTACT_GUTTER, inColumnPastMargin, rowsDoubleSpaced } from '../parse/constructs/contact/reader/block.js';
import { squash, textWithoutPages, trimSpacesEnd, words, type PrintableNode } from './words.js';
import { append } from '../util/append.js';

export interface PrintContext {
  readonly width: number;
  /** Start column of every node (see columns.ts). */
  readonly columns: ReadonlyMap<PrintableNode, number>;
  /** Blocks inside a table read as a model (see src/tables/blocks.ts): they keep their columns as a table does. */
  readonly tableBlocks?: ReadonlySet<unknown>;
  /** The document is double-spaced (see spacing.ts): a blank line inside a block is line spacing. */
  readonly doubleSpaced?: boolean;
  /**
   * The parser read the text as double-spaced (readsDoubleSpaced): one blank line between
   * two blocks stood where a line break stands in single-spaced text, so they touch.
   */
  readonly readDoubleSpaced?: boolean;
  /**
   * Front matter printed block by block, a blank line between, none kept under the block
   * above: format's second try, where the first did not print as itself (see index.ts).
   */
  readonly apart?: boolean;
  /**
   * The canonical text reads as double-spaced (readsDoubleSpaced of its printing): one blank
   * line there is line spacing and parts nothing, so a blank line inside a contact block
   * prints as two (see keptLines), as two part the blocks (index.ts).
   */
  readonly spacedApart?: boolean;
}

/** A line drawn with dashes, equals signs or underscores only. */
const RULE_ONLY = /^ *[-=_]+(?: +[-=_]+)* *$/;

/** Most lines a heading has: a paragraph re-flowed into this few lines could read as one. */
const HEADING_LINES = 2;

/** A block that prints: everything in a flow but layout, page breaks and sections. */
export type Printable = Exclude<FlowContent | SectionContent | TrailerContent, { type: 'whitespace' | 'pageBreak' | 'safeHarbor' | 'wireTrailer' }>;

/**
 * The lines of one block; `lead` is what stands before it on its first line. In `kept`
 * mode the block keeps its indentation measured from column `margin`.
 */
export function printBlock(ctx: PrintContext, node: Printable, lead: string, mode: LineMode, margin = 0, below: readonly string[] = []): string[] {
  if (ctx.tableBlocks?.has(node)) return keptLines(ctx, node, lead);
  switch (node.type) {
    case 'contact':
    case 'table':
      return keptLines(ctx, node, lead);
    case 'rule':
      return [lead + RULE_LINE];
    case 'list':
    case 'riskList':
      return printItems(ctx, node, lead);
    case 'paragraph':
      return mode === 'flow' ? printParagraph(ctx, node, lead) : withLead(lead, sourceLines(ctx, node, mode, margin, below));
    default:
      // Labels, titles, headlines, headings, markers: short lines, kept as the source broke them.
      return withLead(lead, sourceLines(ctx, node, mode, margin, below));
  }
}

/** A block's lines with their columns where they stand (contact blocks, tables). */
function keptLines(ctx: PrintContext, node: Printable, lead: string): string[] {
  // Contact columns set with tabs are laid out with spaces where the reader finds them (see
  // tab-columns.ts): expanded to EDGAR's tab stops, their cells would no longer line up.
  const tabSet = node.type === 'contact' && !ctx.tableBlocks?.has(node) ? tabSetContactLines(textWithoutPages(node)) : null;
  // A contact block typed double-spaced on its own prints single-spaced, as a double-spaced
  // text does: its wider gaps, which part its rows, would print as one blank line, which
  // the reader would take for its line spacing.
  const spaced = ctx.doubleSpaced === true || (node.type === 'contact' && rowsDoubleSpaced(rowGaps(node)));
  const laid = tabSet ?? layoutLines(node, ctx.columns.get(node) ?? 0, 'keep', spaced);
  // A block the table model reads lines of keeps its columns as they stand (its cells are the table's).
  const kept = ctx.tableBlocks?.has(node) ? laid : paragraphIndentOut(node, laid);
  // A table's opening rule ("---" over the column heads) keeps to the line under it:
  // set apart by a blank line, it would re-parse as a rule of its own.
  const ruled = node.type === 'table' && RULE_ONLY.test(kept[0] ?? '') && kept[1] === '' ? [kept[0] ?? '', ...kept.slice(2)] : kept;
  // The contact reader parts a block's rows at its blank lines (one desk or person a group of
  // rows): in a text read as double-spaced, one blank line would be line spacing and the
  // rows would close up, so each prints as two.
  const lines = node.type === 'contact' && ctx.spacedApart ? ruled.flatMap((l) => (l === '' ? ['', ''] : [l])) : ruled;
  return lead && lines.length ? [lead + outdent(lines[0] ?? ''), ...lines.slice(1)] : lines;
}

/** The blank lines between each two lines of text of a block, a page turn standing as a line break. */
function rowGaps(node: PrintableNode): number[] {
  const gaps: number[] = [];
  let run = -1;
  for (const line of textWithoutPages(node).split(/\r\n|\r|\n/)) {
    if (line.trim() === '') {
      if (run >= 0) run++;
      continue;
    }
    if (run >= 0) gaps.push(run);
    run = 0;
  }
  return gaps;
}

/**
 * A contact block whose first line alone is set in, the others flush left, is a paragraph
 * with its first-line indent ("     For further information contact …" / "(508) 555-0123."):
 * the indent is no column, and kept on a page narrower than the source's it could make the
 * line look centred, which would part the lines. Its first line prints flush left.
 */
function paragraphIndentOut(node: Printable, lines: string[]): string[] {
  if (node.type !== 'contact' || lines.length < 2) return lines;
  const first = indentOf(lines[0] ?? '');
  const rest = lines.slice(1).filter((l) => l !== '');
  if (first === 0 || rest.length === 0 || rest.some((l) => indentOf(l) > 0)) return lines;
  // Set in as far as a column the lines under it open ("       t@e.om" over "Ma Chu   12555-0114"
  // / "e Advisors   u@e.ne"), the line is read in that column: its indent is one, and stays.
  if (inColumnPastMargin(first, rest.flatMap(cellStarts))) return lines;
  return [outdent(lines[0] ?? '', first), ...lines.slice(1)];
}

/** Where the cells of a printed line that follow a gutter (CONTACT_GUTTER blank columns or more) start. */
function cellStarts(line: string): number[] {
  const out: number[] = [];
  for (const m of line.matchAll(GUTTER_BEFORE_CELL)) out.push((m.index ?? 0) + m[0].length);
  return out;
}

/** A gutter of contact columns: blanks between two visible characters of a line. */
const GUTTER_BEFORE_CELL = new RegExp(`(?<=\\S) {${CONTACT_GUTTER},}(?=\\S)`, 'g');

/** A block's lines as sourceLines prints them: blank where the parser read across a blank line, not where a page turn or line spacing stood. */
function blockLines(ctx: PrintContext, node: PrintableNode, column: number, indentation: 'keep' | 'each'): string[] {
  return layoutLines(node, column, indentation, ctx.doubleSpaced, 'pageless');
}

/** A run of spaces as wide as the parser's gutter: it splits a line into cells. */
const GUTTER_RUN = /\S {4}/;

/**
 * Whether a block's lines (each flush left) print in `lines` mode with their columns kept: a
 * gutter splits one of them into cells (see sourceLines). They then stand where they stood
 * against the block's first line, not flush left.
 */
const keepsColumns = (lines: readonly string[]): boolean => lines.some((l) => GUTTER_RUN.test(l));

/** How many lines into a block the parser looks for a dateline (under a headline left unspaced). */
const DATELINE_LINE_REACH = 4;

/**
 * A block's source lines, flush left. A blank line stays where the parser read the block on
 * across one (a headline that stops on a joining word runs on into the block under it: "Y{A" /
 * "" / "< m-a"; its lines touching would read as a paragraph of running text), one for a run,
 * none where it is line spacing (a double-spaced text) or where a page turn stood. `spaced` keeps every line's inner spacing; otherwise a line keeps
 * it only where a gutter splits it into cells, and has its spaces collapsed elsewhere.
 * In the front matter (`spaced`), a line under the first that would open a dateline flush
 * left keeps its indentation (see datelines.ts), asked with the lines of the block touching
 * it from below (`below`: flush left, they may no longer be parted from it); `kept` keeps every line's.
 */
function sourceLines(ctx: PrintContext, node: PrintableNode, mode: LineMode, margin = 0, below: readonly string[] = []): string[] {
  const column = ctx.columns.get(node) ?? 0;
  if (mode === 'kept') {
    const lines = blockLines(ctx, node, column, 'keep');
    let cut = margin;
    for (const l of lines) if (l !== '') cut = Math.min(cut, indentOf(l));
    return lines.map((l) => outdent(l, cut));
  }
  const lines = blockLines(ctx, node, column, 'each');
  if (mode !== 'spaced') {
    // A line split into cells by a gutter is read by where its cells stand, with the lines
    // around it (a label row bridging rows of figures): such a block keeps its columns.
    if (keepsColumns(lines)) return keptColumns(blockLines(ctx, node, column, 'keep'));
    return lines.map(squash);
  }
  const kept = blockLines(ctx, node, column, 'keep');
  // The block's own indentation: a line keeps only what it stands in further than that
  // (none left, it prints flush left either way, and the next format would see no indent).
  let cut = Infinity;
  for (const l of kept) if (l !== '') cut = Math.min(cut, indentOf(l));
  // Asked with the lines under it: they are the running text a dateline needs after it. The
  // parser counts "set in deep" from column 0, so a line keeps its columns whole, the block's
  // own indentation too: a block set in as a whole ("         T Y" / "         ON ROUGE, La.,
  // June 2, 2003 -- …") reads no dateline where, flush left, it would.
  let keptAny = false;
  const out = lines.map((l, i) => {
    const keep = i > 0 && i < DATELINE_LINE_REACH && indentOf(kept[i] ?? '') > 0 && opensDateline([...lines.slice(i), ...below].join('\n'));
    keptAny ||= keep;
    return keep ? (kept[i] ?? l) : l;
  });
  if (!keptAny) return out;
  // Lines centred on one another (a centred headline) keep the columns the source centred them in.
  if (centredOnOneAnother(kept)) return kept;
  // A line set in among lines flush left can part them (a change of alignment, judged on a
  // page whose width and margin the rest of the text sets): every line keeps its indentation,
  // the block's own taken off, as the source set them, where they read as one block so; else
  // the lines as printed above; else every line as the source set it, the block's own
  // indentation kept (the page's margin is then where the source had it).
  const whole = kept.map((l) => outdent(l, cut));
  if (blocksOf(whole) <= 1) return whole;
  return blocksOf(out) <= 1 || cut === 0 || blocksOf(kept) > 1 ? out : kept;
}

/** Most columns the centres of centred lines stray from one another. */
const CENTRE_SLACK = 2;

/** Whether two lines or more, each set in, share their centre ("   A HEADLINE" / "     IN TWO"). */
function centredOnOneAnother(lines: readonly string[]): boolean {
  const set = lines.filter((l) => l.trim() !== '');
  if (set.length < 2 || set.some((l) => indentOf(l) === 0)) return false;
  const centres = set.map((l) => indentOf(l) + l.trim().length / 2);
  return Math.max(...centres) - Math.min(...centres) <= CENTRE_SLACK;
}

/**
 * Lines with the indentation they share taken off — unless that parts them: a label row is a
 * column heading over rows of figures by how far in it stands ("F," set in 30 columns over
 * "   -      -"), so where the parser reads fewer blocks in the lines as they stand, they stay so.
 */
function keptColumns(lines: readonly string[]): string[] {
  let cut = Infinity;
  for (const l of lines) if (l !== '') cut = Math.min(cut, indentOf(l));
  const flush = lines.map((l) => outdent(l, cut));
  return cut === 0 || blocksOf(flush) <= blocksOf(lines) ? flush : [...lines];
}

function withLead(lead: string, lines: readonly string[]): string[] {
  if (lines.length) return [lead + (lines[0] ?? ''), ...lines.slice(1)];
  const alone = trimSpacesEnd(lead);
  return alone ? [alone] : [];
}

/**
 * A body paragraph re-flowed — unless it opens with something the parser reads as
 * structure (it is a paragraph by the shape of its first line), re-flowing would squeeze
 * three source lines or more into a heading's two, which the parser would then read as a
 * heading, or could not keep its last line from reading as a line of another kind.
 */
function printParagraph(ctx: PrintContext, node: Paragraph, lead: string): string[] {
  const text = words(node);
  const source = sourceLines(ctx, node, 'lines');
  // A paragraph that opens like a list item ("- SUBHEAD -") is one by the shape of its first line: keep it.
  if (opensWithStructure(text.split(' '))) return withLead(lead, source);
  const above = dateLineAbove(node);
  if (above > 0) {
    // The date keeps its line; the rest re-flows under it, the place on the first line —
    // where the two stay one block ("Ã" / "– 1â" would open a list).
    const all = text.split(' ');
    const rest = wrap(all.slice(above).join(' '), ctx.width, { first: '', rest: '', keep: datelineWords(node) - above });
    const lines = rest && [lead + all.slice(0, above).join(' '), ...rest];
    if (lines && blocksOf(lines) <= 1) return lines;
  }
  const flowed = wrap(text, ctx.width, { first: lead, rest: '', keep: datelineWords(node) });
  if (flowed === null || (flowed.length <= HEADING_LINES && source.length > HEADING_LINES)) return withLead(lead, source);
  return flowed;
}

/**
 * How many words the paragraph's dateline takes, when it opens with one: the first line
 * holds it whole. Broken inside ("EW" / "YORK, N.Y., March 3, 2005 --"), its rest would
 * open a line as a dateline of its own, and the parser would split the paragraph there.
 */
function datelineWords(node: Paragraph): number {
  const first = node.children.find((c) => c.type !== 'whitespace');
  return first?.type === 'dateline' ? words(first).split(' ').length : 1;
}

/**
 * How many words of the paragraph's dateline stand on a line of their own above its place
 * ("Thursday, October 17, 1996" / "EAST CHICAGO, Ind. -- …"); 0 when none do. The parser
 * takes such a date for the dateline only from a line of its own (readDateline), so the line
 * is kept.
 */
function dateLineAbove(node: Paragraph): number {
  const first = node.children.find((c) => c.type !== 'whitespace');
  if (first?.type !== 'dateline') return 0;
  const kids = first.children as readonly PrintableNode[];
  const cut = kids.findIndex((k) => k.type === 'whitespace' && typeof k.value === 'string' && /[\r\n]/.test(k.value));
  if (cut <= 0) return 0;
  const above = words({ ...first, children: kids.slice(0, cut) } as PrintableNode);
  return above ? above.split(' ').length : 0;
}

/** List items one under the other, their lines hanging under the text after the marker. */
function printItems(ctx: PrintContext, node: List | RiskList, lead: string): string[] {
  const out: string[] = [];
  // Items written as paragraphs of their own have no marker: a blank line parts them.
  const paragraphs = node.type === 'riskList' && node.style === 'paragraph';
  for (const item of node.children) {
    if (item.type !== 'listItem' && item.type !== 'riskItem') continue;
    const marker = (item.type === 'listItem' ? item.marker : item.label) ?? '';
    const first = out.length === 0 ? lead : '';
    if (paragraphs && out.length > 0) out.push('');
    const hang = paragraphs ? '' : ' '.repeat(marker.length + 1);
    const flowed = wrap(words(item), ctx.width, { first, rest: hang, keep: 2 });
    if (flowed) {
      append(out, flowed);
      continue;
    }
    // The source lines: flush left, they hang under the text after the marker; with their
    // columns kept (a gutter in a line), they stand where they stood against the marker's line,
    // which the marker opens — hung again, a line set under the text would move right by the
    // marker's width at every printing ("-⇥x" / "-").
    const kept = keepsColumns(blockLines(ctx, item, ctx.columns.get(item) ?? 0, 'each'));
    const under = kept ? ' '.repeat(first.length) : hang;
    append(out, sourceLines(ctx, item, 'lines').map((line, i) => (i === 0 ? first + line : under + line)));
  }
  return out;
}
