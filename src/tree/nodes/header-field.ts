import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { LiteralContent } from '../content.js';

/** A `KEY: value` line of an SEC header (`ACCESSION NUMBER:  0000092122-05-000042`). */
export const HeaderFieldSchema = z.object({
  type: z.literal('headerField'),
  /** The key as written, without its colon ("CENTRAL INDEX KEY"). */
  key: z.string().min(1),
  /** The value, spaces collapsed; empty when the line gives none (`text`, as `value` is for leaves). */
  text: z.string(),
  get children(): z.ZodArray<typeof LiteralContent> {
    return z.array(LiteralContent);
  },
  ...nodeBase,
});
export type HeaderField = z.infer<typeof HeaderFieldSchema>;
