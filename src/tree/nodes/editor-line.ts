import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { PhrasingContent } from '../content.js';

/** Block: a wire routing line ("BUSINESS EDITOR"). */
export const EditorLineSchema = z.object({
  type: z.literal('editorLine'),
  /** The desks addressed ("BUSINESS EDITORS", "HIGH-TECH WRITERS"). */
  desks: z.array(z.string().min(1)),
  get children(): z.ZodArray<typeof PhrasingContent> {
    return z.array(PhrasingContent);
  },
  ...nodeBase,
});
export type EditorLine = z.infer<typeof EditorLineSchema>;
