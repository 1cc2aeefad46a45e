/**
 * The renderer: walks a hast tree and tells a {@link LineWriter} what a browser would put on
 * the page — text, line breaks, block boundaries with or without a blank line, list markers
 * and tables. Hidden content is skipped.
 */
import type { Element, ElementContent, RootContent } from 'hast';
import { boxOf, isHidden, type Box, type Transform } from './box.js';
import { LISTS } from './elements.js';
import { nextMarker, openList, type ListState } from './list.js';
import { renderTable } from './table/render.js';
import type { LineWriter } from './writer.js';

/**
 * Tables nested deeper than this print as the blocks they hold. A table prints each cell
 * into lines of its own and then copies them into its row, so every level of nesting
 * copies the lines of all the levels inside it: work quadratic in the depth, which the
 * input controls. No page lays out text with more than a few tables in tables; browsers
 * cap the depth of the tree too (Blink at 512 elements). Past the cap, each line is copied
 * at most this many times: linear.
 */
export const MAX_TABLE_NESTING = 16;

/** What the walk carries down the tree. */
export interface Context {
  /** Page width, for centring. */
  readonly width: number;
  /** Open lists, innermost last. */
  readonly lists: ListState[];
  /** Tables open around the node, laid out as tables (at most {@link MAX_TABLE_NESTING}). */
  tables: number;
  /** The `text-transform` in force. */
  transform: Transform;
}

/** Text as `text-transform` prints it. */
function transformed(text: string, transform: Transform): string {
  switch (transform) {
    case 'uppercase':
      return text.toUpperCase();
    case 'lowercase':
      return text.toLowerCase();
    case 'capitalize':
      return text.replace(/(^|[\s(["'\u2018\u201c-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
    case 'none':
      return text;
  }
}

type Child = RootContent | ElementContent;

/** Renders nodes in order. */
export function renderNodes(nodes: readonly Child[], w: LineWriter, ctx: Context): void {
  for (const node of nodes) {
    if (node.type === 'text') w.text(transformed(node.value, ctx.transform));
    else if (node.type === 'element') renderElement(node, w, ctx);
    // Comments, doctypes and raw nodes print nothing.
  }
}

/** Renders one element and what it holds. */
export function renderElement(element: Element, w: LineWriter, ctx: Context): void {
  const box = boxOf(element);
  if (isHidden(element, box.style)) return;
  const outer = ctx.transform;
  if (box.transform) ctx.transform = box.transform;
  renderBox(element, box, w, ctx);
  ctx.transform = outer;
}

/** Renders an element that is shown, with its box worked out. */
function renderBox(element: Element, box: Box, w: LineWriter, ctx: Context): void {
  if (box.name === 'br') {
    w.br();
    return;
  }
  if (box.name === 'table' && ctx.tables < MAX_TABLE_NESTING) {
    // Inline tables (`display:inline-table`) still lay out as a grid of their own.
    ctx.tables++;
    renderTable(element, box.block ? box : { ...box, before: 1, after: 1 }, w, ctx, renderNodes);
    ctx.tables--;
    return;
  }
  if (!box.block) {
    // Horizontal padding or margin on an inline box shows as space beside its text.
    if (box.spaceLeft) w.text(' ');
    renderNodes(element.children, w, ctx);
    if (box.spaceRight) w.text(' ');
    return;
  }
  // A list inside a list item has no margins of its own (user-agent stylesheet).
  const nested = LISTS.has(box.name) && ctx.lists.length > 0;
  w.block(nested ? 1 : box.before);
  w.enter(box.align, box.pre);
  const list = LISTS.has(box.name) ? openList(box.name, element, box.style) : null;
  if (list) ctx.lists.push(list);
  if (box.name === 'li') {
    const marker = nextMarker(ctx.lists[ctx.lists.length - 1], element, box.style);
    const depth = Math.max(0, ctx.lists.length - 1);
    if (marker !== null) w.mark(`${'    '.repeat(Math.min(depth, 4))}${marker} `);
  }
  renderNodes(element.children, w, ctx);
  if (box.name === 'li') w.unmark();
  if (list) ctx.lists.pop();
  w.block(nested ? 1 : box.after);
  w.leave(box.pre);
}
