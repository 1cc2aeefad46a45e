/**
 * Exhibit tree → mdast. The Markdown shows the canonical text of `format`, group by
 * group: the headline as a heading of depth 1, subheadlines of depth 2, section headings
 * of depth 2 (3 inside the safe-harbor passage), body paragraphs as paragraphs (soft line
 * breaks where `format` breaks lines), lists and block risk lists as lists, tables as GFM
 * tables, contact blocks as code blocks (their columns are their meaning), the exhibit
 * label and release title as paragraphs, the dateline in bold. Every mdast node that
 * renders exhibit nodes carries their fields in `data` (see data.ts).
 */
import type { BlockContent, List, ListItem, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import type { Exhibit } from '../tree/nodes/exhibit.js';
import { printGroups, type FormatOptions, type Group, type PrintedBlock } from '../format/index.js';
import { fieldsOf, type ExhibitFields } from './data.js';
import { paragraphPhrasing } from './phrasing.js';
import { coveredByModel, modelRows, tableRows } from './table.js';

export type ToMdastOptions = FormatOptions;

/** Blocks that name what a group is, strongest first. */
const PRINCIPALS = ['headline', 'subheadline', 'heading', 'table', 'contact', 'list', 'riskList', 'releaseTitle', 'exhibitLabel'];

/** The exhibit tree as an mdast tree; `data.secExhibit` on the root holds nothing but the type. */
export function toMdast(tree: Exhibit, options: ToMdastOptions = {}): Root {
  const covered = coveredByModel(tree);
  return {
    type: 'root',
    // A table the parser split into blocks prints once, from the model its first block carries.
    children: printGroups(tree, options)
      .filter((g) => !g.blocks.every((b) => covered(b.node)))
      .map(groupNode),
    data: { secExhibit: { type: 'exhibit' } },
  };
}

function principal(group: Group): PrintedBlock {
  // A table's blocks printed together render as its model.
  const carrier = group.blocks.find((b) => b.node.type === 'table' && b.node.model);
  if (carrier) return carrier;
  for (const type of PRINCIPALS) {
    const found = group.blocks.find((b) => b.node.type === type);
    if (found) return found;
  }
  return group.blocks[0] as PrintedBlock;
}

/** Lines as text with soft line breaks. */
const linesText = (lines: readonly string[]): PhrasingContent[] => [{ type: 'text', value: lines.join('\n') }];

function groupNode(group: Group): RootContent {
  const main = principal(group);
  const data = {
    secExhibit: fieldsOf(main.node),
    ...(group.blocks.length > 1 ? { secExhibitGroup: group.blocks.map((b) => fieldsOf(b.node)) } : {}),
  };
  const single = group.blocks.length === 1;
  switch (main.node.type) {
    case 'headline':
      return { type: 'heading', depth: 1, children: linesText(group.lines), data };
    case 'subheadline':
      return { type: 'heading', depth: 2, children: linesText(group.lines), data };
    case 'heading':
      return { type: 'heading', depth: group.section === 'safeHarbor' && main.node.role !== 'safeHarbor' ? 3 : 2, children: linesText(group.lines), data };
    case 'table':
      if (main.node.model) return table(modelRows(main.node.model), data);
      return single ? table(tableRows(group.lines), data) : { type: 'code', value: group.lines.join('\n'), data };
    case 'contact':
      return { type: 'code', value: group.lines.join('\n'), data };
    case 'list':
    case 'riskList':
      if (group.blocks.every((b) => b.node.type === 'list' || b.node.type === 'riskList')) return list(group, data);
      break;
    case 'rule':
      if (single) return { type: 'thematicBreak', data };
      break;
    case 'releaseTitle':
      if (single) return { type: 'paragraph', children: [{ type: 'strong', children: linesText(group.lines), data: { secExhibit: data.secExhibit } }], data };
      break;
    case 'paragraph':
      if (single) return { type: 'paragraph', children: paragraphPhrasing(main.node, group.lines) ?? linesText(group.lines), data };
      break;
    default:
      break;
  }
  return { type: 'paragraph', children: linesText(group.lines), data };
}

/** A GFM table: the first row is the header; columns after the first flush right, as figures are. */
function table(rows: readonly (readonly string[])[], data: { secExhibit: ExhibitFields }): Table {
  let width = 1;
  for (const r of rows) width = Math.max(width, r.length);
  const row = (cells: readonly string[]): TableRow => ({
    type: 'tableRow',
    children: Array.from({ length: width }, (_, i) => ({ type: 'tableCell', children: cells[i] ? [{ type: 'text', value: cells[i] ?? '' }] : [] })),
  });
  const body = rows.length ? rows : [[]];
  return { type: 'table', align: Array.from({ length: width }, (_, i) => (i === 0 ? 'left' : 'right')), children: body.map(row), data };
}

/** Spaces that open a line (spaces only: a no-break space is text). */
const LEADING_SPACES = /^ +/;

/** The marker-less lines of an item: the marker and the hanging indent taken off. */
function itemLines(lines: readonly string[], marker: string): string[] {
  return lines.map((line, i) => (i === 0 ? line.slice(marker.length) : line).replace(LEADING_SPACES, ''));
}

/** One mdast list for the items of every list in the group (the parser reads them as one). */
function list(group: Group, data: { secExhibit: ExhibitFields }): List {
  const items: ListItem[] = [];
  let ordered = false;
  for (const { node, lines } of group.blocks) {
    if (node.type !== 'list' && node.type !== 'riskList') continue;
    if (items.length === 0) ordered = node.type === 'list' ? node.ordered : node.style !== 'bullet';
    // The printer puts each item on its own lines: walk them in step.
    let at = 0;
    for (const item of node.children) {
      if (item.type !== 'listItem' && item.type !== 'riskItem') continue;
      const marker = (item.type === 'listItem' ? item.marker : item.label) ?? '';
      let end = at + 1;
      while (end < lines.length && (lines[end] ?? '').startsWith(' ')) end++;
      const content: BlockContent = { type: 'paragraph', children: linesText(itemLines(lines.slice(at, end), marker)) };
      items.push({ type: 'listItem', spread: false, children: [content], data: { secExhibit: fieldsOf(item) } });
      at = end;
    }
  }
  return { type: 'list', ordered, start: ordered ? 1 : null, spread: false, children: items, data };
}
