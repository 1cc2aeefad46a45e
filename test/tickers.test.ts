import { describe, expect, it } from 'vitest';
import { textLexer } from '../grammars/tokens/text.js';
import { findTickers } from '../src/parse/constructs/tickers/reader.js';
import { canonicalExchange, knownExchange } from '../src/normalize/exchange.js';

const pairs = (s: string) => findTickers(s, textLexer.tokenize(s).tokens).map((t) => `${t.exchange}:${t.symbol}`);

describe('tickers', () => {
  it.each([
    ['(BW) (NY-AMERICAN-LOCKER-GROUP) (NASDAQ:ALGI) AMERICAN', ['NASDAQ:ALGI']],
    ['Acme (NYSE: ABC; TSX: ABC) said', ['NYSE:ABC', 'TSX:ABC']],
    ['Helix (Nasdaq: HLXA, HLXAW), a maker', ['NASDAQ:HLXA', 'NASDAQ:HLXAW']],
    ['Helix (Nasdaq: HLXA and HLXAW), a maker', ['NASDAQ:HLXA', 'NASDAQ:HLXAW']],
    ['Helix (Nasdaq: HLXA and NYSE: HLX) said', ['NASDAQ:HLXA', 'NYSE:HLX']],
    ['Entrada Networks, Inc. (Nasdaq-NM:\nESAN) announced', ['NASDAQ:ESAN']],
    ['Horizon (Nasdaq GS: HRZB) the bank', ['NASDAQ:HRZB']],
    ['Asta (Nasdaq: ASFI - News), a leading', ['NASDAQ:ASFI']],
    ['traded on the American Stock Exchange: PLM and', ['NYSE American:PLM']],
    ['(OTCBB: SLCPF)(TSX VENTURE: SLC)', ['OTC:SLCPF', 'TSXV:SLC']],
    ['listed (LSE: VOD) in London', ['LSE:VOD']],
    ['Berkshire (NYSE: BRK.A) rose', ['NYSE:BRK.A']],
    ['Coeur Lake Mining (NYSE, TSX: CLK) today', ['NYSE:CLK', 'TSX:CLK']],
    ['Norbury Pharma AG (Nasdaq: NRBY; Frankfurt: NB7) and', ['NASDAQ:NRBY', 'FRANKFURT:NB7']],
    ['Skiddaw Minerals Ltd. (TSX VENTURE:SKM)(FRANKFURT:S7M) is', ['TSXV:SKM', 'FRANKFURT:S7M']],
  ])('%s', (text, want) => {
    expect(pairs(text)).toEqual(want);
  });

  it.each(['listed on the NYSE since 1999', '(Note: see below)', '(See: ABC)', 'NASDAQ: the market', '(PSEM)', '(Note: ABC; Source: DEF)'])('finds none in %s', (text) => {
    expect(pairs(text)).toEqual([]);
  });

  it('canonicalizes exchange names', () => {
    expect(knownExchange('NYSE Amex')).toBe('NYSE American');
    expect(knownExchange('NYSE MKT')).toBe('NYSE American');
    expect(knownExchange('NYSE Alternext US')).toBe('NYSE American');
    expect(knownExchange('Nasdaq Global Select Market')).toBe('NASDAQ');
    expect(knownExchange('Pink Sheets')).toBe('OTC');
    expect(knownExchange('TSX-V')).toBe('TSXV');
    expect(knownExchange('CDNX')).toBe('TSXV');
    expect(knownExchange('NYSE Arca')).toBe('NYSE Arca');
    expect(canonicalExchange('Euronext  Paris')).toBe('EURONEXT PARIS');
  });
});
