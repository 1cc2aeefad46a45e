/**
 * ExhibitSummary: the flat record analytics code reads, as `corpus/LABELS.md` defines it.
 */
import { z } from 'zod';

export const SummaryTickerSchema = z.object({
  exchange: z.string().min(1),
  symbol: z.string().min(1),
});

export const SummaryDatelineSchema = z.object({
  city: z.string().nullable(),
  region: z.string().nullable(),
  wire: z.string().nullable(),
  date: z.string().regex(/^(?:\d{4}-|--)\d{2}-\d{2}$/).nullable(),
  /** Present (true) only when the year of `date` came from the filing date, not the dateline. */
  yearInferred: z.literal(true).optional(),
});

export const SummaryContactSchema = z.object({
  name: z.string().nullable(),
  phones: z.array(z.string()),
  faxes: z.array(z.string()),
  emails: z.array(z.string()),
});

export const ExhibitSummarySchema = z.object({
  exhibit: z.string().nullable(),
  title: z.string().nullable(),
  headline: z.string().nullable(),
  tickers: z.array(SummaryTickerSchema),
  dateline: SummaryDatelineSchema.nullable(),
  contacts: z.array(SummaryContactSchema),
  releaseNumber: z.string().nullable(),
  safeHarbor: z.object({ risks: z.array(z.string()) }).nullable(),
  endMarker: z.string().nullable(),
});

export type ExhibitSummary = z.infer<typeof ExhibitSummarySchema>;
export type SummaryContact = z.infer<typeof SummaryContactSchema>;
