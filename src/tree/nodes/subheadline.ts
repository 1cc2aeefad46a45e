import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { PhrasingContent } from '../content.js';

/** Block: a secondary headline under the main one. */
export const SubheadlineSchema = z.object({
  type: z.literal('subheadline'),
  /** All its lines joined, spaces collapsed. */
  text: z.string(),
  get children(): z.ZodArray<typeof PhrasingContent> {
    return z.array(PhrasingContent);
  },
  ...nodeBase,
});
export type Subheadline = z.infer<typeof SubheadlineSchema>;
