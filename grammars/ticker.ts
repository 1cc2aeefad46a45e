/**
 * Ticker grammar: exchange/symbol pairs as releases write them.
 *
 *   tickers  := listing ( ( ";" | "," | "and" ) listing )*      "NYSE: ABC; TSX: ABC"
 *   listing  := exchange ":" symbol ( ( "," | "and" ) symbol )*   "Nasdaq: ABCD, ABCDW", "Nasdaq: ABCD and ABCDW)"
 *   exchange := word ( ( "-" | "/" )? word )*                    "Nasdaq-NM", "Nasdaq GS", "NYSE Amex"
 *   symbol   := capitals ( "." capitals )?                       "ALGI", "BRK.A"
 *
 * A symbol is written in capitals (checked on the token's characters, not its meaning);
 * which words name an exchange is decided in `src/parse/constructs/tickers/reader.ts`.
 */
import { tokenMatcher, type TokenType } from 'chevrotain';
import { PrefixParser } from './prefix.js';
import * as T from './tokens/text.js';

/** A symbol's characters: one to six capitals, digits allowed after the first. */
const SYMBOL_SHAPE = /^[A-Z][A-Z0-9]{0,5}$/;

export class TickerGrammar extends PrefixParser {
  constructor() {
    super({ recoveryEnabled: false, maxLookahead: 4 });
    this.performSelfAnalysis();
  }

  public tickers = this.RULE('tickers', () => {
    this.SUBRULE(this.listing);
    this.MANY({
      GATE: () => this.startsNextListing(),
      DEF: () => {
        this.OR([
          { ALT: () => this.CONSUME(T.Semicolon) },
          { ALT: () => this.CONSUME(T.Comma) },
          { ALT: () => this.CONSUME(T.KwAnd) },
        ]);
        this.SUBRULE2(this.listing);
      },
    });
  });

  /** Tickers, then whatever text follows them. */
  public tickersStart = this.prefixed('tickersStart', this.tickers);

  public listing = this.RULE('listing', () => {
    this.SUBRULE(this.exchange);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.symbol);
    this.MANY({
      GATE: () =>
        (this.is(1, T.Comma) && this.isSymbol(2) && !this.is(3, T.Colon) && !this.isExchangeWordAt(3)) ||
        // "Nasdaq: CSTL and CSTLW)": "and" before a last symbol that closes the listing.
        (this.is(1, T.KwAnd) && this.isSymbol(2) && (this.is(3, T.RParen) || this.is(3, T.Semicolon) || this.is(3, T.Comma))),
      DEF: () => {
        this.OR([{ ALT: () => this.CONSUME(T.Comma) }, { ALT: () => this.CONSUME(T.KwAnd) }]);
        this.SUBRULE2(this.symbol);
      },
    });
  });

  public exchange = this.RULE('exchange', () => {
    this.CONSUME(T.Name);
    this.MANY({
      GATE: () => this.is(1, T.Name) || ((this.is(1, T.Hyphen) || this.is(1, T.Slash)) && this.is(2, T.Name)),
      DEF: () => {
        this.OPTION(() => this.OR([{ ALT: () => this.CONSUME(T.Hyphen) }, { ALT: () => this.CONSUME(T.Slash) }]));
        this.CONSUME2(T.Name);
      },
    });
  });

  public symbol = this.RULE('symbol', () => {
    this.CONSUME(T.Name);
    this.OPTION({
      GATE: () => this.is(1, T.Period) && this.isSymbol(2) && this.LA(2).image.length <= 2,
      DEF: () => {
        this.CONSUME(T.Period);
        this.CONSUME2(T.Name);
      },
    });
  });

  private is(k: number, type: TokenType): boolean {
    return tokenMatcher(this.LA(k), type);
  }

  private isSymbol(k: number): boolean {
    const t = this.LA(k);
    return tokenMatcher(t, T.Name) && SYMBOL_SHAPE.test(t.image);
  }

  /** Whether an exchange name and a colon follow a separator (words up to a colon). */
  private startsNextListing(): boolean {
    if (!(this.is(1, T.Semicolon) || this.is(1, T.Comma) || this.is(1, T.KwAnd))) return false;
    for (let k = 2; k <= 6; k++) {
      if (this.is(k, T.Colon)) return k > 2;
      if (!(this.is(k, T.Name) || this.is(k, T.Hyphen) || this.is(k, T.Slash))) return false;
    }
    return false;
  }

  private isExchangeWordAt(k: number): boolean {
    return this.is(k, T.Name) && this.is(k + 1, T.Colon);
  }
}

export const tickerGrammar = new TickerGrammar();
