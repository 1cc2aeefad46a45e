import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { PhrasingContent } from '../content.js';

/** Block: the line that closes the release body. */
export const EndMarkerSchema = z.object({
  type: z.literal('endMarker'),
  /** The marker as written ("###", "-30-", "-0-"). */
  text: z.string().min(1),
  get children(): z.ZodArray<typeof PhrasingContent> {
    return z.array(PhrasingContent);
  },
  ...nodeBase,
});
export type EndMarker = z.infer<typeof EndMarkerSchema>;
