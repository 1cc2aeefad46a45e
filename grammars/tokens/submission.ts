/**
 * The submission vocabulary: an EDGAR submission file (`<SEC-DOCUMENT>`, `<SEC-HEADER>`,
 * `<DOCUMENT>` blocks) or a lone `<DOCUMENT>` block, lexed in five modes.
 *
 *   outside       between the parts: the PEM envelope, `<SEC-DOCUMENT>`, `</SEC-DOCUMENT>`
 *   headerLine    the start of a header line, where a `KEY:` may stand
 *   headerValue   the rest of a header line: values, and the tags of the one-line
 *                 `<SUBMISSION>` form (`<CIK>0001376139<ASSIGNED-SIC>2911 …`)
 *   document      a document's tags: `<TYPE>EX-99.1`, `<SEQUENCE>2`, `<FILENAME>…`
 *   text          the body of `<TEXT>`, taken whole up to `</TEXT>` (or `</DOCUMENT>`)
 *
 * The mode stack is at most two deep: `outside` at the bottom, and above it the part being
 * read. Opening a part pushes; moving on inside it (header line to value, tags to body,
 * one document straight into the next) replaces the top; closing a part pops. The
 * structural tags are upper case only, as EDGAR writes them: a lower-case `</text>` in an
 * HTML body (SVG) must not end the body. Every mode is total (a catch-all for text, one
 * for a lone `<`) and layout is a token like any other, so no character is dropped.
 * No `u` flag: offsets are UTF-16 code units, as unist positions are.
 */
import { createToken, Lexer, type CustomPatternMatcherFunc, type TokenType } from 'chevrotain';
import { lexerStartOptions } from '../options.js';
import { lazily } from '../lazy.js';

// ── categories the grammar reads ───────────────────────────────────────────
/** Opens a header: `<SEC-HEADER>` or the one-line form's `<SUBMISSION>`. */
export const HeaderStart = createToken({ name: 'HeaderStart', pattern: Lexer.NA });
/** Any token that may stand on its own at the top level (everything but part openers). */
export const Loose = createToken({ name: 'Loose', pattern: Lexer.NA });
/** What follows a header key or tag on its line: words, a stray `<`, spaces. */
export const HeaderValue = createToken({ name: 'HeaderValue', pattern: Lexer.NA });
/** What follows a tag elsewhere (`<TYPE>EX-99.1`, `<SEC-DOCUMENT>x.txt : 20050125`). */
export const PlainValue = createToken({ name: 'PlainValue', pattern: Lexer.NA });

const OUTSIDE = 'outside';
const HEADER_LINE = 'headerLine';
const HEADER_VALUE = 'headerValue';
const DOCUMENT = 'document';
const TEXT = 'text';

/** Creates a token that opens a part: the lexer enters `mode` above `outside`. */
function open(mode: string, config: Parameters<typeof createToken>[0]): TokenType {
  return createToken({ ...config, push_mode: mode });
}
/** Creates a token that moves on inside a part: the top mode becomes `mode`. */
function to(mode: string, config: Parameters<typeof createToken>[0]): TokenType {
  return createToken({ ...config, pop_mode: true, push_mode: mode });
}
/** Creates a token that closes a part: back to `outside`. */
function close(config: Parameters<typeof createToken>[0]): TokenType {
  return createToken({ ...config, pop_mode: true });
}

// ── part openers and closers (upper case, exact) ───────────────────────────
/** The tags that cut a submission into parts; the streaming reader looks for the same. */
export const MARKERS = {
  documentOpen: '<DOCUMENT>',
  documentClose: '</DOCUMENT>',
  textOpen: '<TEXT>',
  textClose: '</TEXT>',
} as const;

/** Opens a document: from outside, or straight after a header or document left open. */
export const DocumentStart = createToken({ name: 'DocumentStart', pattern: Lexer.NA });

export const SecHeaderOpen = open(HEADER_VALUE, { name: 'SecHeaderOpen', pattern: /<SEC-HEADER>/, categories: [HeaderStart] });
export const SubmissionOpen = open(HEADER_VALUE, { name: 'SubmissionOpen', pattern: /<SUBMISSION>/, categories: [HeaderStart] });
export const SecHeaderClose = close({ name: 'SecHeaderClose', pattern: /<\/SEC-HEADER>/, categories: [Loose] });
export const DocumentOpen = open(DOCUMENT, { name: 'DocumentOpen', pattern: new RegExp(MARKERS.documentOpen), categories: [DocumentStart] });
export const NextDocumentOpen = to(DOCUMENT, { name: 'NextDocumentOpen', pattern: new RegExp(MARKERS.documentOpen), categories: [DocumentStart] });
export const DocumentClose = close({ name: 'DocumentClose', pattern: new RegExp(MARKERS.documentClose), categories: [Loose] });
export const TextOpen = to(TEXT, { name: 'TextOpen', pattern: new RegExp(MARKERS.textOpen), categories: [Loose] });
export const TextClose = to(DOCUMENT, { name: 'TextClose', pattern: new RegExp(MARKERS.textClose), categories: [Loose] });

