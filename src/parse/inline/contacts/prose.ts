/**
 * Contacts written as a sentence at the foot of a release: "For more information contact
 * Gail Stroud at (800) 555-0192 or gstroud@brennandata.com." The opening phrase is the label;
 * what follows reads like a wire trailer's run of segments.
 */
import type { IToken } from 'chevrotain';
import * as T from '../../../../grammars/tokens/text.js';
import { phoneRuns } from './segments.js';

const lower = (t: IToken | undefined): string => (t ? t.image.toLowerCase() : '');

/** Most lines a contact sentence takes. */
const MAX_LINES = 4;

/**
 * The index after "For (further | more | additional) information(,) (please) contact|call",
 * or -1 when the tokens do not open so.
 */
export function proseContactStart(toks: readonly IToken[]): number {
  if (toks[0]?.tokenType !== T.KwFor || !/^(?:further|more|additional)$/.test(lower(toks[1])) || lower(toks[2]) !== 'information') return -1;
  let k = 3;
  if (toks[k]?.tokenType === T.Comma) k++;
  if (lower(toks[k]) === 'please') k++;
  // "For further information contact:" is a label over a laid-out block, not a sentence.
  const verb = toks[k]?.tokenType === T.KwContact || lower(toks[k]) === 'call';
  return verb && toks[k + 1] !== undefined && toks[k + 1]?.tokenType !== T.Colon ? k + 1 : -1;
}

/** Whether a paragraph of `lineCount` lines is a contact sentence: the opening, then a phone or an address. */
export function isProseContact(toks: readonly IToken[], lineCount: number): boolean {
  if (lineCount > MAX_LINES) return false;
  const start = proseContactStart(toks);
  if (start < 0) return false;
  const rest = toks.slice(start);
  return rest.some((t) => t.tokenType === T.Email) || phoneRuns(rest).length > 0;
}
