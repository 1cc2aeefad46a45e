import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { PhrasingContent } from '../content.js';

/** Block: the "Exhibit 99.1" label at the top. */
export const ExhibitLabelSchema = z.object({
  type: z.literal('exhibitLabel'),
  /** The exhibit number ("99.1", "99", "99(a)"). */
  number: z.string().min(1),
  get children(): z.ZodArray<typeof PhrasingContent> {
    return z.array(PhrasingContent);
  },
  ...nodeBase,
});
export type ExhibitLabel = z.infer<typeof ExhibitLabelSchema>;
