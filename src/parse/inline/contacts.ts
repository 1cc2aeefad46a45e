/**
 * Reads contact blocks: columns are read one after the other, each line through the
 * contact-line grammar; people collect the phones, faxes and e-mail addresses written
 * under them. Also reads PR Newswire's running "/CONTACT: …/" trailer.
 *
 * Rules of assembly (how contact blocks are written):
 * - Names written one under the other, then details, share those details (an agency's
 *   phone under two names); an e-mail goes to the person its address names.
 * - A column of details with no names (a letterhead's phone column) belongs to the people
 *   of the column to its left.
 * - With no person at all, the desk or organization is the contact.
 */
import { tokenMatcher, type CstNode, type IToken } from 'chevrotain';
import { contactGrammar } from '../../../grammars/contact.js';
import * as T from '../../../grammars/tokens/text.js';
import type { ContactEntry } from '../../tree/unist.js';
import { collapse } from '../../normalize/text.js';
import { matchPrefix } from '../match.js';
import { children, endOf, spanText, tokensOf } from '../cst.js';
import type { Line } from '../lex.js';
import { lineCells, type LineCell } from '../layout/cells.js';
import { isReleaseTitle } from '../shapes.js';
import { findPhoneRuns } from '../roles/signals.js';
import { emailMatchesName, isOrganizationWord, isPersonName, withoutHonorific } from './people.js';

export interface PhoneFound {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly digits: string;
  readonly fax: boolean;
}

export interface ContactReading {
  readonly entries: ContactEntry[];
  readonly releaseNumber: string | null;
  readonly phones: PhoneFound[];
  /** Cells holding a release title ("NEWS RELEASE" beside the contact lines). */
  readonly titles: Array<{ start: number; end: number; text: string }>;
}

