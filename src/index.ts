/**
 * sec-exhibit: lossless, typed syntax trees for SEC EDGAR press-release exhibits. This
 * entry runs anywhere (no `node:` module, no `Buffer`); files and streams are in
 * `sec-exhibit/node`, the command line in `sec-exhibit/cli`.
 */
export * from './read/index.js';
export { parse, parseWithWarnings, type ParseOptions, type ParseResult } from './parse/parse.js';
export type { Warning, WarningRule } from './parse/warning.js';
export { explain, BlockReadingSchema, type BlockReading, type Explanation } from './parse/explain.js';
export { RULES, type RuleId } from './parse/rules.js';
export { stringify, stringifyBytes, toString } from './stringify/index.js';
export { decode, encode, isEncoding, ENCODINGS, EncodingError, type Decoded, type Encoding } from './bytes/index.js';
export { validate, assertValid, InvalidTreeError, type ValidationIssue, type ValidationResult } from './tree/validate.js';
export { summarize } from './summary/summarize.js';
export { ExhibitSummarySchema, type ExhibitSummary } from './summary/schema.js';
export * from './tree/nodes.js';
export { inspect, type InspectOptions } from './inspect/index.js';
export * from './submission/index.js';
export { htmlToText, looksLikeHtml, HTML_WIDTH, type HtmlToTextOptions } from './html/index.js';
export { format, FORMAT_WIDTH, type FormatOptions } from './format/index.js';
export { b, type ContactFields, type DatelineFields, type Inline } from './builders/index.js';
export { toMdast, fromMdast, fromMdastWithWarnings, mdastToText, toMarkdown, parseMarkdown, type ToMdastOptions, type ExhibitFields } from './mdast/index.js';
export { secExhibitParse, secExhibitStringify, secExhibitFormat, secExhibitToMdast, secExhibitFromMdast, MESSAGE_SOURCE } from './unified/index.js';
export * from './text/index.js';
