import { z } from 'zod';
import { nodeBase } from '../unist.js';

/** Matches a string made only of layout characters (spaces, no-break spaces, tabs, line endings, form feeds, BOM). */
const LAYOUT_ONLY = /^[ \t\r\n\f\v\u00A0\uFEFF]+$/;

/** Leaf: layout — indentation, justified space runs, line endings, blank lines, form feeds. */
export const WhitespaceSchema = z.object({
  type: z.literal('whitespace'),
  value: z.string().regex(LAYOUT_ONLY, 'whitespace holds only spaces, no-break spaces, tabs, line endings, form feeds and byte-order marks'),
  ...nodeBase,
});
export type Whitespace = z.infer<typeof WhitespaceSchema>;
