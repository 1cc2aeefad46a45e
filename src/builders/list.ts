/**
 * Lists and risk lists written one item per line, "marker text".
 */
import type { List } from '../tree/nodes/list.js';
import type { ListItem } from '../tree/nodes/list-item.js';
import type { RiskItem } from '../tree/nodes/risk-item.js';
import type { RiskList } from '../tree/nodes/risk-list.js';
import type { ItemContent, ListContent, RiskListContent } from '../tree/content.js';
import { collapse } from '../normalize/text.js';
import { phrasing, type Inline } from './blocks.js';
import { leavesOf, whitespace } from './leaves.js';
import { append } from '../util/append.js';

/** One list item; `marker` is written before its text ("-", "1.", "(a)"). */
export function listItem(marker: string, ...parts: Inline[]): ListItem {
  return { type: 'listItem', marker, children: [...leavesOf(marker), whitespace(' '), ...phrasing(parts)] };
}

/** Items under each other; `ordered` numbers them "1.", "2." … unless they are list items already. */
export function list(options: { readonly ordered?: boolean }, ...items: Array<string | ListItem>): List {
  const ordered = options.ordered ?? false;
  const built = items.map((item, i) => (typeof item === 'string' ? listItem(ordered ? `${i + 1}.` : '-', item) : item));
  const children: ListContent[] = [];
  built.forEach((item, i) => {
    if (i > 0) children.push(whitespace('\n'));
    children.push(item);
  });
  return { type: 'list', ordered, marker: built[0]?.marker ?? (ordered ? '1.' : '-'), children };
}

/** One risk factor; `label` ("(i)", "1.", "•") is written before its text when given. */
export function riskItem(label: string | null, text: string): RiskItem {
  const children: ItemContent[] = label ? [...leavesOf(label), whitespace(' '), ...leavesOf(text)] : leavesOf(text);
  return { type: 'riskItem', label, text: collapse(text), children };
}

/**
 * Risk factors: in running text "(i) …, (ii) … and (iii) …" (put it in a paragraph); a
 * bullet list one item per line (a block of its own).
 */
export function riskList(style: RiskList['style'], ...items: RiskItem[]): RiskList {
  const children: RiskListContent[] = [];
  items.forEach((item, i) => {
    if (i > 0 && style === 'bullet') children.push(whitespace('\n'));
    else if (i > 0) append(children, leavesOf(i === items.length - 1 ? ' and ' : style === 'semicolon' ? '; ' : ', '));
    children.push(item);
  });
  return { type: 'riskList', style, children };
}
