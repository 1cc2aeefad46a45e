import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { TrailerContent } from '../content.js';

/**
 * Block (section): a wire service's closing lines — `SOURCE …`, the `-0-` end marker,
 * `/CONTACT: …/` (a contact block), `/Web site: …/`, `(SYMBOL)`, `CO:`/`ST:` codes.
 */
export const WireTrailerSchema = z.object({
  type: z.literal('wireTrailer'),
  /** The `SOURCE` line's organization, when present. */
  source: z.string().nullable(),

  get children(): z.ZodArray<typeof TrailerContent> {
    return z.array(TrailerContent);
  },
  ...nodeBase,
});
export type WireTrailer = z.infer<typeof WireTrailerSchema>;
