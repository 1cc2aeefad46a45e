import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { ListContent } from '../content.js';

/** Block: consecutive bullet or numbered items. */
export const ListSchema = z.object({
  type: z.literal('list'),
  /** Numbered or lettered items rather than bullets. */
  ordered: z.boolean(),
  /** The marker style of the first item ("-", "*", "•", "1.", "(a)"). */
  marker: z.string().min(1),
  get children(): z.ZodArray<typeof ListContent> {
    return z.array(ListContent);
  },
  ...nodeBase,
});
export type List = z.infer<typeof ListSchema>;
