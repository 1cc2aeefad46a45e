/**
 * Risk-list nodes: inline in a safe-harbor paragraph, or a block for a bulleted list of
 * risks. Items keep every character of their range; their `text` leaves labels, joiners
 * and page markers out.
 */
import type { IToken } from 'chevrotain';
import * as T from '../../../../grammars/tokens/text.js';
import type { ItemContent, PhrasingContent, RiskListContent } from '../../../tree/content.js';
import type { RiskItem } from '../../../tree/nodes/risk-item.js';
import type { RiskList } from '../../../tree/nodes/risk-list.js';
import { endOf } from '../../cst.js';
import { lineAt, tokensBetween } from '../../lex.js';
import { isJoiner, readRiskList, type RiskListFound } from './reader.js';
import { isPageFurniture, type DocView, type Planned } from '../../decide/plan.js';
import type { BuildContext } from '../../build/context.js';
import { phrasing, type Span } from '../../build/phrasing.js';
import { BULLETS } from '../../lexicon/index.js';

type PhrasingSpan = Span<PhrasingContent>;

/** Whether a token sits on a page-marker, page-number or "- more -" line. */
export function pageTokenTest(view: DocView): (t: IToken) => boolean {
  return (t) => {
    if (t.tokenType === T.PageTag) return true;
    return isPageFurniture(view, lineAt(view.doc, t.startOffset));
  };
}

/** Layout characters: space, tab, LF, VT, FF, CR. */
const isLayout = (code: number): boolean => code === 32 || (code >= 9 && code <= 13);

/**
 * The words of tokens as one line of text: one space wherever the source had layout
 * between two of them, nothing where they touched or where a dropped token stood.
 */
export function tokensText(source: string, toks: readonly IToken[]): string {
  let out = '';
  let prevEnd = -1;
  for (const t of toks) {
    if (prevEnd >= 0 && t.startOffset > prevEnd) {
      let layout = false;
      for (let i = prevEnd; i < t.startOffset && !layout; i++) layout = isLayout(source.charCodeAt(i));
      if (layout) out += ' ';
    }
    out += t.image;
    prevEnd = endOf(t);
  }
  return out;
}

/**
 * The risk lists of a safe-harbor paragraph (its `tokens`) as spans — one, or one per sentence
 * that carries the enumeration on; `inner` are the paragraph's other spans (tickers, links,
 * page breaks), which the items take over where they fall inside. `introduced`: the block
 * above ended on a cue, so the list opens this one.
 */
export function riskListSpans(ctx: BuildContext, view: DocView, tokens: readonly IToken[], inner: readonly PhrasingSpan[], introduced = false): PhrasingSpan[] {
  const isPage = pageTokenTest(view);
  const { lists, unsplit } = readRiskList(tokens, isPage, introduced);
  if (unsplit && lists.length === 0) {
    ctx.warn({ ruleId: 'risk-list-unsplit', reason: 'Risks named after a cue could not be split into two items or more', position: ctx.at(unsplit.start, unsplit.end) });
  }
  return lists.flatMap((found) => listSpan(ctx, found, inner));
}

/** One risk list as a span of the paragraph. */
function listSpan(ctx: BuildContext, found: RiskListFound, inner: readonly PhrasingSpan[]): PhrasingSpan[] {
  const first = found.items[0];
  const last = found.items[found.items.length - 1];
  if (!first || !last) return [];
  const start = first.start;
  const end = last.end;
  const make = (): RiskList => {
    const itemSpans = found.items.map(
      (item): Span<RiskListContent> => ({
        start: item.start,
        end: item.end,
        make: (): RiskItem => ({
          type: 'riskItem',
          label: item.label,
          text: tokensText(ctx.source, item.tokens),
          children: phrasing<ItemContent, ItemContent>(
            ctx,
            item.start,
            item.end,
            inner.filter((s) => s.start >= item.start && s.end <= item.end) as unknown as Span<ItemContent>[],
          ),
        }),
      }),
    );
    // Page breaks between items stay in the list.
    const between = inner.filter((s) => s.start >= start && s.end <= end && !found.items.some((it) => s.start < it.end && s.end > it.start)) as unknown as Span<RiskListContent>[];
    return { type: 'riskList', style: found.style, children: phrasing<RiskListContent, RiskListContent>(ctx, start, end, [...itemSpans, ...between]) };
  };
  return [{ start, end, make }];
}

/** Style of a list marker: a bullet, or the kind of its number. */
export function markerStyle(marker: string): RiskList['style'] {
  if (BULLETS.has(marker)) return 'bullet';
  const inner = marker.replace(/[().]/g, '');
  if (/^\d+$/.test(inner)) return 'numbered';
  if (/^x{0,3}(?:ix|iv|v?i{1,3})$/i.test(inner)) return 'roman';
  return 'lettered';
}

/**
 * Joiners that close a bulleted risk item ("…; and", "…,", "…."), and the one that opens the
 * last item when the list puts it there ("• and our ability to …", "• or a renewed slowdown").
 */
function trimItemEnd(toks: readonly IToken[]): IToken[] {
  let b = toks.length;
  while (b > 0 && isJoiner(toks[b - 1])) b--;
  const a = b > 1 && (toks[0]?.tokenType === T.KwAnd || toks[0]?.tokenType === T.KwOr) ? 1 : 0;
  return toks.slice(a, b);
}

/** A bulleted or numbered list of risks, as a block risk list. */
export function riskListBlock(
  ctx: BuildContext,
  view: DocView,
  b: Planned,
  items: ReadonlyArray<{ start: number; end: number; marker: string; markerTokens: number }>,
  inner: readonly PhrasingSpan[],
): RiskList {
  const isPage = pageTokenTest(view);
  const spans = items.map((item): Span<RiskListContent> => {
    const toks = tokensBetween(view.doc, item.start, item.end).filter((t) => !isPage(t));
    return {
      start: item.start,
      end: item.end,
      make: (): RiskItem => ({
        type: 'riskItem',
        label: item.marker === '' ? null : item.marker,
        text: tokensText(ctx.source, trimItemEnd(toks.slice(item.markerTokens))),
        children: phrasing<ItemContent, ItemContent>(
          ctx,
          item.start,
          item.end,
          inner.filter((s) => s.start >= item.start && s.end <= item.end) as unknown as Span<ItemContent>[],
        ),
      }),
    };
  });
  return {
    type: 'riskList',
    style: b.unmarked ? 'paragraph' : markerStyle(items[0]?.marker ?? '-'),
    children: phrasing<RiskListContent, RiskListContent>(ctx, b.start, b.end, spans),
  };
}
