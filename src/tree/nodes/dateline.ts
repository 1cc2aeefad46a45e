import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { LiteralContent } from '../content.js';

/** Inline: the place/date/wire opener of the first body paragraph. */
export const DatelineSchema = z.object({
  type: z.literal('dateline'),
  /** First place named, as written ("SAN JOSE"); null when the opener names no place. */
  city: z.string().nullable(),
  /** State, province or country after the city, as written ("Calif."). */
  region: z.string().nullable(),
  /** Canonical wire name ("Business Wire", "PR Newswire" …), null when none. */
  wire: z.string().nullable(),
  /** ISO date `YYYY-MM-DD`, `--MM-DD` when the dateline gives no year, null when no date. */
  date: z.string().regex(/^(?:\d{4}-|--)\d{2}-\d{2}$/).nullable(),
  /** The date as written, spaces collapsed. */
  dateText: z.string().nullable(),
  /**
   * Present (true) only when the dateline gave no year and `date` took it from the
   * filing date of the submission around the exhibit (`parseSubmission`).
   */
  yearInferred: z.literal(true).optional(),
  get children(): z.ZodArray<typeof LiteralContent> {
    return z.array(LiteralContent);
  },
  ...nodeBase,
});
export type Dateline = z.infer<typeof DatelineSchema>;
