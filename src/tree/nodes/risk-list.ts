import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { RiskListContent } from '../content.js';

/** Inline or block: the enumerated risk factors of a safe-harbor passage. */
export const RiskListSchema = z.object({
  type: z.literal('riskList'),
  /** How the items are marked: by a label, by the punctuation between them, or as paragraphs of their own. */
  style: z.enum(['roman', 'numbered', 'lettered', 'bullet', 'semicolon', 'comma', 'paragraph']),
  get children(): z.ZodArray<typeof RiskListContent> {
    return z.array(RiskListContent);
  },
  ...nodeBase,
});
export type RiskList = z.infer<typeof RiskListSchema>;
