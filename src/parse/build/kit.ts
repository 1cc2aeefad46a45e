/**
 * What every block builder uses: a block's tokens and text, and the inline spans any text
 * block may hold (tickers, links, page breaks).
 */
import type { IToken } from 'chevrotain';
import type { PhrasingContent } from '../../tree/content.js';
import { collapse } from '../../normalize/text.js';
import type { DocView, Planned } from '../decide/plan.js';
import { tokensBetween } from '../lex.js';
import type { BuildContext } from './context.js';
import { phrasing, type Span } from './phrasing.js';
import { linkSpans, pageBreakSpans, tickerSpans } from './inline.js';

export type PhrasingSpan = Span<PhrasingContent>;

/** A block's tokens: those starting inside its span. */
export const blockTokens = (view: DocView, b: Planned): IToken[] => tokensBetween(view.doc, b.start, b.end);

/** A block's text, white space collapsed. */
export const sourceText = (ctx: BuildContext, b: Planned): string => collapse(ctx.source.slice(b.start, b.end));

/** A block's text with its page markers left out: pagination is layout (the children keep them as pageBreak nodes). */
export function textWithoutPages(ctx: BuildContext, view: DocView, b: Planned): string {
  let text = '';
  let from = b.start;
  for (const s of pageBreakSpans(ctx, view, b)) {
    text += `${ctx.source.slice(from, s.start)} `;
    from = s.end;
  }
  return collapse(text + ctx.source.slice(from, b.end));
}

/** Tickers, links and page breaks: what any text block may hold inline. */
export function commonSpans(ctx: BuildContext, view: DocView, b: Planned, toks: readonly IToken[], out: PhrasingSpan[] = []): PhrasingSpan[] {
  tickerSpans(ctx, toks, out);
  linkSpans(ctx, toks, out);
  pageBreakSpans(ctx, view, b, out);
  return out;
}

/** A block's children: its text with the common spans. */
export function inlineOf(ctx: BuildContext, view: DocView, b: Planned, extra: PhrasingSpan[] = []): PhrasingContent[] {
  return phrasing<PhrasingContent, PhrasingContent>(ctx, b.start, b.end, commonSpans(ctx, view, b, blockTokens(view, b), extra));
}
