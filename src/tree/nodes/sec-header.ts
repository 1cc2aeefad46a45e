import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { HeaderContent } from '../content.js';

/** ISO calendar date `YYYY-MM-DD`. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A company named in the header (filer, subject company, filed by …) and its data. */
export const FilerSchema = z.object({
  /** The group it was read from, spaces for hyphens ("FILER", "SUBJECT COMPANY"). */
  role: z.string().min(1),
  companyName: z.string().nullable(),
  /** Central index key as written ("0000003153"). */
  cik: z.string().nullable(),
  /** Standard industrial classification code ("4911"). */
  sic: z.string().nullable(),
  /** The classification's name when the header gives it ("ELECTRIC SERVICES"). */
  industry: z.string().nullable(),
  /** State of incorporation ("AL"). */
  stateOfIncorporation: z.string().nullable(),
  /** Fiscal year end as a yearless ISO date (`1231` → `--12-31`). */
  fiscalYearEnd: z.string().regex(/^--\d{2}-\d{2}$/).nullable(),
});
export type Filer = z.infer<typeof FilerSchema>;

/**
 * The `<SEC-HEADER>` of a submission (or the header of the one-line `<SUBMISSION>` form):
 * typed fields read from its entries, which all stay in the tree as children.
 */
export const SecHeaderSchema = z.object({
  type: z.literal('secHeader'),
  accessionNumber: z.string().nullable(),
  /** The submission's form type ("8-K"). */
  formType: z.string().nullable(),
  /** Public document count. */
  documentCount: z.number().int().nullable(),
  /** Conformed period of report, ISO. */
  period: z.string().regex(ISO_DATE).nullable(),
  /** Filed-as-of date, ISO. */
  filedAsOf: z.string().regex(ISO_DATE).nullable(),
  /** Acceptance date and time, ISO local time (`2005-01-25T09:26:50`). */
  acceptedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/).nullable(),
  /** Item information lines, in order, empty ones left out. */
  items: z.array(z.string()),
  filers: z.array(FilerSchema),
  get children(): z.ZodArray<typeof HeaderContent> {
    return z.array(HeaderContent);
  },
  ...nodeBase,
});
export type SecHeader = z.infer<typeof SecHeaderSchema>;