// ── layout ─────────────────────────────────────────────────────────────────
/** One line ending: CRLF, lone CR or LF. */
export const LineEnd = createToken({ name: 'LineEnd', pattern: /\r\n|\r|\n/, line_breaks: true, categories: [Loose] });
/** A line ending inside a header: the next line starts in `headerLine` mode. */
export const HeaderLineEnd = to(HEADER_LINE, { name: 'HeaderLineEnd', pattern: /\r\n|\r|\n/, line_breaks: true, categories: [Loose] });
/** A run of spaces, tabs, form feeds, vertical tabs or byte-order marks. */
export const Spaces = createToken({ name: 'Spaces', pattern: /[ \t\f\v\uFEFF]+/, categories: [Loose, HeaderValue, PlainValue] });

// ── tags, keys and values ──────────────────────────────────────────────────
/** A start tag: `<TYPE>`, `<SEC-DOCUMENT>`, `<ACCEPTANCE-DATETIME>`; names are short. */
const TAG = /<[a-z][\w.-]{0,63}>/i;
/** An end tag: `</SEC-DOCUMENT>`, `</COMPANY-DATA>`. */
const CLOSE_TAG = /<\/[a-z][\w.-]{0,63}>/i;
/** A run of visible characters that cannot start a tag. */
const WORD = /[^<\r\n \t\f\v\uFEFF]+/;
/** A `<` that starts no tag the mode knows. */
const LT = /</;
/** A header key at the start of a line: `ACCESSION NUMBER:`, `STREET 1:`, `FILER:`. */
const KEY = /[A-Z][A-Z0-9 &()/.,'-]{0,79}:/;

export const Tag = createToken({ name: 'Tag', pattern: TAG });
export const CloseTag = createToken({ name: 'CloseTag', pattern: CLOSE_TAG, categories: [Loose] });
export const Text = createToken({ name: 'Text', pattern: WORD, categories: [Loose, PlainValue] });
export const Lt = createToken({ name: 'Lt', pattern: LT, categories: [Loose, PlainValue] });

export const Key = to(HEADER_VALUE, { name: 'Key', pattern: KEY, categories: [Loose] });
export const HeaderTag = to(HEADER_VALUE, { name: 'HeaderTag', pattern: TAG, categories: [Loose] });
export const HeaderCloseTag = to(HEADER_VALUE, { name: 'HeaderCloseTag', pattern: CLOSE_TAG, categories: [Loose] });
export const HeaderText = to(HEADER_VALUE, { name: 'HeaderText', pattern: WORD, categories: [Loose, HeaderValue] });
export const HeaderLt = to(HEADER_VALUE, { name: 'HeaderLt', pattern: LT, categories: [Loose, HeaderValue] });

// ── the body of <TEXT> ─────────────────────────────────────────────────────
/**
 * Where a body that starts at `offset` ends: at the first `</TEXT>` or `</DOCUMENT>`, or
 * at the end. One forward scan from `</` to `</`, so a body costs its length once.
 */
export function bodyEnd(text: string, offset: number): number {
  let i = text.indexOf('</', offset);
  while (i >= 0) {
    if (text.startsWith(MARKERS.textClose, i) || text.startsWith(MARKERS.documentClose, i)) return i;
    i = text.indexOf('</', i + 2);
  }
  return text.length;
}

/** The whole body in one token: a body is never tokenized, however large, and never empty. */
const body: CustomPatternMatcherFunc = (text, offset) => {
  const end = bodyEnd(text, offset);
  return end > offset ? [text.slice(offset, end)] : null;
};

export const TextBody = createToken({ name: 'TextBody', pattern: body, line_breaks: true, categories: [Loose] });

export const submissionTokens = {
  modes: {
    // A stray `</DOCUMENT>` outside a document is a plain closing tag here.
    [OUTSIDE]: [SecHeaderOpen, SubmissionOpen, DocumentOpen, CloseTag, Tag, LineEnd, Spaces, Text, Lt],
    [HEADER_LINE]: [SecHeaderClose, NextDocumentOpen, HeaderLineEnd, Spaces, Key, HeaderCloseTag, HeaderTag, HeaderText, HeaderLt],
    [HEADER_VALUE]: [SecHeaderClose, NextDocumentOpen, HeaderLineEnd, Spaces, HeaderCloseTag, HeaderTag, HeaderText, HeaderLt],
    [DOCUMENT]: [NextDocumentOpen, DocumentClose, TextOpen, CloseTag, Tag, LineEnd, Spaces, Text, Lt],
    [TEXT]: [TextClose, DocumentClose, TextBody],
  },
  defaultMode: OUTSIDE,
};

/** Every token type, categories included, for the parser. */
export const submissionTokenTypes: TokenType[] = [
  HeaderStart,
  DocumentStart,
  Loose,
  HeaderValue,
  PlainValue,
  SecHeaderOpen,
  SubmissionOpen,
  SecHeaderClose,
  DocumentOpen,
  NextDocumentOpen,
  DocumentClose,
  TextOpen,
  TextClose,
  LineEnd,
  HeaderLineEnd,
  Spaces,
  Key,
  HeaderCloseTag,
  HeaderTag,
  HeaderText,
  HeaderLt,
  CloseTag,
  Tag,
  Text,
  Lt,
  TextBody,
];

/**
 * The one lexer instance, built on first use (a start that reads no submission never pays
 * for it); chevrotain lexers keep no state between `tokenize` calls.
 */
export const submissionLexer: () => Lexer = lazily(() => new Lexer(submissionTokens, { positionTracking: 'onlyOffset', ...lexerStartOptions }));
