/**
 * Contacts written as a sentence at the foot of a release: "For more information contact
 * Gail Stroud at (800) 555-0192 or gstroud@brennandata.com." The opening phrase is the label;
 * what follows reads like a wire trailer's run of segments.
 */
import { tokenMatcher, type IToken } from 'chevrotain';
import * as T from '../../../../../grammars/tokens/text.js';
import { hasPhone } from './segments.js';
import { lower } from '../../../cst.js';
import { readTrailerContact } from './trailer.js';
import type { ContactReading } from './block.js';
import { CONTACT_ROLE_WORDS } from '../../../lexicon/index.js';

/** Most lines a contact sentence takes. */
const MAX_LINES = 4;

/** Most words before the verb of a contact sentence ("members of the news media may contact …"). */
const MAX_SUBJECT = 6;

/** Verbs that ask the reader to get in touch. */
const isContactVerb = (t: IToken | undefined): boolean => t?.tokenType === T.KwContact || lower(t) === 'call';

/**
 * The index after the opening of a contact sentence, or -1 when the tokens do not open so:
 * "For (further | more | additional) information(,) (please) contact|call", "For investor
 * inquiries, please contact", or a short subject of words naming a role before the verb
 * ("Press and analysts may contact").
 *
 * > | Press and analysts may contact Meredith Vance at (646) 555-0134 or
 */
export function proseContactStart(toks: readonly IToken[]): number {
  const verb = toks.slice(0, MAX_SUBJECT + 1).findIndex(isContactVerb);
  // A capital verb is a label's noun instead ("Investor Contact" over the lines it heads).
  if (verb > 0 && toks[0]?.tokenType !== T.KwFor && !/^\p{Lu}/u.test(toks[verb]?.image ?? '')) {
    const subject = toks.slice(0, verb);
    // Words only, a role among them: "Press and analysts may", "members of the news media may".
    const wordsOnly = subject.every((t) => tokenMatcher(t, T.AnyWord));
    const names = subject.some((t) => CONTACT_ROLE_WORDS.has(lower(t)));
    const next = toks[verb + 1];
    return wordsOnly && names && next !== undefined && next.tokenType !== T.Colon ? verb + 1 : -1;
  }
  if (toks[0]?.tokenType !== T.KwFor) return -1;
  let k: number;
  if (/^(?:further|more|additional)$/.test(lower(toks[1])) && lower(toks[2]) === 'information') k = 3;
  // "For investor inquiries, please contact …", "For media questions call …".
  else if (CONTACT_ROLE_WORDS.has(lower(toks[1])) && /^(?:inquiries|enquiries|questions|information|relations)$/.test(lower(toks[2]))) k = 3;
  else return -1;
  if (toks[k]?.tokenType === T.Comma) k++;
  if (lower(toks[k]) === 'please') k++;
  // "For further information contact:" is a label over a laid-out block, not a sentence.
  return isContactVerb(toks[k]) && toks[k + 1] !== undefined && toks[k + 1]?.tokenType !== T.Colon ? k + 1 : -1;
}

/** Whether a paragraph of `lineCount` lines is a contact sentence: the opening, then a phone or an address. */
export function isProseContact(toks: readonly IToken[], lineCount: number): boolean {
  if (lineCount > MAX_LINES) return false;
  const start = proseContactStart(toks);
  if (start < 0) return false;
  const rest = toks.slice(start);
  return rest.some((t) => t.tokenType === T.Email) || hasPhone(rest);
}

/** Tokens enough to see whether a clause opens a contact sentence ("For more information, please contact"). */
const CLAUSE_OPENING = 12;

/**
 * A contact sentence read clause by clause: a clause after a semicolon that opens a contact
 * sentence of its own ("…; reporters should call Ellen Marsh at …") names another contact.
 */
export function readContactSentence(source: string, toks: readonly IToken[]): ContactReading {
  const cuts: Array<[number, number]> = [];
  let from = 0;
  for (let k = 0; k < toks.length; k++) {
    // A clause after a semicolon, or a sentence after a full stop.
    if (toks[k]?.tokenType !== T.Semicolon && toks[k]?.tokenType !== T.Period) continue;
    // The clause's opening words only: a sentence may hold thousands of semicolons.
    const opening = proseContactStart(toks.slice(k + 1, k + 1 + CLAUSE_OPENING));
    if (opening < 0) continue;
    cuts.push([from, k]);
    from = k + 1 + opening;
  }
  cuts.push([from, toks.length]);
  const readings = cuts.map(([a, b]) => readTrailerContact(source, toks.slice(a, b)));
  return {
    entries: readings.flatMap((r) => r.entries),
    releaseNumber: readings.find((r) => r.releaseNumber !== null)?.releaseNumber ?? null,
    phones: readings.flatMap((r) => r.phones),
    titles: readings.flatMap((r) => r.titles),
    desks: readings.flatMap((r) => r.desks),
  };
}
