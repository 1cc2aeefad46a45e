import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { LiteralContent } from '../content.js';

/**
 * An SGML tag of the submission container and the value written after it on its line:
 * `<SEC-DOCUMENT>0000092122-05-000042.txt : 20050125`, `<TYPE>EX-99.1`, `</DOCUMENT>`,
 * and in a header the tags of the one-line form (`<CIK>0001376139`).
 */
export const SgmlTagSchema = z.object({
  type: z.literal('sgmlTag'),
  /** The tag name as written ("TYPE", "SEC-DOCUMENT"). */
  name: z.string().min(1),
  /** Whether it is an end tag (`</DOCUMENT>`). */
  closing: z.boolean(),
  /** The value after the tag, spaces collapsed; null when none. */
  text: z.string().nullable(),
  get children(): z.ZodArray<typeof LiteralContent> {
    return z.array(LiteralContent);
  },
  ...nodeBase,
});
export type SgmlTag = z.infer<typeof SgmlTagSchema>;
