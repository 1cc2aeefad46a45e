import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { PhrasingContent } from '../content.js';

/** Block: a section heading ("About XYZ", "Conference Call"). */
export const HeadingSchema = z.object({
  type: z.literal('heading'),
  /** The heading's words, spaces collapsed. */
  text: z.string(),
  /** What the section is about, when recognizable. */
  role: z.enum(['about', 'conferenceCall', 'safeHarbor', 'contact', 'outlook', 'financial', 'other']).nullable(),
  get children(): z.ZodArray<typeof PhrasingContent> {
    return z.array(PhrasingContent);
  },
  ...nodeBase,
});
export type Heading = z.infer<typeof HeadingSchema>;
