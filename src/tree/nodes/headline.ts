import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { PhrasingContent } from '../content.js';

/** Block: the release's main headline. */
export const HeadlineSchema = z.object({
  type: z.literal('headline'),
  /** All its lines joined, spaces collapsed. */
  text: z.string(),
  get children(): z.ZodArray<typeof PhrasingContent> {
    return z.array(PhrasingContent);
  },
  ...nodeBase,
});
export type Headline = z.infer<typeof HeadlineSchema>;
