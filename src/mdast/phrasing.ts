/**
 * A body paragraph as mdast phrasing: its words as format re-flowed them (soft line
 * breaks where format broke the lines), the dateline in `strong`, web and e-mail
 * addresses as links, tickers and phone numbers as text that carries their fields.
 */
import type { PhrasingContent as MdastPhrasing } from 'mdast';
import type { Paragraph } from '../tree/nodes/paragraph.js';
import { fieldsOf } from './data.js';

interface AnyNode {
  readonly type: string;
  readonly value?: unknown;
  readonly children?: readonly AnyNode[];
  readonly [key: string]: unknown;
}

/** Inline nodes that become mdast nodes of their own. */
const OWN_NODES = new Set(['dateline', 'url', 'email', 'ticker', 'phone', 'releaseTitle']);

/** Layout that takes room (collapsed to one space) and layout that does not. */
const ROOMY = new Set([' ', '\t', '\n', '\r']);
const ZERO_WIDTH = new Set(['\f', '\v', '\uFEFF']);

/** A URL scheme at the start of an address. */
const HAS_SCHEME = /^[a-z][\w+.-]*:/i;

interface Char {
  ch: string;
  owner: AnyNode | null;
}

const isLayout = (c: Char): boolean => ROOMY.has(c.ch) || ZERO_WIDTH.has(c.ch);

/** Every character of the paragraph with the inline node it belongs to; page breaks as a space. */
function characters(node: AnyNode, owner: AnyNode | null, out: Char[]): Char[] {
  if (node.type === 'pageBreak') {
    out.push({ ch: ' ', owner: null });
    return out;
  }
  const own = OWN_NODES.has(node.type) ? node : owner;
  // By UTF-16 code unit, as line lengths are counted.
  if (typeof node.value === 'string') for (let i = 0; i < node.value.length; i++) out.push({ ch: node.value.charAt(i), owner: own });
  for (const c of node.children ?? []) characters(c, own, out);
  return out;
}

/** Layout collapsed as `format` collapses it: roomy runs to one space, none at the ends. */
function squashChars(chars: readonly Char[]): Char[] {
  const out: Char[] = [];
  let i = 0;
  while (i < chars.length) {
    const c = chars[i] as Char;
    if (!isLayout(c)) {
      out.push(c);
      i++;
      continue;
    }
    let j = i;
    let roomy = false;
    for (; j < chars.length && isLayout(chars[j] as Char); j++) if (ROOMY.has((chars[j] as Char).ch)) roomy = true;
    const before = out[out.length - 1]?.owner ?? null;
    const after = chars[j]?.owner ?? null;
    const owner = before === after ? before : null;
    if (roomy) out.push({ ch: ' ', owner });
    else for (let k = i; k < j; k++) out.push({ ch: (chars[k] as Char).ch, owner });
    i = j;
  }
  while (out[0]?.ch === ' ') out.shift();
  while (out[out.length - 1]?.ch === ' ') out.pop();
  return out;
}

function inlineNode(owner: AnyNode, text: string): MdastPhrasing {
  const data = { secExhibit: fieldsOf(owner) };
  const children: MdastPhrasing[] = [{ type: 'text', value: text }];
  if (owner.type === 'dateline' || owner.type === 'releaseTitle') return { type: 'strong', children, data };
  if (owner.type === 'url') {
    const href = String(owner['href']);
    return { type: 'link', url: HAS_SCHEME.test(href) ? href : `http://${href}`, children, data };
  }
  if (owner.type === 'email') return { type: 'link', url: `mailto:${String(owner['address'])}`, children, data };
  return { type: 'text', value: text, data };
}

/**
 * The phrasing of a paragraph printed as `lines`; null when the lines are not its words
 * re-flowed (the printer kept the source lines), and plain text must do.
 */
export function paragraphPhrasing(node: Paragraph, lines: readonly string[]): MdastPhrasing[] | null {
  const chars = squashChars(characters(node as unknown as AnyNode, null, []));
  if (chars.map((c) => c.ch).join('') !== lines.join(' ')) return null;
  // Turn the spaces where format broke the lines into line breaks.
  let at = -1;
  for (const line of lines.slice(0, -1)) {
    at += line.length + 1;
    const c = chars[at];
    if (c) chars[at] = { ch: '\n', owner: c.owner };
  }
  const out: MdastPhrasing[] = [];
  let run = '';
  let owner: AnyNode | null = null;
  const flush = (): void => {
    if (run) out.push(owner ? inlineNode(owner, run) : { type: 'text', value: run });
    run = '';
  };
  for (const c of chars) {
    if (c.owner !== owner) {
      flush();
      owner = c.owner;
    }
    run += c.ch;
  }
  flush();
  return out;
}
