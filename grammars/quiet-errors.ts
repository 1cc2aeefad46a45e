/**
 * Error messages for grammars whose failures are answers, not reports: every line is tried
 * against several shapes, and a mismatch only means "not this shape". Chevrotain's default
 * provider renders the expected token paths into a message on every mismatch, which costs
 * more than the match itself; nothing here ever shows those messages, so they stay fixed.
 */
import type { IParserErrorMessageProvider } from 'chevrotain';

export const quietErrors: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: () => 'mismatched token',
  buildNotAllInputParsedMessage: () => 'input left over',
  buildNoViableAltMessage: () => 'no alternative matched',
  buildEarlyExitMessage: () => 'too few repetitions',
};
