import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { DocumentContent } from '../content.js';

/**
 * One `<DOCUMENT>` block of a submission: its tags, then the body of `<TEXT>` as an
 * `exhibit` (EX-99 plain text), a `payload` (uuencoded or binary) or a `text` leaf.
 */
export const DocumentSchema = z.object({
  type: z.literal('document'),
  /** `<TYPE>` as written ("EX-99.1", "8-K", "GRAPHIC"); null when missing. */
  documentType: z.string().nullable(),
  /** `<SEQUENCE>` as a number; null when missing or not a number. */
  sequence: z.number().int().nullable(),
  /** `<FILENAME>`; null when missing. */
  filename: z.string().nullable(),
  /** `<DESCRIPTION>`; null when missing. */
  description: z.string().nullable(),
  get children(): z.ZodArray<typeof DocumentContent> {
    return z.array(DocumentContent);
  },
  ...nodeBase,
});
export type Document = z.infer<typeof DocumentSchema>;
