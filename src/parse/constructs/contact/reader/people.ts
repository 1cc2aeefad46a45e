/**
 * Telling people from organizations and job titles, by the words they are made of.
 */
import { tokenMatcher, type IToken } from 'chevrotain';
import * as T from '../../../../../grammars/tokens/text.js';
import { ORGANIZATION_WORDS, TITLE_WORDS, POST_WORDS, LEGAL_FORMS, NAME_PARTICLES, HONORIFICS } from '../../../lexicon/index.js';





/**
 * Whether words name a job rather than a firm: a post word and no legal form, so
 * "Chief Financial Officer" is a title although "financial" often names a firm.
 */
export function isJobTitle(tokens: readonly IToken[]): boolean {
  return tokens.some((t) => POST_WORDS.has(lower(t))) && !tokens.some((t) => LEGAL_FORMS.has(lower(t)));
}



const lower = (t: IToken): string => t.image.toLowerCase().replace(/[.'’]/g, '');

export function isOrganizationWord(t: IToken): boolean {
  return ORGANIZATION_WORDS.has(lower(t));
}

export function isTitleWord(t: IToken): boolean {
  return TITLE_WORDS.has(lower(t));
}

/** Drops a leading honorific ("Mr.", "Dr.") and its period. */
export function withoutHonorific(tokens: readonly IToken[]): readonly IToken[] {
  const first = tokens[0];
  if (first && HONORIFICS.has(lower(first)) && tokens.length > 2) {
    return tokens[1]?.tokenType === T.Period ? tokens.slice(2) : tokens.slice(1);
  }
  return tokens;
}

/**
 * Whether the tokens read as a person's name: two to five capitalised words or initials,
 * no organization or title words, no digits.
 */
export function isPersonName(tokens: readonly IToken[]): boolean {
  const ws = tokens.filter((t) => tokenMatcher(t, T.AnyWord));
  if (ws.length < 2 || ws.length > 5) return false;
  // Initials alone ("L.P.", "N.A.") are a legal form or an abbreviation, never a person.
  if (ws.every((w) => w.image.length === 1)) return false;
  if (tokens.some((t) => !(tokenMatcher(t, T.AnyWord) || t.tokenType === T.Period || t.tokenType === T.Hyphen))) return false;
  let capitals = 0;
  for (const w of ws) {
    if (isOrganizationWord(w) || isTitleWord(w)) return false;
    if (/^\p{Lu}/u.test(w.image)) capitals++;
    else if (!NAME_PARTICLES.has(w.image)) return false;
    if (/\d/.test(w.image)) return false;
  }
  // An all-capitals line of long words is more likely a company than a person.
  const allCaps = ws.every((w) => w.image === w.image.toUpperCase());
  if (allCaps && ws.some((w) => w.image.length > 1) && ws.length > 3) return false;
  return capitals >= 2;
}

/** Whether an e-mail address belongs to a person, judged by the name's parts in its local part. */
export function emailMatchesName(email: string, name: string): number {
  const local = (email.split('@')[0] ?? '').toLowerCase().replace(/[^a-z]/g, '');
  const parts = name.toLowerCase().split(/[\s.-]+/).filter((p) => p.length > 1);
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (!local) return 0;
  if (last.length > 2 && local.includes(last)) return 3;
  if (first.length > 2 && local.includes(first)) return 3;
  if (first && last && local === first[0] + last) return 3;
  if (first.length >= 3 && local.startsWith(first.slice(0, 3))) return 2;
  if (first && local.startsWith(first[0] ?? '') && last && local.includes(last.slice(0, 3))) return 1;
  return 0;
}