/** Labels of a detail rather than of a role ("Tel:", "Fax:", "E-mail:"). */
const DETAIL_LABEL = /^(?:tel|telephone|phone|ph|fax|facsimile|e-?mail|email address|web|website|cell|mobile|direct|office|[ftpm])$/i;
/** Labels of a fax number. */
const FAX_LABEL = /^(?:fax|facsimile|f)$/i;
/** A release number's label ("Release No", "Release Number", "Release #"). */
const RELEASE_NUMBER_LABEL = /^release\s*(?:no|number|#)/i;

/** Gutter for contact columns: narrower than for tables, wider than justified spacing. */
const CONTACT_GUTTER = 3;

/** Reads a contact block laid out in lines and columns. */
export function readContactBlock(source: string, lines: readonly Line[]): ContactReading {
  const titles: ContactReading['titles'] = [];
  const phones: PhoneFound[] = [];
  let releaseNumber: string | null = null;

  // Cells per line; release titles taken out.
  const rows: LineCell[][] = lines.map((line) =>
    lineCells(line, CONTACT_GUTTER).filter((cell) => {
      const first = cell.tokens[0];
      if (first?.tokenType === T.SgmlTag) return false;
      if (isReleaseTitle(cell)) {
        const last = cell.tokens[cell.tokens.length - 1];
        if (first && last) titles.push({ start: first.startOffset, end: endOf(last), text: spanText(source, cell.tokens) });
        return false;
      }
      return true;
    }),
  );
  for (const row of rows) joinLabelCells(row);
  const anchors = columnAnchors(rows);
  const columns: IToken[][][] = anchors.map(() => []);
  for (const row of rows) {
    for (const cell of row) {
      let c = 0;
      for (let k = 0; k < anchors.length; k++) if ((anchors[k] ?? 0) <= cell.left + 2) c = k;
      columns[c]?.push([...cell.tokens]);
    }
  }

  const perColumn: ContactEntry[][] = [];
  const orphans: Array<{ column: number; phones: string[]; faxes: string[]; emails: string[] }> = [];
  let role: string | null = null;
  let organization: string | null = null;
  columns.forEach((col, c) => {
    const reader = new GroupReader();
    for (let toks of col) {
      // A label opens the line: "Media Contact:", "Tel:", "Release No:".
      const label = readLabel(toks);
      let labelText = '';
      if (label) {
        labelText = spanText(source, toks.slice(0, label)).replace(/:$/, '').trim();
        toks = toks.slice(label);
        if (RELEASE_NUMBER_LABEL.test(labelText)) {
          releaseNumber = collapse(spanText(source, toks)) || null;
          continue;
        }
        if (!DETAIL_LABEL.test(labelText)) role = labelText || role;
        if (toks.length === 0) continue;
      }
      const faxLabel = FAX_LABEL.test(labelText);
      const m = matchPrefix(contactGrammar, contactGrammar.contactLine, toks);
      const details = m && child(m.cst, 'details');
      const people = m && child(m.cst, 'people');
      if (details && m.consumed === toks.length) {
        for (const d of children(details, 'detail')) readDetail(source, d, faxLabel, reader, phones);
        continue;
      }
      if (people && m.consumed === toks.length) {
        const persons = children(people, 'person');
        const named = persons.map((p) => nameOf(source, p)).filter((n): n is string => n !== null);
        if (named.length === persons.length && named.length > 0) {
          for (const p of persons) {
            const name = nameOf(source, p);
            // "Andria Pilo (Media)": the parenthesis names the person's role.
            const roleToks = (p.children['role'] ?? []).filter((el): el is IToken => 'image' in el);
            const ownRole = roleToks.length ? spanText(source, roleToks) : null;
            if (name) reader.person({ name, role: ownRole ?? role });
          }
          continue;
        }
        if (toks.some(isOrganizationWord)) {
          organization = collapse(spanText(source, toks));
          reader.organization(organization);
        }
        continue;
      }
      // Anything else: pick up addresses and phone numbers where they are.
      for (const t of toks) if (t.tokenType === T.Email) reader.email(t.image);
      for (const [a, b] of findPhoneRuns(toks)) {
        const run = toks.slice(a, b);
        const fax = faxLabel || hasFaxWord(toks, a, b);
        const found = phoneFound(source, run, fax);
        if (found) {
          phones.push(found);
          reader.phone(found.value, found.fax);
        }
      }
    }
    const entries = reader.finish();
    perColumn.push(entries);
    if (reader.orphanDetails()) orphans.push({ column: c, ...reader.orphanDetails()! });
  });

  // Details written in a column without names belong to the people to their left.
  for (const o of orphans) {
    let target: ContactEntry[] | undefined;
    for (let k = o.column - 1; k >= 0 && !target; k--) if (perColumn[k]?.length) target = perColumn[k];
    if (!target) {
      perColumn[o.column] = [
        { role, name: role ?? organization, organization, phones: o.phones, faxes: o.faxes, emails: o.emails },
      ];
      continue;
    }
    for (const e of target) {
      if (!e.phones.length) e.phones.push(...o.phones);
      if (!e.faxes.length) e.faxes.push(...o.faxes);
      if (!e.emails.length && target.length === 1) e.emails.push(...o.emails);
    }
  }
  return { entries: perColumn.flat(), releaseNumber, phones, titles };
}

/** Widest gap between a detail label and its value ("Fax:   (412) 422-2378"). */
const LABEL_GAP = 6;

/** Joins a cell that is only a label ("Tel:") with the value cell right after it, in place. */
function joinLabelCells(row: LineCell[]): void {
  for (let k = 0; k + 1 < row.length; k++) {
    const cell = row[k];
    const next = row[k + 1];
    if (!cell || !next) continue;
    const last = cell.tokens[cell.tokens.length - 1];
    const nextLast = next.tokens[next.tokens.length - 1];
    if (last?.tokenType !== T.Colon || cell.tokens.length > 4 || nextLast?.tokenType === T.Colon) continue;
    if (next.left - cell.right > LABEL_GAP) continue;
    row.splice(k, 2, { from: cell.from, to: next.to, left: cell.left, right: next.right, tokens: [...cell.tokens, ...next.tokens] });
  }
}

/**
 * Column starts: the left edge of every cell that follows a gutter on its line, and the
 * margin. A block with no such cell is one column, however its lines are indented.
 */
function columnAnchors(rows: readonly LineCell[][]): number[] {
  const lefts: number[] = [];
  for (const row of rows) for (const cell of row.slice(1)) lefts.push(cell.left);
  lefts.sort((a, b) => a - b);
  const anchors = [0];
  for (const l of lefts) if (l - (anchors[anchors.length - 1] ?? 0) > 4) anchors.push(l);
  return anchors;
}

/** Tokens a label consumes ("Media Contact:"), or 0. */
function readLabel(toks: readonly IToken[]): number {
  const colon = toks.findIndex((t) => t.tokenType === T.Colon);
  if (colon <= 0 || colon > 5) return 0;
  if (!toks.slice(0, colon).every((t) => tokenMatcher(t, T.AnyWord) || t.tokenType === T.Hyphen || t.tokenType === T.Slash || t.tokenType === T.Period || t.tokenType === T.LBracket || t.tokenType === T.Ampersand)) return 0;
  let n = colon + 1;
  if (toks[n]?.tokenType === T.RBracket) n++;
  return n;
}

function child(node: CstNode, name: string): CstNode | null {
  return children(node, name)[0] ?? null;
}

function hasFaxWord(toks: readonly IToken[], a: number, b: number): boolean {
  const near = [...toks.slice(Math.max(0, a - 2), a), ...toks.slice(b, b + 3)];
  return near.some((t) => /^(?:fax|facsimile)$/i.test(t.image));
}

function readDetail(source: string, d: CstNode, faxLabel: boolean, reader: GroupReader, phones: PhoneFound[]): void {
  const phone = child(d, 'phone');
  const toks = tokensOf(d);
  if (!phone) {
    const t = toks[0];
    if (t?.tokenType === T.Email) reader.email(t.image);
    return;
  }
  const mark = child(d, 'faxMark');
  const fax = faxLabel || (mark !== null && /fax/i.test(spanText(source, tokensOf(mark))));
  const found = phoneFound(source, tokensOf(phone), fax);
  if (found) {
    phones.push(found);
    reader.phone(found.value, found.fax);
  }
}

/** A phone from its tokens, if it has a plausible number of digits. */
function phoneFound(source: string, run: readonly IToken[], fax: boolean): PhoneFound | null {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return null;
  const value = spanText(source, run);
  const digits = value.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 18) return null;
  return { start: first.startOffset, end: endOf(last), value, digits, fax };
}

