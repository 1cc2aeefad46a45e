/**
 * Reading the words of a contact line (or a whole running trailer) piece by piece.
 * Commas, semicolons and "or" cut it into segments; each segment is a phone, an e-mail
 * address, a person, a role, an organization, a desk or a job title. People open entries;
 * details go to the people named before them.
 */
import { tokenMatcher, type IToken } from 'chevrotain';
import * as T from '../../../../../grammars/tokens/text.js';
import { contactGrammar } from '../../../../../grammars/contact.js';
import { matchPrefix } from '../../../match.js';
import { endOf, lower, spanText, tokensOf, children } from '../../../cst.js';
import { isMultiWordCity } from '../../../text/places.js';
import { emailMatchesName, isJobTitle, isOrganizationWord, isPersonName, isTitleWord, withoutHonorific } from './people.js';
import type { GroupReader } from './group-reader.js';
import { hasFaxWord, phoneFound, type PhoneFound } from './phones.js';
import { DEGREES, DESK_WORDS, FAX_WORDS, isLegalForm, NUMBER_WORDS, STREET_WORDS } from '../../../lexicon/index.js';

export interface ReadState {
  /** Role named by the last label ("Media Contact"), for the people that follow. */
  role: string | null;
  /** A "fax" word waiting for its number ("…, or fax, +1-408-…"). */
  fax: boolean;
  /** An "of Agency Inc." segment came last: a phone now is everyone's. */
  afterOrganization: boolean;
}

export interface SegmentContext {
  readonly source: string;
  readonly reader: GroupReader;
  readonly phones: PhoneFound[];
  /** E-mail addresses anywhere in the block: their domains name organizations, not people. */
  readonly emails: readonly string[];
  readonly state: ReadState;
}

/** Role words of a segment ("Media", "Investor Relations", "News Media Contact"). */
const ROLE_SEGMENT =
  /^(?:(?:news |financial |trade |business )?(?:media|press)(?: relations)?|investors?|analysts?|investor relations|(?:corporate|public) (?:communications|relations|affairs)|(?:news |media |investor |press |financial )?(?:media )?contacts?)(?: (?:office|department|desk|team))?$/i;
/** Suffixes that make "X, Inc." an organization. */
/** Segments that say the next number is a fax. */


/**
 * Where "of" or "at" first stands at or after `from`, -1 when it does not: what comes after
 * says whose the name or desk before it is ("Eleanor Vance of Drummond Pierce").
 */
function whoseAt(toks: readonly IToken[], from: number): number {
  return toks.findIndex((t, i) => i >= from && (lower(t) === 'of' || lower(t) === 'at'));
}

/** Whether a text names a contact role alone ("Investor Relations", "Media"). */
export function isRoleText(text: string): boolean {
  return ROLE_SEGMENT.test(text);
}

/**
 * A slash with space on both sides parts fields as a bar does ("A (316) 555-0177 / B (316)
 * 555-0178"); one written tight is part of a number or a name ("423/555-0186").
 */
function spacedSlash(toks: readonly IToken[], k: number): boolean {
  const t = toks[k];
  const before = toks[k - 1];
  const after = toks[k + 1];
  return t?.tokenType === T.Slash && before !== undefined && after !== undefined && endOf(before) < t.startOffset && after.startOffset > endOf(t);
}

/** Cuts tokens at commas, semicolons, bars, spaced slashes and "or" outside parentheses, and at "and" after a person's name. */
export function segmentsOf(toks: readonly IToken[]): IToken[][] {
  const out: IToken[][] = [[]];
  let depth = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k] as IToken;
    if (t.tokenType === T.LParen) depth++;
    if (t.tokenType === T.RParen) depth = Math.max(0, depth - 1);
    const current = out[out.length - 1] ?? [];
    // "Jeffrey Lum and Diane Okafor at …": "and" after a whole name parts two people ("and"
    // inside a title, "President and Chief Executive Officer", follows no name).
    const parts = t.tokenType === T.KwAnd && isPersonName(current);
    // A vertical bar parts fields as a comma does ("Daniel Forsythe | 617-555-0156 | ir@…").
    const bar = (t.tokenType === T.Other && t.image === '|') || spacedSlash(toks, k);
    if (depth === 0 && (t.tokenType === T.Comma || t.tokenType === T.Semicolon || t.tokenType === T.KwOr || bar || parts)) out.push([]);
    else current.push(t);
  }
  // "Fenella Gunn, Ph.D.": a degree after the comma is a title, as a post is; no person.
  const segs = out.filter((s) => s.length > 0 && !isDegree(s));
  // "Thomas R. Whitley, Jr.": a generational suffix after a comma stays with its name, also
  // when the number or address follows it in the same segment ("Whitacre, Jr. (509) 555-0194").
  for (let i = segs.length - 1; i > 0; i--) {
    const seg = segs[i];
    const word = seg?.[0];
    if (!seg || !word || !NAME_SUFFIX.test(word.image)) continue;
    const suffixEnd = seg[1]?.tokenType === T.Period ? 2 : 1;
    const rest = seg.slice(suffixEnd);
    if (rest.length > 0 && !(rest[0] && (rest[0].tokenType === T.Email || startsPhone(rest)))) continue;
    segs[i - 1] = [...(segs[i - 1] ?? []), ...seg.slice(0, suffixEnd)];
    if (rest.length > 0) segs[i] = rest;
    else segs.splice(i, 1);
  }
  return segs;
}

