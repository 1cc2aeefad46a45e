import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { PhrasingContent } from '../content.js';

/** Block: a wire slug line; tickers are inline children, the rest of the line after the codes is headline text. */
export const SlugLineSchema = z.object({
  type: z.literal('slugLine'),
  /** The wire's code ("BW"). */
  wireCode: z.string().min(1),
  /** The slug ("NY-AMERICAN-LOCKER-GROUP"), null when absent. */
  slug: z.string().nullable(),
  get children(): z.ZodArray<typeof PhrasingContent> {
    return z.array(PhrasingContent);
  },
  ...nodeBase,
});
export type SlugLine = z.infer<typeof SlugLineSchema>;