function nameOf(source: string, person: CstNode): string | null {
  const nameToks = withoutHonorific(children(person, 'name').flatMap(tokensOf));
  return isPersonName(nameToks) ? spanText(source, nameToks) : null;
}

/** Builds entries for one column, group by group. */
class GroupReader {
  private readonly entries: ContactEntry[] = [];
  private group: ContactEntry[] = [];
  private groupHasDetails = false;
  private orphan: { phones: string[]; faxes: string[]; emails: string[] } | null = null;

  person(p: { name: string; role: string | null }): void {
    if (this.groupHasDetails) {
      this.group = [];
      this.groupHasDetails = false;
    }
    const entry: ContactEntry = { role: p.role, name: p.name, organization: null, phones: [], faxes: [], emails: [] };
    this.entries.push(entry);
    this.group.push(entry);
  }

  organization(name: string): void {
    for (const e of this.group) if (!e.organization) e.organization = name;
  }

  phone(value: string, fax: boolean): void {
    this.groupHasDetails = true;
    if (this.group.length === 0) {
      const o = (this.orphan ??= { phones: [], faxes: [], emails: [] });
      (fax ? o.faxes : o.phones).push(value);
      return;
    }
    for (const e of this.group) {
      const list = fax ? e.faxes : e.phones;
      if (!list.includes(value)) list.push(value);
    }
  }

  email(address: string): void {
    this.groupHasDetails = true;
    if (this.group.length === 0) {
      (this.orphan ??= { phones: [], faxes: [], emails: [] }).emails.push(address);
      return;
    }
    let best = this.group.find((e) => e.emails.length === 0) ?? this.group[0];
    let score = 0;
    if (this.group.length > 1) {
      for (const e of this.group) {
        const s = emailMatchesName(address, e.name ?? '');
        if (s > score) {
          score = s;
          best = e;
        }
      }
    }
    best?.emails.push(address);
  }

  orphanDetails(): { phones: string[]; faxes: string[]; emails: string[] } | null {
    return this.orphan;
  }

  finish(): ContactEntry[] {
    return this.entries;
  }
}

