import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { LiteralContent } from '../content.js';

/** Block: a horizontal rule of dashes, equals signs, underscores or stars. */
export const RuleSchema = z.object({
  type: z.literal('rule'),
  get children(): z.ZodArray<typeof LiteralContent> {
    return z.array(LiteralContent);
  },
  ...nodeBase,
});
export type Rule = z.infer<typeof RuleSchema>;