/** A segment that is a degree or credential alone ("Ph.D.", "M.D.", "CPA"). */
function isDegree(seg: readonly IToken[]): boolean {
  return seg.length <= 4 && DEGREES.has(seg.map((t) => t.image).join('').replace(/\./g, '').toLowerCase());
}

/** Generational suffixes of a name. */
const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)$/i;

/** Whether a whole line names an organization ("Wills & Associates,", "Acme Homes, Inc."). */
export function isOrganizationLine(source: string, toks: readonly IToken[]): boolean {
  // A line with a number or an address on it is about a person or a desk.
  if (toks.some((t) => t.tokenType === T.Email) || hasPhone(toks)) return false;
  const segs = segmentsOf(toks);
  // Words in parentheses are a role ("(Media)"), not part of a name.
  const first = outsideParens(segs[0] ?? []);
  // "Eleanor Vance of Drummond Pierce Communications": a person, from an agency.
  const of = whoseAt(first, 2);
  if (of > 0 && isPersonName(withoutHonorific(first.slice(0, of)))) return false;
  if (first.some(isOrganizationWord)) return true;
  const second = segs[1];
  return second !== undefined && isLegalForm(spanText(source, second).replace(/\s/g, ''));
}

function outsideParens(toks: readonly IToken[]): IToken[] {
  let depth = 0;
  return toks.filter((t) => {
    if (t.tokenType === T.LParen) depth++;
    const keep = depth === 0;
    if (t.tokenType === T.RParen) depth = Math.max(0, depth - 1);
    return keep;
  });
}

/**
 * The person a segment names, or null: "and"/"or" dropped, "… of Agency" cut, an honorific
 * kept as written but not counted as a name's word, and not a name that is really an organization's (its word is an e-mail domain).
 */
export function personIn(source: string, seg: readonly IToken[], emails: readonly string[]): string | null {
  const written = seg[0]?.tokenType === T.KwAnd ? seg.slice(1) : seg;
  let toks = withoutHonorific(written);
  const of = whoseAt(toks, 2);
  if (of > 0) toks = toks.slice(0, of);
  // "(Media)" after a name is a role; keep it out of the name.
  const paren = toks.findIndex((t) => t.tokenType === T.LParen);
  if (paren > 0) toks = toks.slice(0, paren);
  if (!isPersonName(toks)) return null;
  const name = spanText(source, toks);
  if (namesDomain(name, emails) || isMultiWordCity(name)) return null;
  // The name as written, with its honorific ("Dr. Felicia Moreno"): it is no title after a comma.
  const first = written[0];
  return first && first !== toks[0] ? spanText(source, [first, ...toks]) : name;
}

/**
 * A "name" whose first word is an e-mail domain ("Brightwater Therapeutics" beside
 * "…@brightwater.com"), with no address of its own: a company. Companies are known by
 * their first word; people's first names rarely make a domain.
 */
function namesDomain(name: string, emails: readonly string[]): boolean {
  const first = (name.toLowerCase().split(/\s+/)[0] ?? '').replace(/[^a-z]/g, '');
  if (first.length < 4) return false;
  if (emails.some((e) => emailMatchesName(e, name) >= 2)) return false;
  return emails.some((e) => e.slice(e.indexOf('@') + 1).toLowerCase().includes(first));
}

/** A five-digit ZIP code (or ZIP+4) ends a postal address line ("San Jose, CA 95134"). */
const ZIP = /^\d{5}(?:-\d{4})?$/;

/** Whether a line is a postal address: it holds a ZIP code and no phone. */
export function isAddressLine(toks: readonly IToken[]): boolean {
  if (hasStreet(toks) || hasPostalCode(toks)) return !hasPhone(toks);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t?.tokenType !== T.Number || !ZIP.test(t.image)) continue;
    const next = toks[i + 1];
    if (next?.tokenType === T.Hyphen && toks[i + 2]?.tokenType === T.Number && toks[i + 2]?.image.length === 4) return true;
    if (next?.tokenType !== T.Hyphen) return !hasPhone(toks);
  }
  return false;
}

