/**
 * Every union of node types lives here, from the leaves up:
 * literal ⊂ item ⊂ phrasing (inline), then list/table/section/flow (block).
 * Node files import these unions and content.ts imports the node files; each union is
 * wrapped in `z.lazy` so that neither side touches the other's bindings while modules are
 * still being evaluated, whichever file is imported first.
 */
import { z } from 'zod';
import { TextSchema } from './nodes/text.js';
import { WhitespaceSchema } from './nodes/whitespace.js';
import { DatelineSchema } from './nodes/dateline.js';
import { TickerSchema } from './nodes/ticker.js';
import { PhoneSchema } from './nodes/phone.js';
import { EmailSchema } from './nodes/email.js';
import { UrlSchema } from './nodes/url.js';
import { PageBreakSchema } from './nodes/page-break.js';
import { RiskItemSchema } from './nodes/risk-item.js';
import { RiskListSchema } from './nodes/risk-list.js';
import { ExhibitLabelSchema } from './nodes/exhibit-label.js';
import { ReleaseTitleSchema } from './nodes/release-title.js';
import { ContactSchema } from './nodes/contact.js';
import { SlugLineSchema } from './nodes/slug-line.js';
import { HeadlineSchema } from './nodes/headline.js';
import { SubheadlineSchema } from './nodes/subheadline.js';
import { EditorLineSchema } from './nodes/editor-line.js';
import { ParagraphSchema } from './nodes/paragraph.js';
import { HeadingSchema } from './nodes/heading.js';
import { ListSchema } from './nodes/list.js';
import { ListItemSchema } from './nodes/list-item.js';
import { TableSchema } from './nodes/table.js';
import { SafeHarborSchema } from './nodes/safe-harbor.js';
import { EndMarkerSchema } from './nodes/end-marker.js';
import { ContinuationSchema } from './nodes/continuation.js';
import { RuleSchema } from './nodes/rule.js';
import { WireTrailerSchema } from './nodes/wire-trailer.js';
import { ExhibitSchema } from './nodes/exhibit.js';
import { SgmlTagSchema } from './nodes/sgml-tag.js';
import { HeaderFieldSchema } from './nodes/header-field.js';
import { HeaderGroupSchema } from './nodes/header-group.js';
import { SecHeaderSchema } from './nodes/sec-header.js';
import { PayloadSchema } from './nodes/payload.js';
import { DocumentSchema } from './nodes/document.js';

/**
 * The declared type of each union. Spelling it out keeps the emitted declarations small
 * (`typeof TextSchema` rather than every schema expanded in place) and lets the recursive
 * schemas refer to each other without TypeScript inferring through the cycle.
 */
type LazyUnion<Options extends readonly z.core.SomeType[]> = z.ZodLazy<z.ZodDiscriminatedUnion<Options, 'type'>>;

/** The two leaves: exact source characters. */
export const LiteralContent: LazyUnion<[typeof TextSchema, typeof WhitespaceSchema]> = z.lazy(() =>
  z.discriminatedUnion('type', [TextSchema, WhitespaceSchema]),
);
export type LiteralContent = z.infer<typeof LiteralContent>;

/** What a risk item may hold: leaves and the small inline values. */
export const ItemContent: LazyUnion<[
  typeof TextSchema,
  typeof WhitespaceSchema,
  typeof TickerSchema,
  typeof PhoneSchema,
  typeof EmailSchema,
  typeof UrlSchema,
  typeof PageBreakSchema,
]> = z.lazy(() =>
  z.discriminatedUnion('type', [TextSchema, WhitespaceSchema, TickerSchema, PhoneSchema, EmailSchema, UrlSchema, PageBreakSchema]),
);
export type ItemContent = z.infer<typeof ItemContent>;

/** What a risk list holds: its items and the separators between them. */
export const RiskListContent: LazyUnion<[
  typeof RiskItemSchema,
  typeof TextSchema,
  typeof WhitespaceSchema,
  typeof PageBreakSchema,
]> = z.lazy(() =>
  z.discriminatedUnion('type', [RiskItemSchema, TextSchema, WhitespaceSchema, PageBreakSchema]),
);
export type RiskListContent = z.infer<typeof RiskListContent>;

/**
 * Inline content of blocks. A release title may sit inline: two-column front matter puts
 * "NEWS RELEASE" in the right column of a contact block's lines.
 */
export const PhrasingContent: LazyUnion<[
  typeof ReleaseTitleSchema,
  typeof TextSchema,
  typeof WhitespaceSchema,
  typeof DatelineSchema,
  typeof TickerSchema,
  typeof PhoneSchema,
  typeof EmailSchema,
  typeof UrlSchema,
  typeof PageBreakSchema,
  typeof RiskListSchema,
]> = z.lazy(() =>
  z.discriminatedUnion('type', [ReleaseTitleSchema, TextSchema, WhitespaceSchema, DatelineSchema, TickerSchema, PhoneSchema, EmailSchema, UrlSchema, PageBreakSchema, RiskListSchema]),
);
export type PhrasingContent = z.infer<typeof PhrasingContent>;

