/**
 * What a bulk run writes: one record per exhibit (`ExhibitRecordSchema`, the one schema of
 * the record, documented field by field in the README's bulk section), one outcome per input.
 */
import { z } from 'zod';
import { ExhibitSummarySchema } from '../summary/schema.js';
import { ExhibitSchema } from '../tree/nodes/exhibit.js';

/** ISO calendar date `YYYY-MM-DD`. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const INPUT_KINDS = ['submission', 'sgml', 'exhibit', 'html', 'empty', 'binary'] as const;

/** A company the filing names: the subject company first, then filers, then filed-by. */
export const FilingCompanySchema = z.object({
  /** Its header group ("SUBJECT COMPANY", "FILER", "FILED BY"); null when read from the input's path. */
  role: z.string().nullable(),
  /** Central index key as written ("0000320193"). */
  cik: z.string().nullable(),
  /** Company conformed name. */
  name: z.string().nullable(),
});
export type FilingCompany = z.infer<typeof FilingCompanySchema>;

/** The filing keys of an exhibit: what joins it to prices, XBRL facts and the EDGAR index. */
export const FilingKeysSchema = z.object({
  /** Accession number (`0000320193-96-000027`): from the header, else from the input's path. */
  accession: z.string().nullable(),
  /** CIK and name of the first company (the subject company when there is one). */
  cik: z.string().nullable(),
  companyName: z.string().nullable(),
  /** Every company of the header, subject company first. */
  companies: z.array(FilingCompanySchema),
  /** Conformed submission type ("8-K"). */
  formType: z.string().nullable(),
  /** FILED AS OF DATE, else `--filing-date`; ISO. */
  filingDate: z.string().regex(ISO_DATE).nullable(),
  /** Conformed period of report, ISO. */
  period: z.string().regex(ISO_DATE).nullable(),
  /** The enclosing `<DOCUMENT>`'s SEQUENCE, TYPE, FILENAME and DESCRIPTION. */
  sequence: z.number().int().nullable(),
  documentType: z.string().nullable(),
  /** The document's FILENAME; for a lone exhibit file, its own file name. */
  filename: z.string().nullable(),
  description: z.string().nullable(),
});
export type FilingKeys = z.infer<typeof FilingKeysSchema>;

export const ExhibitRecordSchema = z.object({
  /** The input path as given on the command line (or found under a given folder). */
  input: z.string(),
  /** SHA-256 of the input's bytes, hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** What the input was: a whole submission, a lone `<DOCUMENT>` block, exhibit text or HTML. */
  kind: z.enum(INPUT_KINDS),
  /** How the exhibit was written; `html` exhibits are read through their rendering as text. */
  format: z.enum(['text', 'html']),
  ...FilingKeysSchema.shape,
  /**
   * The summary (`corpus/LABELS.md`). A dateline date without a year is completed from the
   * filing date (the nearest such date) and says `yearInferred: true`.
   */
  summary: ExhibitSummarySchema,
  /** Canonical text, with `--text`. */
  text: z.string().optional(),
  /** The whole tree, with `--tree`. */
  tree: ExhibitSchema.optional(),
});
export type ExhibitRecord = z.infer<typeof ExhibitRecordSchema>;
export type InputKind = (typeof INPUT_KINDS)[number];

/** Output formats of a bulk run. */
export const OUTPUT_FORMATS = ['jsonl', 'csv', 'parquet'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/**
 * How one input went: its exhibit records, encoded for the output format by the worker
 * (strings are the cheapest thing to post between threads), or why it has none.
 */
export interface InputOutcome {
  readonly input: string;
  readonly sha256: string | null;
  readonly bytes: number;
  readonly kind: InputKind | null;
  /** One encoded row per exhibit (see `encodeRecord`). */
  readonly rows: readonly string[];
  /** Why the input gave no record; null when it gave at least one. */
  readonly error: string | null;
}

export interface TaskOptions {
  readonly tree: boolean;
  readonly text: boolean;
  readonly format: OutputFormat;
  /** The filing date of inputs whose own bytes give none (lone exhibit files), ISO. */
  readonly filingDate: string | null;
}