/** Most words between a street's number and the word naming the street's kind ("120 Adelaide Street"). */
const STREET_NAME_WORDS = 4;

/**
 * A street written where a segment of the line opens: its number (or a number's word: "One
 * Park Square West"), capitalised words, then a street word ("120 Adelaide Street West"), or "Suite
 * 2700" / "P.O. Box 12". A headline naming a street has other words before the number.
 */
function hasStreet(toks: readonly IToken[]): boolean {
  for (let i = 0; i < toks.length; i++) {
    const opens = i === 0 || toks[i - 1]?.tokenType === T.Comma;
    if (!opens) continue;
    const t = toks[i];
    const next = toks[i + 1];
    if (t && tokenMatcher(t, T.AnyWord) && STREET_WORDS.has(lower(t)) && /^[A-Z]/.test(t.image) && next?.tokenType === T.Number) return true;
    if (t?.tokenType !== T.Number && !(t && /^[A-Z]/.test(t.image) && NUMBER_WORDS.has(lower(t)))) continue;
    for (let k = i + 1; k <= i + STREET_NAME_WORDS && k < toks.length; k++) {
      const w = toks[k];
      if (!w || !tokenMatcher(w, T.AnyWord) || !/^[A-Z]/.test(w.image)) break;
      if (k > i + 1 && STREET_WORDS.has(lower(w))) return true;
    }
  }
  return false;
}

/** A Canadian postal code ("M5H 1T1") or a British postcode ("EC2V 7HN"). */
function hasPostalCode(toks: readonly IToken[]): boolean {
  for (let i = 0; i + 1 < toks.length; i++) {
    const a = toks[i]?.image ?? '';
    const b = toks[i + 1]?.image ?? '';
    if ((/^[A-Z]\d[A-Z]$/.test(a) && /^\d[A-Z]\d$/.test(b)) || (/^[A-Z]{1,2}\d[A-Z\d]?$/.test(a) && /^\d[A-Z]{2}$/.test(b))) return true;
  }
  return false;
}

/** A job title: words that are all title words ("Vice President", "Manager, Investor Relations"). */
function isTitle(seg: readonly IToken[]): boolean {
  const ws = seg.filter((t) => tokenMatcher(t, T.AnyWord));
  return ws.length > 0 && ws.every((w) => isTitleWord(w) || w.tokenType === T.KwAnd || /^(?:of|for|the|and)$/i.test(w.image));
}

/** Most tokens a phone number takes: "+1 (408) 555-0100 ext. 1234" is 11. */
const PHONE_TOKENS = 12;

/** Whether `toks` open with a phone number. */
const startsPhone = (toks: readonly IToken[]): boolean => phoneRuns(toks.slice(0, PHONE_TOKENS), 1)[0]?.[0] === 0;

/** Whether `toks` hold a phone number: stops at the first (a long line need not be read through). */
export const hasPhone = (toks: readonly IToken[]): boolean => phoneRuns(toks, 1).length > 0;

/** Phones written in `toks` (the first `most` of them), as index ranges, read with the phone grammar. */
export function phoneRuns(toks: readonly IToken[], most = Infinity): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < toks.length && out.length < most; i++) {
    const t = toks[i];
    if (!t || !(t.tokenType === T.Number || t.tokenType === T.LParen || (t.tokenType === T.Other && t.image === '+'))) continue;
    if (t.tokenType !== T.Number && toks[i + 1]?.tokenType !== T.Number) continue;
    const m = matchPrefix(contactGrammar, contactGrammar.phoneStart, toks.slice(i, i + PHONE_TOKENS), PHONE_TOKENS);
    if (!m) continue;
    const run = toks.slice(i, i + m.consumed);
    const digitGroups = run.filter((x) => x.tokenType === T.Number).reduce((n, x) => n + x.image.split(/[.,]/).length, 0);
    const digits = run.map((x) => (x.tokenType === T.Number ? x.image.replace(/\D/g, '') : '')).join('');
    // A plausible number: 7 to 15 digits written in two groups or more.
    if (digitGroups >= 2 && digits.length >= 7 && digits.length <= 15 && !run.some((x) => x.image.includes(','))) {
      out.push([i, i + m.consumed]);
      i += m.consumed - 1;
    }
  }
  return out;
}

