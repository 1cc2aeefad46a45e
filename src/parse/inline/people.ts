/**
 * Telling people from organizations and job titles, by the words they are made of.
 */
import { tokenMatcher, type IToken } from 'chevrotain';
import * as T from '../../../grammars/tokens/text.js';

/** Words that make a line an organization ("Wills & Associates, Inc."). */
const ORGANIZATION_WORDS = new Set([
  'inc', 'incorporated', 'llc', 'llp', 'lp', 'corp', 'corporation', 'company', 'co', 'ltd', 'limited', 'plc',
  'group', 'associates', 'communications', 'partners', 'relations', 'pr', 'public', 'holdings', 'technologies',
  'technology', 'systems', 'networks', 'semiconductor', 'bank', 'bancorp', 'financial', 'capital', 'services',
  'solutions', 'agency', 'consulting', 'advisors', 'advisers', 'gmbh', 'ag', 'sa', 'nv', 'international',
  'industries', 'software', 'computer', 'funding', 'telecom', 'telecommunications', 'enterprises', 'trust',
  'university', 'institute', 'foundation', 'newswire', 'wire', 'research', 'global', 'worldwide',
  'therapeutics', 'pharmaceuticals', 'pharma', 'biosciences', 'bioscience', 'sciences', 'devices', 'instruments', 'energy',
  'resources', 'mining', 'minerals', 'oil', 'gas', 'petroleum', 'homes', 'properties', 'realty', 'brewing', 'foods', 'motors',
  'airlines', 'insurance', 'bancshares', 'laboratories', 'labs', 'electronics', 'industries', 'manufacturing', 'products',
  'entertainment', 'restaurants', 'stores', 'retail', 'logistics', 'partnership', 'ventures', 'investments', 'management',
]);

/** Words of job titles ("Marketing Director", "VP/Chief Financial Officer"). */
const TITLE_WORDS = new Set([
  'president', 'ceo', 'cfo', 'coo', 'cto', 'cio', 'vice', 'vp', 'svp', 'evp', 'chief', 'officer', 'director', 'manager',
  'head', 'executive', 'chairman', 'chairwoman', 'chair', 'treasurer', 'secretary', 'controller', 'marketing',
  'spokesperson', 'spokesman', 'spokeswoman', 'analyst', 'coordinator', 'specialist', 'senior', 'general',
  'counsel', 'investor', 'investors', 'partner', 'founder', 'principal', 'administrator', 'assistant', 'associate',
  'editor', 'representative', 'contact', 'contacts', 'media', 'press', 'sales', 'finance', 'operations',
  'development', 'corporate', 'business', 'communications', 'relations', 'affairs', 'strategy', 'planning', 'legal',
]);

/** Title words that name a post, never a firm ("Chief Financial Officer", "VP Finance"). */
const POST_WORDS = new Set([
  'president', 'officer', 'director', 'manager', 'chairman', 'chairwoman', 'ceo', 'cfo', 'coo', 'cto', 'cio', 'vp',
  'svp', 'evp', 'treasurer', 'secretary', 'controller', 'counsel', 'spokesperson', 'spokesman', 'spokeswoman',
]);

/** Words that make a name a firm's whatever else it holds ("Acme Management, Inc."). */
const LEGAL_FORMS = new Set(['inc', 'incorporated', 'llc', 'llp', 'lp', 'corp', 'corporation', 'company', 'co', 'ltd', 'limited', 'plc', 'gmbh', 'ag', 'sa', 'nv']);

/**
 * Whether words name a job rather than a firm: a post word and no legal form, so
 * "Chief Financial Officer" is a title although "financial" often names a firm.
 */
export function isJobTitle(tokens: readonly IToken[]): boolean {
  return tokens.some((t) => POST_WORDS.has(lower(t))) && !tokens.some((t) => LEGAL_FORMS.has(lower(t)));
}

/** Lower-case particles of names ("van", "de"). */
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'la', 'le', 'du', 'di', 'da', 'del', 'dos', 'st']);

/** Honorifics that open a name and are not part of it. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'miss', 'prof']);

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
    else if (!PARTICLES.has(w.image)) return false;
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
