import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { LiteralContent } from '../content.js';

/** Inline: a web address. */
export const UrlSchema = z.object({
  type: z.literal('url'),
  /** The address as written ("www.example.com", "http://example.com/"). */
  href: z.string().min(1),
  get children(): z.ZodArray<typeof LiteralContent> {
    return z.array(LiteralContent);
  },
  ...nodeBase,
});
export type Url = z.infer<typeof UrlSchema>;
