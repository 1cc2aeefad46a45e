/**
 * mdast → exhibit text: the reading half of the Markdown bridge. Each block of the
 * Markdown becomes a block of text, one blank line between blocks; soft and hard line
 * breaks stay line breaks; a list item is "marker text" with its lines hanging under
 * the text; a table is laid out in aligned columns, as `b.table` lays it out; a code
 * block is its lines. For Markdown that `toMdast` wrote, this is the canonical text of
 * `format` (list markers and table layout aside: Markdown has its own), so the exhibit parser
 * reads the same meaning back.
 */
import type { List, Nodes, Root, RootContent, Table } from 'mdast';
import { tableLines } from '../builders/table.js';
import { RULE_LINE } from '../format/rule.js';
import { trimSpacesEnd } from '../format/words.js';

/** A line ending. */
const LINE_BREAK = /\r\n|\r|\n/;

/** The text of phrasing content; breaks are line breaks. */
function phrasingText(node: Nodes): string {
  if (node.type === 'break') return '\n';
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') return node.value;
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  return 'children' in node ? node.children.map((c) => phrasingText(c as Nodes)).join('') : '';
}

const linesOf = (text: string): string[] => text.split(LINE_BREAK).map(trimSpacesEnd);

function listLines(node: List): string[] {
  const start = node.start ?? 1;
  return node.children.flatMap((item, i) => {
    const marker = node.ordered ? `${start + i}.` : '-';
    const hang = ' '.repeat(marker.length + 1);
    const lines = item.children.flatMap((c) => blockLines(c));
    return lines.length ? lines.map((l, k) => (k === 0 ? `${marker} ${l}` : l ? hang + l : l)) : [marker];
  });
}

function tableText(node: Table): string[] {
  return tableLines(node.children.map((row) => row.children.map((cell) => phrasingText(cell).replace(LINE_BREAK, ' '))));
}

/** The lines of one block (blank lines between blocks nested in it). */
function blockLines(node: RootContent): string[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return linesOf(phrasingText(node));
    case 'code':
    case 'html':
      return linesOf(node.value);
    case 'list':
      return listLines(node);
    case 'table':
      return tableText(node);
    case 'thematicBreak':
      return [RULE_LINE];
    case 'blockquote':
    case 'listItem':
    case 'footnoteDefinition':
      return node.children.flatMap((c, i) => (i === 0 ? blockLines(c) : ['', ...blockLines(c)]));
    default:
      // Definitions, front matter: nothing to read.
      return [];
  }
}

/** The exhibit text an mdast tree stands for. */
export function mdastToText(root: Root): string {
  const blocks = root.children.map(blockLines).filter((lines) => lines.some((l) => l !== ''));
  return blocks.length ? `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n` : '';
}
