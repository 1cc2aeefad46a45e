import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { TableContent } from '../content.js';
import { TableModelSchema } from '../../tables/model.js';

/** Block: a fixed-width table; the raw layout stays in its leaves. */
export const TableSchema = z.object({
  type: z.literal('table'),
  /** Rows of cells, fixed-width columns split, spaces collapsed; rules left out. */
  rows: z.array(z.array(z.string())),
  /** The table as data (title, scale, columns, rows of signed figures), on the block where its figures start. */
  model: TableModelSchema.optional(),
  get children(): z.ZodArray<typeof TableContent> {
    return z.array(TableContent);
  },
  ...nodeBase,
});
export type Table = z.infer<typeof TableSchema>;
