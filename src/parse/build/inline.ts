/**
 * The inline constructs every block may hold — tickers, e-mail addresses, web addresses,
 * page breaks inside a joined paragraph — as spans for {@link phrasing}.
 */
import type { IToken } from 'chevrotain';
import * as T from '../../../grammars/tokens/text.js';
import * as B from '../../../grammars/tokens/block.js';
import type { PageBreak } from '../../tree/nodes/page-break.js';
import type { PhrasingContent } from '../../tree/content.js';
import { findTickers } from '../constructs/tickers/reader.js';
import { endOf } from '../cst.js';
import { isPageFurniture, lineEnd, lineStart, type DocView, type Planned } from '../decide/plan.js';
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

/** Adds page breaks inside a block (a paragraph joined across a page) to `out`: one span per run of marker lines. */
export function pageBreakSpans(ctx: BuildContext, view: DocView, b: Planned, out: PhrasingSpan[] = []): PhrasingSpan[] {
  for (let i = b.first; i <= b.last; i++) {
    if (!isPageFurniture(view, i)) continue;
    let j = i;
    // Take page numbers and markers separated only by blank lines.
    for (let k = i + 1; k <= b.last; k++) {
      if (isPageFurniture(view, k)) j = k;
      else if (view.kinds[k] !== B.BlankRun) break;
    }
    const first = view.doc.lines[i];
    const last = view.doc.lines[j];
    // A page turn needs a page marker (or a running head whose line holds the form feed); a
    // jump line or a number alone is text.
    let marker = false;
    for (let k = i; k <= j && !marker; k++) marker = view.kinds[k] === B.PageMarker || (view.kinds[k] === B.PageNumber && view.doc.lines[k]?.formFeed === true);
    if (first && last && marker) {
      const start = lineStart(view, first);
      const end = lineEnd(view, last);
      // Built later: bind the lines now, as `i` moves on below.
      const from = i;
      const to = j;
      const node = (): PageBreak => pageBreakNode(ctx, view, from, to, start, end);
      out.push({ start, end, make: node });
    }
    i = j;
  }
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
