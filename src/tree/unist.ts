import { z } from 'zod';

/** A place in the source: 1-based line and column, 0-based UTF-16 offset (unist). */
export const PointSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});
export type Point = z.infer<typeof PointSchema>;

export const PositionSchema = z.object({
  start: PointSchema,
  end: PointSchema,
});
export type Position = z.infer<typeof PositionSchema>;

/** Fields every node has. Generated (hand-built) nodes carry no position. */
export const nodeBase = {
  position: PositionSchema.optional(),
  data: z.record(z.string(), z.unknown()).optional(),
};

/** A contact person or desk, as read from a contact block or a wire trailer. */
export const ContactEntrySchema = z.object({
  role: z.string().nullable(),
  name: z.string().nullable(),
  organization: z.string().nullable(),
  phones: z.array(z.string()),
  faxes: z.array(z.string()),
  emails: z.array(z.string()),
});
export type ContactEntry = z.infer<typeof ContactEntrySchema>;
