/**
 * The SEC header as a tree: entries nested into groups, typed fields read from them.
 *
 * Nesting, in one place:
 *   - `KEY:` with no value opens a group when the next line that starts with an entry is
 *     indented deeper (`FILER:` → `COMPANY DATA:` → its fields). A line-start entry closes
 *     every such group indented as deep as it or deeper.
 *   - A tag with no value (`<COMPANY-DATA>`) opens a group when its end tag comes later;
 *     only that end tag closes it — the one-line form has no indentation to go by.
 *   - An end tag closes the innermost open group of the same name (`</COMPANY-DATA>` closes
 *     `COMPANY DATA:` too) and any group opened inside it; an end tag that matches no open
 *     group is kept where it stands.
 */
import { tokenMatcher, type CstNode, type IToken } from 'chevrotain';
import * as T from '../../../grammars/tokens/submission.js';
import type { HeaderContent } from '../../tree/content.js';
import type { HeaderGroup } from '../../tree/nodes/header-group.js';
import type { SecHeader } from '../../tree/nodes/sec-header.js';
import type { SubmissionContext } from './context.js';
import { headerEntries, type HeaderEntry } from './header-entries.js';
import { leaves } from '../../parse/build/leaves.js';
import { tile, visibleEnd, type Placed } from './leaves.js';
import { tagNode } from './tag.js';
import { endOf, isToken, ordered, tokensIn } from './tokens.js';
import { headerFields, normalizeKey } from '../fields.js';
import { append } from '../../util/append.js';

interface OpenGroup {
  readonly key: string;
  readonly norm: string;
  readonly byTag: boolean;
  readonly indent: number;
  readonly start: number;
  end: number;
  readonly items: Placed<HeaderContent>[];
}

/** Builds the `secHeader` node of a `header` CST node. */
export function buildHeader(ctx: SubmissionContext, header: CstNode): Placed<SecHeader> {
  const all = tokensIn(header);
  const first = all[0];
  const last = all[all.length - 1];
  const start = first ? first.startOffset : 0;
  const end = last ? visibleEnd(ctx.source, start, endOf(last)) : start;

  const placed: Placed<HeaderContent>[] = [];
  const elements = ordered(header);
  const startTag = elements.find(isToken);
  if (startTag) {
    // The start tag's own line: `<SEC-HEADER>0000092122-05-000042.hdr.sgml : 20050125`.
    const values = elements.filter((el): el is IToken => isToken(el) && tokenMatcher(el, T.HeaderValue));
    placed.push(tagNode(ctx, startTag, values));
  }
  append(placed, nest(ctx, headerEntries(ctx.source, header)));
  const close = elements.find((el): el is IToken => isToken(el) && tokenMatcher(el, T.SecHeaderClose));
  if (close) placed.push(tagNode(ctx, close));

  const children = tile(ctx, start, end, placed);
  const node: SecHeader = { type: 'secHeader', ...headerFields(children), children, position: ctx.at(start, end) };
  return { node, start, end };
}

/** Nests entries into groups (see the file comment); returns the top-level nodes. */
function nest(ctx: SubmissionContext, entries: readonly HeaderEntry[]): Placed<HeaderContent>[] {
  const top: Placed<HeaderContent>[] = [];
  const stack: OpenGroup[] = [];
  const add = (p: Placed<HeaderContent>): void => {
    const g = stack[stack.length - 1];
    if (g) {
      g.items.push(p);
      g.end = Math.max(g.end, p.end);
    } else top.push(p);
  };
  const closeGroup = (): void => {
    const g = stack.pop();
    if (!g) return;
    const node: HeaderGroup = { type: 'headerGroup', key: g.key, children: tile(ctx, g.start, g.end, g.items), position: ctx.at(g.start, g.end) };
    add({ node, start: g.start, end: g.end });
  };

  // Where each end tag last occurs, and the next entry that starts a line.
  const lastClose = new Map<string, number>();
  for (const [i, e] of entries.entries()) if (e.kind === 'close') lastClose.set(normalizeKey(e.key), i);
  const nextLineStart: (HeaderEntry | undefined)[] = new Array(entries.length);
  for (let i = entries.length - 2; i >= 0; i--) nextLineStart[i] = entries[i + 1]?.lineStart ? entries[i + 1] : nextLineStart[i + 1];

  for (const [i, e] of entries.entries()) {
    const norm = normalizeKey(e.key);
    if (e.kind === 'close') {
      const k = stack.map((g) => g.norm).lastIndexOf(norm);
      while (k >= 0 && stack.length > k + 1) closeGroup();
      add(tagNode(ctx, e.head, e.values));
      if (k >= 0) closeGroup();
      continue;
    }
    if (e.lineStart) {
      for (let g = stack[stack.length - 1]; g && !g.byTag && g.indent >= e.indent; g = stack[stack.length - 1]) closeGroup();
    }
    const next = nextLineStart[i];
    if (e.kind === 'field' && e.value === '' && e.lineStart && next && next.kind !== 'close' && next.indent > e.indent) {
      // The label (`COMPANY DATA:`) stays in the group as leaves.
      stack.push({ key: e.key, norm, byTag: false, indent: e.indent, start: e.start, end: e.end, items: [] });
    } else if (e.kind === 'tag' && e.value === '' && (lastClose.get(norm) ?? -1) > i) {
      const t = tagNode(ctx, e.head, e.values);
      stack.push({ key: e.key, norm, byTag: true, indent: e.indent, start: t.start, end: t.end, items: [t] });
    } else if (e.kind === 'tag') add(tagNode(ctx, e.head, e.values));
    else add({ node: { type: 'headerField', key: e.key, text: e.value, children: leaves(ctx, e.start, e.end), position: ctx.at(e.start, e.end) }, start: e.start, end: e.end });
  }
  while (stack.length) closeGroup();
  return top;
}
