import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { LiteralContent } from '../content.js';

/** Block: the release-type line near the top. */
export const ReleaseTitleSchema = z.object({
  type: z.literal('releaseTitle'),
  /** The release-type words, spaces collapsed ("PRESS RELEASE", "FOR IMMEDIATE RELEASE"). */
  text: z.string().min(1),
  get children(): z.ZodArray<typeof LiteralContent> {
    return z.array(LiteralContent);
  },
  ...nodeBase,
});
export type ReleaseTitle = z.infer<typeof ReleaseTitleSchema>;
