/**
 * A rule line: a run of "=", "_" or "-". A line must not open with those characters, nor be
 * drawn with them alone (a list item's first line, its marker a dash, wrapped before its words).
 *
 * > | ===========================================
 * > | - -- -- -- ==========      <- a rule, where the source ran on
 */
import type { FormatHazard } from '../hazard.js';
import { textLexer } from '../../../../grammars/tokens/text.js';
import { isRule } from '../../shapes.js';

const RULE_CHAR = /^[=_-]/;

/** A word drawn with rule characters only. */
const RULE_WORD = /^[-=_*]+$/;

export const ruleHazard: FormatHazard = {
  opensLine: (words, at) => RULE_CHAR.test(words[at] ?? ''),
  opensBlock: (w) => RULE_CHAR.test(w),
  // The parser is asked (isRule) only of lines drawn with rule characters alone.
  isLine: (words, start, end) => end > start && words.slice(start, end).every((w) => RULE_WORD.test(w)) && isRule(textLexer.tokenize(words.slice(start, end).join(' ')).tokens),
};
