import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { LiteralContent } from '../content.js';

/** Block or inline: a page boundary with its marker and any page-number lines around it. */
export const PageBreakSchema = z.object({
  type: z.literal('pageBreak'),
  /** What broke the page: an SGML `<PAGE>` marker or a form feed. */
  kind: z.enum(['page', 'formFeed']),
  /** Printed page number next to the marker, when there is one. */
  page: z.number().int().nullable(),
  get children(): z.ZodArray<typeof LiteralContent> {
    return z.array(LiteralContent);
  },
  ...nodeBase,
});
export type PageBreak = z.infer<typeof PageBreakSchema>;
