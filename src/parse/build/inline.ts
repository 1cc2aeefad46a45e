/**
 * The inline constructs every block may hold — tickers, e-mail addresses, web addresses,
 * page breaks inside a joined paragraph — as spans for {@link phrasing}.
 */
import type { IToken } from 'chevrotain';
import * as T from '../../../grammars/tokens/text.js';
import type { PageBreak } from '../../tree/nodes/page-break.js';
import type { PhrasingContent } from '../../tree/content.js';
import { findTickers } from '../constructs/tickers/reader.js';
import { endOf } from '../cst.js';
import { pageTurns, type DocView, type Planned } from '../decide/plan.js';
import type { BuildContext } from './context.js';
import { leaves } from './leaves.js';
import type { Span } from './phrasing.js';

type PhrasingSpan = Span<PhrasingContent>;

/** Adds ticker spans within the tokens to `out`. */
export function tickerSpans(ctx: BuildContext, tokens: readonly IToken[], out: PhrasingSpan[] = []): PhrasingSpan[] {
  for (const t of findTickers(ctx.source, tokens)) {
    out.push({
      start: t.start,
      end: t.end,
      make: () => ({ type: 'ticker', exchange: t.exchange, symbol: t.symbol, children: leaves(ctx, t.start, t.end) }),
    });
  }
  return out;
}

/** Adds e-mail and web-address spans within the tokens to `out`. */
export function linkSpans(ctx: BuildContext, tokens: readonly IToken[], out: PhrasingSpan[] = []): PhrasingSpan[] {
  // Spans are made apart from the loop: a closure in the loop body would cost a context per token.
  for (const t of tokens) if (t.tokenType === T.Email || t.tokenType === T.Url) out.push(linkSpan(ctx, t));
  return out;
}

function linkSpan(ctx: BuildContext, t: IToken): PhrasingSpan {
  const start = t.startOffset;
  const end = endOf(t);
  return t.tokenType === T.Email
    ? { start, end, make: () => ({ type: 'email', address: t.image, children: leaves(ctx, start, end) }) }
    : { start, end, make: () => ({ type: 'url', href: t.image, children: leaves(ctx, start, end) }) };
}

/** Adds page breaks inside a block (a paragraph joined across a page) to `out`: one span per run of marker lines (see pageTurns). */
export function pageBreakSpans(ctx: BuildContext, view: DocView, b: Planned, out: PhrasingSpan[] = []): PhrasingSpan[] {
  for (const { first, last, start, end } of pageTurns(view, b)) out.push({ start, end, make: () => pageBreakNode(ctx, view, first, last, start, end) });
  return out;
}

/** A page-break node over lines `first..last`, spanning `[start, end)`. */
export function pageBreakNode(ctx: BuildContext, view: DocView, first: number, last: number, start: number, end: number): PageBreak {
  let kind: PageBreak['kind'] = 'formFeed';
  let page: number | null = null;
  for (let i = first; i <= last; i++) {
    const line = view.doc.lines[i];
    if (!line) continue;
    if (line.tokens.some((t) => t.tokenType === T.PageTag)) kind = 'page';
    // "Page 3", "- 3 -": the number after the word, else a number standing alone.
    const word = line.tokens.findIndex((t) => t.tokenType === T.KwPage);
    const nums = line.tokens.filter((t) => t.tokenType === T.Number);
    const num = word >= 0 ? line.tokens.slice(word).find((t) => t.tokenType === T.Number) : nums.length === 1 && line.tokens.length <= 5 ? nums[0] : undefined;
    if (num && page === null && /^\d{1,4}$/.test(num.image)) page = Number(num.image);
  }
  return { type: 'pageBreak', kind, page, children: leaves(ctx, start, end) };
}