/** What a list holds. */
export const ListContent: LazyUnion<[
  typeof ListItemSchema,
  typeof WhitespaceSchema,
  typeof PageBreakSchema,
]> = z.lazy(() =>
  z.discriminatedUnion('type', [ListItemSchema, WhitespaceSchema, PageBreakSchema]),
);
export type ListContent = z.infer<typeof ListContent>;

/** What a table holds: its raw text, layout and page breaks inside it. */
export const TableContent: LazyUnion<[
  typeof TextSchema,
  typeof WhitespaceSchema,
  typeof PageBreakSchema,
]> = z.lazy(() =>
  z.discriminatedUnion('type', [TextSchema, WhitespaceSchema, PageBreakSchema]),
);
export type TableContent = z.infer<typeof TableContent>;

/** Every block schema, in the order the unions list them. */
type BlockSchemas = [
  typeof WhitespaceSchema,
  typeof PageBreakSchema,
  typeof ExhibitLabelSchema,
  typeof ReleaseTitleSchema,
  typeof ContactSchema,
  typeof SlugLineSchema,
  typeof HeadlineSchema,
  typeof SubheadlineSchema,
  typeof EditorLineSchema,
  typeof ParagraphSchema,
  typeof HeadingSchema,
  typeof ListSchema,
  typeof TableSchema,
  typeof RiskListSchema,
  typeof EndMarkerSchema,
  typeof ContinuationSchema,
  typeof RuleSchema,
  typeof WireTrailerSchema,
];

const blockSchemas = (): BlockSchemas => [
  WhitespaceSchema,
  PageBreakSchema,
  ExhibitLabelSchema,
  ReleaseTitleSchema,
  ContactSchema,
  SlugLineSchema,
  HeadlineSchema,
  SubheadlineSchema,
  EditorLineSchema,
  ParagraphSchema,
  HeadingSchema,
  ListSchema,
  TableSchema,
  RiskListSchema,
  EndMarkerSchema,
  ContinuationSchema,
  RuleSchema,
  WireTrailerSchema,
];

/** What a wire trailer holds: its lines as paragraphs, the "-0-" end marker, its contacts. */
export const TrailerContent: LazyUnion<[
  typeof ParagraphSchema,
  typeof EndMarkerSchema,
  typeof ContactSchema,
  typeof WhitespaceSchema,
  typeof PageBreakSchema,
]> = z.lazy(() =>
  z.discriminatedUnion('type', [ParagraphSchema, EndMarkerSchema, ContactSchema, WhitespaceSchema, PageBreakSchema]),
);
export type TrailerContent = z.infer<typeof TrailerContent>;

/** Blocks inside a section (a safe-harbor passage): every block but a section. */
export const SectionContent: LazyUnion<BlockSchemas> = z.lazy(() =>
  z.discriminatedUnion('type', [...blockSchemas()]),
);
export type SectionContent = z.infer<typeof SectionContent>;

/** Children of the root. */
export const FlowContent: LazyUnion<[...BlockSchemas, typeof SafeHarborSchema]> = z.lazy(() =>
  z.discriminatedUnion('type', [...blockSchemas(), SafeHarborSchema]),
);
export type FlowContent = z.infer<typeof FlowContent>;

// ── the submission container ───────────────────────────────────────────────

/** What an SEC header or one of its groups holds: fields, groups, tags and layout. */
export const HeaderContent: LazyUnion<[
  typeof HeaderFieldSchema,
  typeof HeaderGroupSchema,
  typeof SgmlTagSchema,
  typeof TextSchema,
  typeof WhitespaceSchema,
]> = z.lazy(() =>
  z.discriminatedUnion('type', [HeaderFieldSchema, HeaderGroupSchema, SgmlTagSchema, TextSchema, WhitespaceSchema]),
);
export type HeaderContent = z.infer<typeof HeaderContent>;

/** What a document holds: its tags, then its body as an exhibit, a payload or text. */
export const DocumentContent: LazyUnion<[
  typeof SgmlTagSchema,
  typeof ExhibitSchema,
  typeof PayloadSchema,
  typeof TextSchema,
  typeof WhitespaceSchema,
]> = z.lazy(() =>
  z.discriminatedUnion('type', [SgmlTagSchema, ExhibitSchema, PayloadSchema, TextSchema, WhitespaceSchema]),
);
export type DocumentContent = z.infer<typeof DocumentContent>;

/** Children of a submission root. */
export const SubmissionContent: LazyUnion<[
  typeof SecHeaderSchema,
  typeof DocumentSchema,
  typeof SgmlTagSchema,
  typeof TextSchema,
  typeof WhitespaceSchema,
]> = z.lazy(() =>
  z.discriminatedUnion('type', [SecHeaderSchema, DocumentSchema, SgmlTagSchema, TextSchema, WhitespaceSchema]),
);
export type SubmissionContent = z.infer<typeof SubmissionContent>;
