/** Phone numbers as contact blocks write them. */
import type { IToken } from 'chevrotain';
import { endOf, spanText } from '../../../cst.js';
import * as T from '../../../../../grammars/tokens/text.js';
import { FAX_WORDS } from '../../../lexicon/index.js';

export interface PhoneFound {
  readonly start: number;
  readonly end: number;
  /** As written, spaces collapsed. */
  readonly value: string;
  readonly digits: string;
  readonly fax: boolean;
}

/** Words that mark a number as a fax ("Fax:", "(Fax)", "or fax,"). */

/** Whether a fax word stands just before or after tokens [a, b). */
export function hasFaxWord(toks: readonly IToken[], a: number, b: number): boolean {
  if (toks.slice(Math.max(0, a - 2), a).some((t) => FAX_WORDS.has(t.image.toLowerCase()))) return true;
  for (let j = b; j < Math.min(toks.length, b + 3); j++) {
    if (!FAX_WORDS.has(toks[j]?.image.toLowerCase() ?? '')) continue;
    // "Phone (765) 555-0102 * Fax (765) 555-0103": a fax word with a number after it is that
    // number's label, not this one's.
    let k = j + 1;
    if (toks[k]?.tokenType === T.Colon) k++;
    const next = toks[k];
    return !(next?.tokenType === T.Number || (next?.tokenType === T.LParen && toks[k + 1]?.tokenType === T.Number));
  }
  return false;
}

/** A phone from its tokens, if it has a plausible number of digits (7 to 18). */
export function phoneFound(source: string, run: readonly IToken[], fax: boolean): PhoneFound | null {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return null;
  const value = spanText(source, run);
  const digits = value.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 18) return null;
  return { start: first.startOffset, end: endOf(last), value, digits, fax };
}
