import type { IToken } from 'chevrotain';
import * as T from '../../../grammars/tokens/text.js';

/**
 * Whether a token run reads as a telephone number: "(412) 422-2377", "412-422-2377",
 * "630.375.4125", "+1-847-286-9669", "1-866-506-5333", "44.1.21.717.6000", by its digits
 * and how they are grouped.
 */
export function isPhoneShaped(tokens: readonly IToken[]): boolean {
  let digits = 0;
  let groups = 0;
  for (const t of tokens) {
    if (t.tokenType === T.Number) {
      // A number is digit groups parted by "." or ","; counted in place, no parts made.
      let marks = 0;
      for (let i = 0; i < t.image.length; i++) {
        const c = t.image.charCodeAt(i);
        if (c === 46 || c === 44) marks++;
      }
      digits += t.image.length - marks;
      groups += marks + 1;
      if (t.image.includes(',')) return false;
    } else if (t.tokenType !== T.Hyphen && t.tokenType !== T.LParen && t.tokenType !== T.RParen && t.tokenType !== T.Other && t.tokenType !== T.Slash) {
      return false;
    }
  }
  // North American numbers: 10 or 11 digits in 3 or 4 groups; international ones
  // ("44.1.21.717.6000"): up to 15 digits in up to 6 groups.
  return (digits >= 10 && digits <= 11 && groups >= 3 && groups <= 4) || (digits >= 11 && digits <= 15 && groups >= 4 && groups <= 6);
}
