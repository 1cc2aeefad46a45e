import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { PhrasingContent } from '../content.js';

/** Block: running text; the first body paragraph starts with a dateline. */
export const ParagraphSchema = z.object({
  type: z.literal('paragraph'),
  get children(): z.ZodArray<typeof PhrasingContent> {
    return z.array(PhrasingContent);
  },
  ...nodeBase,
});
export type Paragraph = z.infer<typeof ParagraphSchema>;
