import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { LiteralContent } from '../content.js';

/** Inline: a telephone or fax number. */
export const PhoneSchema = z.object({
  type: z.literal('phone'),
  /** The number as written, spaces collapsed ("(412) 422-2377"). */
  number: z.string().min(1),
  /** Its digits only. */
  digits: z.string().regex(/^\d+$/),
  /** Whether a label or suffix marks it as a fax number. */
  fax: z.boolean(),
  get children(): z.ZodArray<typeof LiteralContent> {
    return z.array(LiteralContent);
  },
  ...nodeBase,
});
export type Phone = z.infer<typeof PhoneSchema>;
