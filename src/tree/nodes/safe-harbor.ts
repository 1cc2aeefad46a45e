import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { SectionContent } from '../content.js';

/** Block (section): the forward-looking-statements passage with its risk list(s). */
export const SafeHarborSchema = z.object({
  type: z.literal('safeHarbor'),
  /** The passage's heading text when it has one. */
  heading: z.string().nullable(),
  get children(): z.ZodArray<typeof SectionContent> {
    return z.array(SectionContent);
  },
  ...nodeBase,
});
export type SafeHarbor = z.infer<typeof SafeHarborSchema>;
