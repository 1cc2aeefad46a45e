/**
 * Finds exchange/symbol pairs anywhere in a run of tokens: spots words that can open an
 * exchange name, runs the ticker grammar there, and keeps what names a real exchange.
 */
import { tokenMatcher, type CstNode, type IToken } from 'chevrotain';
import { tickerGrammar } from '../../../../grammars/ticker.js';
import * as T from '../../../../grammars/tokens/text.js';
import { matchPrefix } from '../../match.js';
import { children, endOf, spanText, tokensOf } from '../../cst.js';
import { canonicalExchange, knownExchange, mayOpenExchange } from '../../../normalize/exchange.js';
import { append } from '../../../util/append.js';

export interface TickerMatch {
  readonly exchange: string;
  readonly symbol: string;
  /** The node's range: exchange through symbol for the first pair, the symbol alone after. */
  readonly start: number;
  readonly end: number;
}

const SYMBOL = /^[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?$/;
/** An unknown exchange is accepted only as a short capitalised word inside parentheses ("(LSE: ABC)"). */
const UNKNOWN_EXCHANGE = /^[A-Z]{2,10}$/;
/** An exchange's name in Title Case, one word ("Frankfurt", "Xetra"), taken beside a known exchange. */
const TITLE_EXCHANGE = /^[A-Z][a-z]{2,11}$/;

/** Every ticker in `tokens`, in order. */
export function findTickers(source: string, tokens: readonly IToken[]): TickerMatch[] {
  const out: TickerMatch[] = [];
  // Every listing has a colon after its exchange; most paragraphs have none at all.
  if (!tokens.some((t) => t.tokenType === T.Colon)) return out;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok || !tokenMatcher(tok, T.Name)) continue;
    const prev = tokens[i - 1];
    const inParens = prev !== undefined && (prev.tokenType === T.LParen || prev.tokenType === T.LBracket);
    const next = tokens[i + 1];
    const unknownOpener = inParens && next?.tokenType === T.Colon && UNKNOWN_EXCHANGE.test(tok.image);
    if (!mayOpenExchange(tok.image) && !unknownOpener) continue;
    if (!colonAhead(tokens, i)) continue;
    const m = matchPrefix(tickerGrammar, tickerGrammar.tickersStart, tokens.slice(i, i + 32));
    const cst = m && children(m.cst, 'tickers')[0];
    if (!m || !cst) continue;
    const found = readListings(source, cst, inParens);
    if (found.length === 0) continue;
    append(out, sharedListings(tokens, i, found[0]));
    append(out, found);
    i += m.consumed - 1;
  }
  return out;
}

/** A colon within the exchange's words ahead ("NASDAQ Global Select Market:"). */
function colonAhead(tokens: readonly IToken[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 7); k++) {
    const t = tokens[k];
    if (!t) return false;
    if (t.tokenType === T.Colon) return true;
    if (!(tokenMatcher(t, T.Name) || t.tokenType === T.Hyphen || t.tokenType === T.Slash)) return false;
  }
  return false;
}

/**
 * Known exchanges written before a listing and sharing its symbol: "(NYSE, TSX: CLK)" lists
 * CLK on both. Read back from the listing's exchange at token `i`, one exchange word at a time.
 */
function sharedListings(tokens: readonly IToken[], i: number, listing: TickerMatch | undefined): TickerMatch[] {
  const out: TickerMatch[] = [];
  if (!listing) return out;
  for (let k = i - 2; k >= 0; k -= 2) {
    const word = tokens[k];
    const joint = tokens[k + 1];
    if (!word || !(joint?.tokenType === T.Comma || joint?.tokenType === T.KwAnd) || !tokenMatcher(word, T.Name)) break;
    const exchange = knownExchange(word.image);
    if (!exchange) break;
    out.unshift({ exchange, symbol: listing.symbol, start: word.startOffset, end: endOf(word) });
  }
  return out;
}

function readListings(source: string, cst: CstNode, inParens: boolean): TickerMatch[] {
  const out: TickerMatch[] = [];
  // Beside a known exchange in the same parenthesis, an exchange in Title Case is one too
  // ("(Nasdaq: NRBY; Frankfurt: NB7)").
  const listings = children(cst, 'listing');
  const anyKnown = listings.some((l) => {
    const ex = children(l, 'exchange')[0];
    return ex !== undefined && knownExchange(spanText(source, tokensOf(ex))) !== null;
  });
  for (const listing of listings) {
    const exNode = children(listing, 'exchange')[0];
    if (!exNode) continue;
    const exToks = tokensOf(exNode);
    const written = spanText(source, exToks);
    const known = knownExchange(written);
    const unknownOk = inParens && exToks.length === 1 && (UNKNOWN_EXCHANGE.test(written) || (anyKnown && TITLE_EXCHANGE.test(written)));
    if (!known && !unknownOk) continue;
    const exchange = known ?? canonicalExchange(written);
    children(listing, 'symbol').forEach((symNode, k) => {
      const symToks = tokensOf(symNode);
      const symbol = spanText(source, symToks).replace(/\s+/g, '');
      const first = exToks[0];
      const last = symToks[symToks.length - 1];
      if (!SYMBOL.test(symbol) || !first || !last) return;
      const start = k === 0 ? first.startOffset : (symToks[0]?.startOffset ?? first.startOffset);
      out.push({ exchange, symbol: symbol.toUpperCase(), start, end: endOf(last) });
    });
  }
  return out;
}
