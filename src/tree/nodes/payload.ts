import { z } from 'zod';
import { nodeBase } from '../unist.js';

/**
 * Leaf: an opaque document body — a uuencoded file (graphic, PDF, spreadsheet, zip) or
 * another binary payload — kept as its exact characters and never parsed.
 */
export const PayloadSchema = z.object({
  type: z.literal('payload'),
  /** `uuencoded` when it opens with a `begin 644 name` line, else `binary`. */
  format: z.enum(['uuencoded', 'binary']),
  /** The file name on the `begin` line, when there is one. */
  filename: z.string().nullable(),
  value: z.string().min(1),
  ...nodeBase,
});
export type Payload = z.infer<typeof PayloadSchema>;
