/**
 * The header's CST as a flat list of entries — `KEY: value` fields, tags, end tags — each
 * knowing whether it starts its line and how deep that line is indented. Lines that start
 * with no key or tag (`]\t\tIRS NUMBER: …`, EDGAR's own wrap) are no entry: their text
 * stays as leaves of whatever group holds them.
 */
import { tokenMatcher, type CstNode, type IToken } from 'chevrotain';
import * as T from '../../../grammars/tokens/submission.js';
import { collapse } from '../../normalize/text.js';
import { tagName } from './tag.js';
import { endOf, isToken, ordered } from './tokens.js';
import { isLayout } from '../../parse/build/leaves.js';
import { visibleEnd } from './leaves.js';

export interface HeaderEntry {
  readonly kind: 'field' | 'tag' | 'close';
  /** The head: a key (`ACCESSION NUMBER:`) or a tag. */
  readonly head: IToken;
  /** Tokens after the head on its line, up to the next head. */
  readonly values: readonly IToken[];
  /** The key without its colon, or the tag's name. */
  readonly key: string;
  /** The value, spaces collapsed. */
  readonly value: string;
  readonly start: number;
  /** Offset after the entry's last visible character. */
  readonly end: number;
  /** Whether only layout stands before it on its line. */
  readonly lineStart: boolean;
  /** Visual column of a line-start entry (tabs to multiples of 8); -1 mid-line. */
  readonly indent: number;
}

/** Visual width of a run of layout (tabs to the next multiple of 8). */
function width(text: string): number {
  let col = 0;
  for (let i = 0; i < text.length; i++) col = text.charCodeAt(i) === 9 ? col + 8 - (col % 8) : col + 1;
  return col;
}

/** Reads the entries of a `header` CST node of `source`. */
export function headerEntries(source: string, header: CstNode): HeaderEntry[] {
  const out: HeaderEntry[] = [];
  // The start tag's own line counts as a line with content: what follows it is mid-line.
  let lineStart = false;
  let indent = -1;
  for (const item of ordered(header)) {
    if (isToken(item)) continue;
    if (item.name !== 'headerItem') continue;
    const toks = ordered(item).filter(isToken);
    const [head, ...values] = toks;
    if (!head) continue;
    if (tokenMatcher(head, T.HeaderLineEnd)) {
      // A new line: it starts an entry only if nothing but layout comes before the next head.
      const visible = values.some((t) => !isLayout(t.image.charCodeAt(0)));
      lineStart = !visible;
      indent = visible ? -1 : width(values.map((t) => t.image).join(''));
      continue;
    }
    const end = visibleEnd(source, endOf(head), endOf(values[values.length - 1] ?? head));
    const isKey = tokenMatcher(head, T.Key);
    out.push({
      kind: isKey ? 'field' : tokenMatcher(head, T.HeaderCloseTag) ? 'close' : 'tag',
      head,
      values,
      key: isKey ? collapse(head.image.slice(0, -1)) : tagName(head.image),
      value: collapse(source.slice(endOf(head), end)),
      start: head.startOffset,
      end,
      lineStart,
      indent: lineStart ? indent : -1,
    });
    lineStart = false;
    indent = -1;
  }
  return out;
}
