/**
 * The block vocabulary: one token per classified line (one per run of blank lines).
 * These tokens are not lexed from characters; `src/parse/classify` makes them from lines,
 * and the block grammar groups them into blocks.
 */
import { createToken, Lexer, type TokenType } from 'chevrotain';

const lineKind = (name: string, categories?: TokenType[]): TokenType =>
  createToken({ name, pattern: Lexer.NA, ...(categories ? { categories } : {}) });

/** One or more lines holding only spaces and tabs. */
export const BlankRun = lineKind('BlankRun');
/** `<PAGE>` or a line holding only form feeds. */
export const PageMarker = lineKind('PageMarker');
/** A page number next to a page marker ("5", "- 2 -", "Page 2 of 5"). */
export const PageNumber = lineKind('PageNumber');
/** A horizontal rule. */
export const RuleLine = lineKind('RuleLine');
export const EndMarkerLine = lineKind('EndMarkerLine');
export const ContinuationLine = lineKind('ContinuationLine');
export const ExhibitLabelLine = lineKind('ExhibitLabelLine');
export const ReleaseTitleLine = lineKind('ReleaseTitleLine');
export const SlugLine = lineKind('SlugLine');
export const EditorLine = lineKind('EditorLine');
/** A line that opens a contact block ("Contact:", "Investor Relations:"). */
export const ContactLabelLine = lineKind('ContactLabelLine');
/** A bullet or numbered item's first line. */
export const ListItemLine = lineKind('ListItemLine');
/** A row of a fixed-width table (or an SGML table tag line, or a label row inside one). */
export const TableRowLine = lineKind('TableRowLine');
/** An SGML `</TABLE>` line: the table ends with it, a blank line after it or not. */
export const TableEndLine = lineKind('TableEndLine');
/** Running text that continues the block above it. */
export const TextLine = lineKind('TextLine');
/** Running text that layout says starts a new block (an indented first line, a change of alignment). */
export const LeadLine = lineKind('LeadLine');

export const blockTokens: TokenType[] = [
  BlankRun,
  PageMarker,
  PageNumber,
  RuleLine,
  EndMarkerLine,
  ContinuationLine,
  ExhibitLabelLine,
  ReleaseTitleLine,
  SlugLine,
  EditorLine,
  ContactLabelLine,
  ListItemLine,
  TableRowLine,
  TableEndLine,
  TextLine,
  LeadLine,
];
