import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { LiteralContent } from '../content.js';

/** Inline: an e-mail address. */
export const EmailSchema = z.object({
  type: z.literal('email'),
  /** The address as written. */
  address: z.string().min(3),
  get children(): z.ZodArray<typeof LiteralContent> {
    return z.array(LiteralContent);
  },
  ...nodeBase,
});
export type Email = z.infer<typeof EmailSchema>;
