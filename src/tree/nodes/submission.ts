import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { SubmissionContent } from '../content.js';

/**
 * Root of an EDGAR submission file (or of a lone `<DOCUMENT>` block): the concatenation of
 * its leaf values is the source text. `data.encoding` says how bytes were decoded.
 */
export const SubmissionSchema = z.object({
  type: z.literal('submission'),
  get children(): z.ZodArray<typeof SubmissionContent> {
    return z.array(SubmissionContent);
  },
  ...nodeBase,
});
export type Submission = z.infer<typeof SubmissionSchema>;
