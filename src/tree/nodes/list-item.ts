import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { PhrasingContent } from '../content.js';

/** Block: one item of a list, marker included. */
export const ListItemSchema = z.object({
  type: z.literal('listItem'),
  /** The item's marker as written. */
  marker: z.string().min(1),
  get children(): z.ZodArray<typeof PhrasingContent> {
    return z.array(PhrasingContent);
  },
  ...nodeBase,
});
export type ListItem = z.infer<typeof ListItemSchema>;