/** Reads the segments of `toks` into the reader, in order. */
export function readSegments(ctx: SegmentContext, toks: readonly IToken[], faxLabel: boolean): void {
  const { source, reader, state } = ctx;
  let namedHere = false;
  let desk: string | null = null;
  const segments = segmentsOf(toks);
  // A line that opens with a job title ("Vice President, Corporate Development") is a title line.
  const first = segments[0];
  if (first && isTitle(first) && !segments.some((s) => hasPhone(s) || s.some((t) => t.tokenType === T.Email))) return;
  for (let seg of segments) {
    // "…; Media: Claire Dubois, …": a role label may open a segment.
    const colon = seg.findIndex((t) => t.tokenType === T.Colon);
    if (colon > 0 && colon <= 3 && seg.slice(0, colon).every((t) => tokenMatcher(t, T.AnyWord))) {
      state.role = spanText(source, seg.slice(0, colon));
      seg = seg.slice(colon + 1);
      if (seg.length === 0) continue;
    }
    const text = spanText(source, seg);
    if (FAX_WORDS.has(text.toLowerCase().replace(/^or /, ''))) {
      state.fax = true;
      continue;
    }
    const runs = phoneRuns(seg);
    const emails = seg.filter((t) => t.tokenType === T.Email);
    if (runs.length || emails.length) {
      // "Dana Whitlock 412/555-0186": a name may stand before the number in one segment.
      const before = seg.slice(0, runs[0]?.[0] ?? seg.findIndex((t) => t.tokenType === T.Email));
      const name = before.length ? personIn(source, before, ctx.emails) : null;
      if (name) {
        reader.person(name, state.role);
        namedHere = true;
      } else if (!namedHere && desk) {
        reader.desk(desk, state.role);
        namedHere = true;
      }
      for (const [a, b] of runs) {
        const found = phoneFound(source, seg.slice(a, b), faxLabel || state.fax || hasFaxWord(seg, a, b));
        if (!found) continue;
        ctx.phones.push(found);
        if (state.afterOrganization) reader.sharedPhone(found.value, found.fax);
        else reader.phone(found.value, found.fax);
      }
      for (const e of emails) reader.email(e.image);
      state.fax = false;
      state.afterOrganization = false;
      continue;
    }
    const lead = lower(seg[0]);
    if (lead === 'of' || lead === 'for' || ((lead === 'both' || lead === 'all') && lower(seg[1]) === 'of')) {
      state.afterOrganization = true;
      continue;
    }
    // "Investor Relations of Ashford Holdings, Inc.": the desk, then whose it is.
    const whose = whoseAt(seg, 1);
    const head = whose > 0 ? spanText(source, seg.slice(0, whose)) : text;
    if (ROLE_SEGMENT.test(head)) {
      state.role = head;
      // After someone's details, a role standing alone may be a desk with its own number.
      // "Investor Relations of Acme" names whose desk it is: a desk, not just a role.
      if (reader.groupHasDetails() || (whose > 0 && !namedHere)) {
        desk = head;
        namedHere = false;
      }
      continue;
    }
    const name = personIn(source, seg, ctx.emails);
    if (name) {
      reader.person(name, state.role);
      namedHere = true;
      state.afterOrganization = false;
      continue;
    }
    const words = seg.filter((t) => tokenMatcher(t, T.AnyWord));
    if (words.length >= 2 && words.some((w) => DESK_WORDS.has(lower(w)))) {
      desk = text;
      // A desk after someone's details ("…, (403) 555-0148; Investor Relations, (403)
      // 555-0199") is a contact of its own, not that person's department.
      if (reader.groupHasDetails()) namedHere = false;
      continue;
    }
    if (!seg.some(isOrganizationWord)) continue;
    if (!isJobTitle(seg)) {
      reader.organization(text);
      continue;
    }
    // "Chief Financial Officer of Cascade Valley Bancorp": the firm follows the post.
    const of = seg.findIndex((t) => lower(t) === 'of');
    const firm = of > 0 ? seg.slice(of + 1) : [];
    if (firm.some(isOrganizationWord) && !isJobTitle(firm)) reader.organization(spanText(source, firm));
  }
}

/** The people of a whole-line "Alexis Pascal/Deborah Stapleton", or null when it is not one. */
export function peopleLine(source: string, toks: readonly IToken[], emails: readonly string[]): Array<{ name: string; role: string | null }> | null {
  // Several people on one line are joined by slashes.
  if (!toks.some((t) => t.tokenType === T.Slash)) return null;
  const m = matchPrefix(contactGrammar, contactGrammar.contactLine, toks);
  const line = m && m.consumed === toks.length ? m.cst : null;
  const people = line ? children(line, 'people')[0] : undefined;
  if (!people) return null;
  const out: Array<{ name: string; role: string | null }> = [];
  for (const p of children(people, 'person')) {
    const nameToks = children(p, 'name').flatMap(tokensOf);
    const name = personIn(source, nameToks, emails);
    if (!name) return null;
    const roleToks = (p.children['role'] ?? []).filter((el): el is IToken => 'image' in el);
    out.push({ name, role: roleToks.length ? spanText(source, roleToks) : null });
  }
  return out.length > 1 ? out : null;
}
