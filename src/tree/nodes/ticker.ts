import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { LiteralContent } from '../content.js';

/** Inline: one exchange/symbol pair ("NASDAQ:ALGI"); a parenthetical naming several holds several. */
export const TickerSchema = z.object({
  type: z.literal('ticker'),
  /** Canonical exchange (NASDAQ, NYSE, NYSE American, OTC, TSX …). */
  exchange: z.string().min(1),
  /** Upper-cased symbol. */
  symbol: z.string().min(1),
  get children(): z.ZodArray<typeof LiteralContent> {
    return z.array(LiteralContent);
  },
  ...nodeBase,
});
export type Ticker = z.infer<typeof TickerSchema>;
