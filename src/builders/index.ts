/**
 * Builders for trees made by hand: `b.exhibit(b.headline('…'), b.paragraph(…))`. Every
 * node they make passes `validate`, its leaves are canonical text (single spaces, no
 * indentation), and `stringify` of the tree is that text.
 */
import { continuation, editorLine, endMarker, exhibitLabel, heading, headline, pageBreak, paragraph, releaseTitle, rule, subheadline } from './blocks.js';
import { contact } from './contact.js';
import { dateline, email, phone, ticker, url } from './inline.js';
import { list, listItem, riskItem, riskList } from './list.js';
import { exhibit, safeHarbor } from './sections.js';
import { table } from './table.js';

export type { Inline } from './blocks.js';
export type { ContactFields } from './contact.js';
export type { DatelineFields } from './inline.js';

/** The builders, one per node type people build by hand. */
export const b = {
  exhibit,
  exhibitLabel,
  releaseTitle,
  headline,
  subheadline,
  editorLine,
  heading,
  paragraph,
  dateline,
  ticker,
  phone,
  email,
  url,
  contact,
  list,
  listItem,
  table,
  safeHarbor,
  riskList,
  riskItem,
  endMarker,
  continuation,
  rule,
  pageBreak,
} as const;
