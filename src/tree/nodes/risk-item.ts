import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { ItemContent } from '../content.js';

/** Inline or block: one enumerated risk factor. */
export const RiskItemSchema = z.object({
  type: z.literal('riskItem'),
  /** The item's label as written ("(i)", "1.", "•"), null for items split by punctuation alone. */
  label: z.string().nullable(),
  /** The item's text without label and joining words, spaces collapsed. */
  text: z.string(),
  get children(): z.ZodArray<typeof ItemContent> {
    return z.array(ItemContent);
  },
  ...nodeBase,
});
export type RiskItem = z.infer<typeof RiskItemSchema>;
