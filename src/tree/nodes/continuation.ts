import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { PhrasingContent } from '../content.js';

/** Block: a jump line that says more follows; not an end marker. */
export const ContinuationSchema = z.object({
  type: z.literal('continuation'),
  /** The words as written ("- More -", "- Financial Table Follows -"). */
  text: z.string().min(1),
  get children(): z.ZodArray<typeof PhrasingContent> {
    return z.array(PhrasingContent);
  },
  ...nodeBase,
});
export type Continuation = z.infer<typeof ContinuationSchema>;
