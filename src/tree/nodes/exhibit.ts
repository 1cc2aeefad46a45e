import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { FlowContent } from '../content.js';

/** Root: one exhibit; the concatenation of its leaf values is the source text. */
export const ExhibitSchema = z.object({
  type: z.literal('exhibit'),
  get children(): z.ZodArray<typeof FlowContent> {
    return z.array(FlowContent);
  },
  ...nodeBase,
});
export type Exhibit = z.infer<typeof ExhibitSchema>;
