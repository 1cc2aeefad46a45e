import { z } from 'zod';
import { ContactEntrySchema, nodeBase } from '../unist.js';
import { PhrasingContent } from '../content.js';

/** Block: a contact block ("For further information contact:" …). */
export const ContactSchema = z.object({
  type: z.literal('contact'),
  /** One entry per person (or desk when nobody is named); columns are read one after the other. */
  entries: z.array(ContactEntrySchema),
  /** "Release No: 2004-05" → "2004-05". */
  releaseNumber: z.string().nullable(),
  get children(): z.ZodArray<typeof PhrasingContent> {
    return z.array(PhrasingContent);
  },
  ...nodeBase,
});
export type Contact = z.infer<typeof ContactSchema>;
