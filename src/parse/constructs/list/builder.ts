/**
 * The list node: items from the lines each marker opens, each item's marker as written.
 */
import { lineGrammar } from '../../../../grammars/line.js';
import type { FlowContent, ListContent } from '../../../tree/content.js';
import type { ListItem } from '../../../tree/nodes/list-item.js';
import { matchPrefix } from '../../match.js';
import type { DocView, Planned } from '../../decide/plan.js';
import type { BuildContext } from '../../build/context.js';
import { phrasing, type Span } from '../../build/phrasing.js';
import { inlineOf } from '../../build/kit.js';
import { markerStyle } from '../risk-list/builder.js';

/** The items of a list block: ranges, markers and how many tokens each marker takes. */
export function listItems(view: DocView, b: Planned): Array<{ first: number; last: number; start: number; end: number; marker: string; markerTokens: number }> {
  const firsts = b.items?.length ? b.items : [b.first];
  const out: Array<{ first: number; last: number; start: number; end: number; marker: string; markerTokens: number }> = [];
  firsts.forEach((first, k) => {
    const next = firsts[k + 1];
    const last = next !== undefined ? lastContentLine(view, first, next - 1) : b.last;
    const startLine = view.doc.lines[first];
    const endLine = view.doc.lines[last];
    if (!startLine || !endLine) return;
    // Items written as paragraphs of their own have no marker.
    const m = b.unmarked ? { consumed: 0 } : matchPrefix(lineGrammar, lineGrammar.listMarkerStart, startLine.tokens, 3);
    const markerTokens = m?.consumed ?? 1;
    const marker = startLine.tokens.slice(0, markerTokens).map((t) => t.image).join('');
    out.push({ first, last, start: startLine.contentStart, end: endLine.contentEnd, marker, markerTokens });
  });
  return out;
}

export function list(ctx: BuildContext, view: DocView, b: Planned): FlowContent {
  const items = listItems(view, b);
  const spans = items.map(
    (item): Span<ListContent> => ({
      start: item.start,
      end: item.end,
      make: (): ListItem => ({ type: 'listItem', marker: item.marker, children: inlineOf(ctx, view, { ...b, first: item.first, last: item.last, start: item.start, end: item.end }) }),
    }),
  );
  const marker = items[0]?.marker ?? '-';
  return {
    type: 'list',
    ordered: markerStyle(marker) !== 'bullet',
    marker,
    children: phrasing<ListContent, ListContent>(ctx, b.start, b.end, spans),
  };
}

function lastContentLine(view: DocView, from: number, to: number): number {
  for (let i = to; i > from; i--) if (!view.doc.lines[i]?.blank) return i;
  return from;
}

