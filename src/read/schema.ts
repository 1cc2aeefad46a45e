/**
 * What {@link read} gives, as zod schemas: the exported types are inferred from them, and a
 * record stored elsewhere (a bulk run's JSONL, say) can embed and check {@link ExhibitContextSchema}.
 */
import { z } from 'zod';
import { ExhibitSummarySchema } from '../summary/schema.js';
import { ExhibitSchema } from '../tree/nodes/exhibit.js';
import { PositionSchema } from '../tree/unist.js';

/** ISO calendar date `YYYY-MM-DD`. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What an input was, as `read` detected it. */
export const InputKindSchema = z.enum(['exhibit', 'html', 'sgml', 'submission']);
export type InputKind = z.infer<typeof InputKindSchema>;

/** How the input's bytes were decoded (strings count as UTF-8). */
export const EncodingSchema = z.enum(['utf-8', 'windows-1252', 'utf-16le', 'utf-16be']);

/** How the exhibit was written: `html` exhibits are read through their rendering as text. */
export const ExhibitFormatSchema = z.enum(['text', 'html']);
export type ExhibitFormat = z.infer<typeof ExhibitFormatSchema>;

/** A filer named in the SEC header. */
export const ContextFilerSchema = z.object({
  /** Central index key as written ("0000320193"). */
  cik: z.string().nullable(),
  name: z.string().nullable(),
});
export type ContextFiler = z.infer<typeof ContextFilerSchema>;

/**
 * Where an exhibit was filed, as far as the input says: the `<DOCUMENT>` fields for an
 * exhibit inside an SGML block or a submission, the SEC header's fields for a submission.
 * Every field is null (filers empty) for an exhibit read on its own.
 */
export const ExhibitContextSchema = z.object({
  /** `<TYPE>` ("EX-99.1"). */
  documentType: z.string().nullable(),
  /** `<SEQUENCE>`. */
  sequence: z.number().int().nullable(),
  /** `<FILENAME>` ("a8-kex991q1.htm"). */
  filename: z.string().nullable(),
  /** `<DESCRIPTION>`. */
  description: z.string().nullable(),
  /** Accession number ("0001193125-13-022339"). */
  accession: z.string().nullable(),
  /** The submission's form type ("8-K"). */
  formType: z.string().nullable(),
  /** Filing date, ISO. */
  filingDate: z.string().regex(ISO_DATE).nullable(),
  /** Period of report, ISO. */
  period: z.string().regex(ISO_DATE).nullable(),
  filers: z.array(ContextFilerSchema),
});
export type ExhibitContext = z.infer<typeof ExhibitContextSchema>;

/** A note that the parser had to guess (see `parseWithWarnings`). */
export const ReadWarningSchema = z.object({
  ruleId: z.string(),
  reason: z.string(),
  position: PositionSchema,
});

/** One exhibit found in the input. */
export const ReadExhibitSchema = z.object({
  format: ExhibitFormatSchema,
  /**
   * The exhibit's tree. For `text` exhibits its leaves are the exhibit's exact text (for an
   * exhibit inside a submission, positions count from the submission's start); for `html`
   * exhibits the tree is of `htmlToText` of the HTML, and positions are in that text.
   */
  tree: ExhibitSchema,
  summary: ExhibitSummarySchema,
  context: ExhibitContextSchema,
  /** The parser's guesses, for an exhibit read on its own (none are kept for documents of a submission). */
  warnings: z.array(ReadWarningSchema),
});
export type ReadExhibit = z.infer<typeof ReadExhibitSchema>;

/** Everything {@link read} found in one input. */
export const ReadResultSchema = z.object({
  kind: InputKindSchema,
  /** How bytes were decoded; `encode(text, encoding)` gives them back exactly. */
  encoding: EncodingSchema,
  /** The decoded input. */
  text: z.string(),
  /** Every exhibit, in order; empty when a submission holds no EX-99 press release. */
  exhibits: z.array(ReadExhibitSchema),
});
export type ReadResult = z.infer<typeof ReadResultSchema>;
