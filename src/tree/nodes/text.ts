import { z } from 'zod';
import { nodeBase } from '../unist.js';

/** Leaf: the exact source characters of a run of content. */
export const TextSchema = z.object({
  type: z.literal('text'),
  value: z.string().min(1),
  ...nodeBase,
});
export type Text = z.infer<typeof TextSchema>;
