/**
 * Contact blocks laid out in lines and columns. Columns are read one after the other;
 * each line through its label, then as people or as segments.
 *
 * - A column of details with no names (a letterhead's phone column) belongs to the people
 *   of the column to its left.
 * - With no person at all, the desk or label is the contact.
 * - An address that names a person goes to that person, wherever it was written.
 */
import type { IToken } from 'chevrotain';
import * as T from '../../../../../grammars/tokens/text.js';
import type { ContactEntry } from '../../../../tree/unist.js';
import { collapse } from '../../../../normalize/text.js';
import { endOf, spanText } from '../../../cst.js';
import type { Line } from '../../../lex.js';
import { isContactColumnHeads } from '../rules.js';
import { lineCells, type LineCell } from '../../../layout/cells.js';
import { isReleaseTitle } from '../../../shapes.js';
import { emailMatchesName, isJobTitle, isPersonName } from './people.js';
import { hasContactDetail } from '../../../text/signals.js';
import { GroupReader, type Details } from './group-reader.js';
import type { PhoneFound } from './phones.js';
import { isAddressLine, isOrganizationLine, isRoleText, peopleLine, readSegments, type ReadState } from './segments.js';
import { append } from '../../../../util/append.js';

export interface ContactReading {
  readonly entries: ContactEntry[];
  readonly releaseNumber: string | null;
  readonly phones: PhoneFound[];
  /** Cells holding a release title ("NEWS RELEASE" beside the contact lines). */
  readonly titles: Array<{ start: number; end: number; text: string }>;
  /** Names of entries that are a desk or a label, not a person. */
  readonly desks: readonly string[];
}

/** Labels of a detail rather than of a role ("Tel:", "Fax:", "E-mail:"). */
const DETAIL_LABEL = /^(?:tel|telephone|phone|ph|fax|facsimile|e-?mail|email address|web|website|cell|mobile|direct|office|[ftpm])$/i;
/** Labels of a fax number. */
const FAX_LABEL = /^(?:fax|facsimile|f)$/i;
/** A release number's label ("Release No", "Release Number", "Release #"). */
export const RELEASE_NUMBER_LABEL = /^(?:(?:news|press)\s+)?release\s*(?:no|number|#)/i;
/** Labels that name no desk: "Contact", "For further information". */
const GENERIC_LABEL = /^(?:contacts?|(?:for\s+)?(?:further|more|additional)\s+information(?:,?\s+contact)?|for\s+information)$/i;

/** The desk a role or label names when nobody is: "Investor Relations", or null for a bare "Contact". */
export const deskName = (role: string | null): string | null => (role && !GENERIC_LABEL.test(role) ? role : null);

/** Gutter for contact columns: narrower than for tables, wider than justified spacing. */
export const CONTACT_GUTTER = 3;
/** Widest gap between a detail label and its value ("Fax:   (412) 422-2378") inside a line. */
const LABEL_GAP = 6;

export function readContactBlock(source: string, lines: readonly Line[]): ContactReading {
  const titles: ContactReading['titles'] = [];
  const phones: PhoneFound[] = [];
  let releaseNumber: string | null = null;

  const rows: LineCell[][] = lines.map((line) => {
    // "Investor Relations     Press": column heads naming desks hold no title.
    const cells = lineCells(line, CONTACT_GUTTER);
    const heads = isContactColumnHeads(cells);
    return cells.filter((cell) => {
      const first = cell.tokens[0];
      if (first?.tokenType === T.SgmlTag) return false;
      if (!heads && isReleaseTitle(cell, source)) {
        const last = cell.tokens[cell.tokens.length - 1];
        if (first && last) titles.push({ start: first.startOffset, end: endOf(last), text: spanText(source, cell.tokens) });
        return false;
      }
      return true;
    });
  });
  carryAreaCodes(rows);
  rows.forEach((row, r) => joinLabelCells(row, rows.slice(r + 1, r + 1 + ROWS_BELOW_LABEL)));
  tabSetColumns(source, rows);
  const anchors = columnAnchors(rows);
  // The last anchor at or left of the cell (anchors ascend): a binary search, since one
  // long line of cells makes as many anchors as cells.
  const columnOf = (cell: LineCell): number => {
    let lo = 0;
    let hi = anchors.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((anchors[mid] ?? 0) <= cell.left + COLUMN_SLACK) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const emails = blockAddresses(lines);
  const states: ReadState[] = anchors.map(() => ({ role: null, fax: false, afterOrganization: false }));
  let lastLabel: string | null = null;

  /** A new role begins: details under the role before, with nobody named, were its desk's. */
  const closeDesk = (reader: GroupReader, role: string | null): void => reader.closeDesk(role, deskName(role));

  const readLine = (reader: GroupReader, state: ReadState, cellTokens: readonly IToken[]): void => {
    let toks = cellTokens;
    // "Release No. 98-14", with or without a colon.
    const numbered = releaseNumberLabel(toks);
    if (numbered > 0) {
      releaseNumber = collapse(spanText(source, toks.slice(numbered))) || releaseNumber;
      return;
    }
    // Labels open the line, one or more: "Contacts:  Kestrel Labs Inc.: Corinne …".
    let labelText = '';
    for (let label = readLabel(toks); label > 0 && toks.length > 0; label = readLabel(toks)) {
      labelText = labelWords(source, toks.slice(0, label));
      toks = toks.slice(label);
      if (RELEASE_NUMBER_LABEL.test(labelText)) break;
      if (!DETAIL_LABEL.test(labelText)) {
        closeDesk(reader, state.role);
        state.role = labelText;
        lastLabel = labelText;
      }
    }
    if (RELEASE_NUMBER_LABEL.test(labelText)) {
      releaseNumber = collapse(spanText(source, toks)) || null;
      return;
    }
    // "CONTACTS:   No. 2003-02": the number stands beside a label, across the line.
    const numberedAfter = releaseNumberLabel(toks);
    if (numberedAfter > 0) {
      releaseNumber = collapse(spanText(source, toks.slice(numberedAfter)));
      return;
    }
    if (toks.length === 0 || isAddressLine(toks)) return;
    const people = peopleLine(source, toks, emails);
    if (people) {
      for (const p of people) reader.person(p.name, p.role ?? state.role);
      return;
    }
    const whole = collapse(spanText(source, toks));
    if (isRoleText(whole)) {
      closeDesk(reader, state.role);
      state.role = whole;
      return;
    }
    if (isOrganizationLine(source, toks) && !isJobTitle(toks)) {
      reader.organization(collapse(spanText(source, toks)));
      return;
    }
    readSegments({ source, reader, phones, emails, state }, toks, FAX_LABEL.test(labelText));
  };

  // Vertical groups (runs of lines between blank lines), each read column by column.
  const entries: ContactEntry[] = [];
  const desks: string[] = [];
  let previous: ContactEntry[] = [];
  // The people last named in each column: rows of a table set apart by blank lines keep their columns.
  const previousInColumn = new Map<number, ContactEntry[]>();
  for (const group of verticalGroups(lines, rows).flatMap((g) => rowsOfTable(source, g))) {
    // The group's cells by column, each cell placed once; only columns with cells are read.
    const cellsByColumn = new Map<number, LineCell[]>();
    for (const row of group) {
      for (const cell of row) {
        const c = columnOf(cell);
        const cells = cellsByColumn.get(c);
        if (cells) cells.push(cell);
        else cellsByColumn.set(c, [cell]);
      }
    }
    const columns = [...cellsByColumn.keys()].sort((a, b) => a - b);
    // Roles as the group found them: a role line of the group's own ("Investor Relations")
    // names the group.
    const rolesBefore = states.map((st) => st.role);
    const perColumn: ContactEntry[][] = [];
    const orphans: Array<{ column: number; anchor: number } & Details> = [];
    for (const [k, c] of columns.entries()) {
      const reader = new GroupReader();
      for (const cell of cellsByColumn.get(c) ?? []) readLine(reader, states[c]!, cell.tokens);
      perColumn.push(reader.finish());
      append(desks, reader.desks);
      const orphan = reader.orphanDetails();
      if (orphan) orphans.push({ column: k, anchor: c, ...orphan });
    }
    const named = perColumn.flat();
    for (const o of orphans) {
      // Details in a column without names belong to the people to their left in the same
      // rows; with nobody named in these rows, to the people of the rows above.
      let target: ContactEntry[] | undefined;
      for (let k = o.column - 1; k >= 0 && !target; k--) if (perColumn[k]?.length) target = perColumn[k];
      // A group of its own, set apart by a blank line and named by a role line of its own
      // ("Investor Relations" / "ir@acme.com"), is a desk, not more of the person above.
      const ownRole = named.length === 0 && states[o.anchor]?.role !== rolesBefore[o.anchor] && states[o.anchor]?.role != null;
      // The people of the rows above in this column, or in the nearest column left of it.
      let above: ContactEntry[] | undefined;
      for (let a = o.anchor; a >= 0 && !above?.length; a--) above = previousInColumn.get(a);
      target ??= named.length ? named : above?.length && !ownRole ? above : previous.length && !ownRole ? previous : undefined;
      // People who have numbers of their own do not take a column's: that column is a desk
      // ("Press Relations" under "Press Contact:" with its own number and address).
      const ownDetails = o.phones.length > 0 && target !== undefined && target.every((e) => e.phones.length > 0);
      if (!target || ownDetails) {
        // Nobody named anywhere yet: the desk is the contact — the most specific role or
        // label written ("Investor Relations"), or no name when that is just "Contact".
        const role = states[o.anchor]?.role ?? lastLabel;
        const name = deskName(role);
        named.push({ role, name, organization: null, phones: o.phones, faxes: o.faxes, emails: o.emails });
        desks.push(name ?? role ?? 'contact');
        continue;
      }
      for (const e of target) {
        if (!e.phones.length) append(e.phones, o.phones);
        if (!e.faxes.length) append(e.faxes, o.faxes);
        if (!e.emails.length && target.length === 1) append(e.emails, o.emails);
      }
      if (target.length > 1) {
        // Addresses nobody in the rows holds go to the first person, each checked once.
        const held = new Set<string>();
        for (const e of target) for (const m of e.emails) held.add(m);
        const first = target[0];
        if (first) for (const m of o.emails) if (!held.has(m)) first.emails.push(m);
      }
    }
    for (const [k, c] of columns.entries()) if (perColumn[k]?.length) previousInColumn.set(c, perColumn[k]!);
    append(entries, named);
    if (named.length) previous = named;
  }
  claimEmails(entries);
  return { entries, releaseNumber, phones, titles, desks };
}

/**
 * A table of people, one a row ("Gordon Ashby   (408) 555-0161   gashby@…"), two rows or
 * more: each row is read on its own, so that a row's details go to the person on it and not
 * to everyone named in the column. Other groups are read whole.
 */
function rowsOfTable(source: string, group: LineCell[][]): LineCell[][][] {
  // The person may carry a title after a comma ("Martin Aldous, Chief Executive").
  const named = (toks: readonly IToken[]): boolean => {
    const comma = toks.findIndex((t) => t.tokenType === T.Comma);
    return isPersonName(comma > 0 ? toks.slice(0, comma) : toks);
  };
  const personRow = (row: readonly LineCell[]): boolean =>
    row.length >= 2 && named(row[0]?.tokens ?? []) && row.slice(1).every((c) => hasContactDetail(source, c.tokens));
  if (group.filter(personRow).length < 2) return [group];
  // A row of details alone ("Mobile: +44 …" under the phone) goes on with the row above it.
  const detailsOnly = (row: readonly LineCell[]): boolean => row.every((c) => hasContactDetail(source, c.tokens));
  const out: LineCell[][][] = [];
  for (const row of group) {
    const current = out[out.length - 1];
    if (current && detailsOnly(row)) current.push(row);
    else out.push([row]);
  }
  return out;
}

/**
 * Addresses anywhere in the block that a name may be weighed against: each once, and at
 * most {@link MAX_CLAIMANTS}, so that checking every name against them stays linear in a
 * freak block of thousands of lines (real blocks hold a handful).
 */
function blockAddresses(lines: readonly Line[]): string[] {
  const seen = new Set<string>();
  for (const l of lines) {
    for (const t of l.tokens) {
      if (seen.size >= MAX_CLAIMANTS) return [...seen];
      if (t.tokenType === T.Email) seen.add(t.image);
    }
  }
  return [...seen];
}

/** Single blank lines, at least, that show a block typed double-spaced. */
const DOUBLE_SPACED_GAPS = 3;

/**
 * Rows split at blank lines. A block typed double-spaced sets every line apart by a blank
 * line — several such gaps, none touching, and wider gaps between people — and its groups
 * are split where the gap is wider than that.
 */
function verticalGroups(lines: readonly Line[], rows: readonly LineCell[][]): LineCell[][][] {
  const groups: LineCell[][][] = [[]];
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) gaps.push((lines[i]?.index ?? 0) - (lines[i - 1]?.index ?? 0) - 1);
  const spacing = rowsDoubleSpaced(gaps) ? 1 : 0;
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    if (prev && line.index - prev.index - 1 > spacing && (groups[groups.length - 1]?.length ?? 0) > 0) groups.push([]);
    groups[groups.length - 1]?.push(rows[i] ?? []);
  });
  return groups;
}

/**
 * Whether a contact block's rows, with `gaps` blank lines between them, are typed
 * double-spaced (see verticalGroups): one blank line between rows is then line spacing.
 */
export function rowsDoubleSpaced(gaps: readonly number[]): boolean {
  const single = gaps.filter((g) => g === 1).length;
  return !gaps.includes(0) && gaps.some((g) => g > 1) && single >= DOUBLE_SPACED_GAPS;
}

/**
 * Joins a cell that is only a label ("Tel:") with the value cell after it, in place: at
 * the start of a line whatever the gap ("Media:        Rosalind Achebe"), inside a line
 * only across a narrow gap.
 */
function joinLabelCells(row: LineCell[], below: readonly LineCell[][]): void {
  for (let k = 0; k + 1 < row.length; k++) {
    const cell = row[k];
    const next = row[k + 1];
    if (!cell || !next) continue;
    const last = cell.tokens[cell.tokens.length - 1];
    const nextLast = next.tokens[next.tokens.length - 1];
    if (last?.tokenType !== T.Colon || cell.tokens.length > 5 || nextLast?.tokenType === T.Colon) continue;
    if (k > 0 && next.left - cell.right > LABEL_GAP) continue;
    // "Contacts:        Joanna Ferraro" over "Lawrence T. Pemble   Investor Relations": the
    // label heads a column of its own, the cell beside it opens the next column.
    // (Labels under it, "Investors:   Philip Strand", are a column of labels, not of values.)
    const at = (x: number): boolean => below.some((r) => r.some((c) => Math.abs(c.left - x) <= 2 && c.tokens[c.tokens.length - 1]?.tokenType !== T.Colon));
    if (k === 0 && next.left - cell.right > LABEL_GAP && at(cell.left) && at(next.left) && below.some((r) => r.length > 1)) continue;
    row.splice(k, 2, { from: cell.from, to: next.to, left: cell.left, right: next.right, tokens: [...cell.tokens, ...next.tokens] });
  }
}

/** Rows under a label looked at to see whether it heads a column of its own. */
const ROWS_BELOW_LABEL = 3;

/** Columns apart in tab-set rows, once each cell's column is its place in its row. */
const TAB_COLUMN_WIDTH = 1000;

/** A lone joining word between two people's cells ("or", "and"). */
export const isJoiner = (c: LineCell): boolean => c.tokens.length === 1 && (c.tokens[0]?.tokenType === T.KwOr || c.tokens[0]?.tokenType === T.KwAnd);

/**
 * Columns set with tabs in a word processor ("Henry Tolputt⇥⇥or⇥Lavinia Merriman" /
 * "⇥(802) 555-0172⇥⇥⇥(802) 555-0173"): the tabs reach the writer's own tab stops, not
 * EDGAR's every eight columns, so the cells of a column do not line up as printed. Where
 * every row of two cells or more parts them with tabs, and all such rows hold as many cells
 * (a lone "or"/"and" between people aside), a cell's column is its place in its row.
 */
function tabSetColumns(source: string, rows: LineCell[][]): void {
  tabSetRows(source, rows)?.forEach((row, i) => {
    rows[i] = row.filter((c) => !isJoiner(c)).map((c, k) => ({ ...c, left: k * TAB_COLUMN_WIDTH, right: k * TAB_COLUMN_WIDTH + (c.right - c.left) }));
  });
}

/**
 * The rows of a block set in columns with tabs (see tabSetColumns), each cut at its tabs —
 * a tab parts cells however few columns it spans ("Chief Financial Officer⇥Investor
 * Relations") — with a label cut off by its tab joined again to the cell after it
 * ("CONTACT:⇥Henry Tolputt") and a lone joiner kept as a cell of its own; null when the
 * block is not set so. The reader places the cells by their order; `format` lays the rows
 * out with spaces (../tab-columns.ts).
 */
export function tabSetRows(source: string, rows: ReadonlyArray<readonly LineCell[]>): LineCell[][] | null {
  const cut = rows.map((row) => row.flatMap((c) => splitAtTabs(source, c)));
  for (const row of cut) joinLabelCells(row, []);
  const wide = cut.map((row) => row.filter((c) => !isJoiner(c))).filter((row) => row.length >= 2);
  if (wide.length < 2 || wide.some((row) => row.length !== wide[0]?.length)) return null;
  const tabbed = (a: LineCell, b: LineCell): boolean => {
    const end = a.tokens[a.tokens.length - 1];
    const start = b.tokens[0];
    return end !== undefined && start !== undefined && tabBetween(source, end, start);
  };
  return wide.every((row) => row.every((c, k) => k === 0 || tabbed(row[k - 1] as LineCell, c))) ? cut : null;
}

/** Whether a tab stands between two tokens of a line. */
export const tabBetween = (source: string, a: IToken, b: IToken): boolean => source.slice(endOf(a), b.startOffset).includes('\t');

/** A cell cut wherever a tab stands between two of its tokens. */
function splitAtTabs(source: string, cell: LineCell): LineCell[] {
  const out: LineCell[] = [];
  let from = 0;
  for (let k = 1; k <= cell.tokens.length; k++) {
    const prev = cell.tokens[k - 1] as IToken;
    const next = cell.tokens[k];
    if (next && !tabBetween(source, prev, next)) continue;
    const tokens = cell.tokens.slice(from, k);
    out.push(from === 0 && k === cell.tokens.length ? cell : { from: cell.from + from, to: cell.from + k, left: cell.left, right: cell.right, tokens });
    from = k;
  }
  return out;
}

/**
 * Column starts: the left edge of every cell that follows a gutter on its line, and the
 * margin. A block with no such cell is one column, however its lines are indented.
 */
function columnAnchors(rows: readonly LineCell[][]): number[] {
  const lefts: number[] = [];
  for (const row of rows) for (const cell of row.slice(1)) lefts.push(cell.left);
  return anchorsAt(lefts);
}

/** Columns closer than this to the column before them are the same column. */
const ANCHOR_MERGE = 4;
/** Columns a cell may stand left of its column's start and still be in it. */
const COLUMN_SLACK = 2;

/** Column starts from the left edges of cells that follow a gutter: the margin, then each edge further than ANCHOR_MERGE from the last. */
function anchorsAt(lefts: readonly number[]): number[] {
  const anchors = [0];
  for (const l of [...lefts].sort((a, b) => a - b)) if (l - (anchors[anchors.length - 1] ?? 0) > ANCHOR_MERGE) anchors.push(l);
  return anchors;
}

/**
 * Whether a cell set in `left` columns stands in a column of its own, not the margin's, among
 * rows whose cells after a gutter start at `lefts` (as readContactBlock places cells): a line
 * set in that far is read in that column, and moved to the margin it would be read in another.
 */
export function inColumnPastMargin(left: number, lefts: readonly number[]): boolean {
  return anchorsAt(lefts).some((a) => a > 0 && a <= left + COLUMN_SLACK);
}

/** The word after "Release" in a release-number label. */
const NUMBER_WORD = /^(?:no|number|#)$/i;

/** Tokens a release-number label takes ("Release No.", "Release Number:", "News Release #"), or 0. */
function releaseNumberLabel(toks: readonly IToken[]): number {
  const first = toks[0];
  // "No. 2003-02" alone in its cell: a release number without the word "Release".
  if (first && NUMBER_WORD.test(first.image) && first.tokenType !== T.KwRelease) {
    const n = toks[1]?.tokenType === T.Period ? 2 : 1;
    return isNumberCode(toks.slice(n)) ? n : 0;
  }
  // "News Release No. 07-11", "Press Release #14": the kind of release before the label.
  const kind = first?.tokenType === T.KwNews || first?.tokenType === T.KwPress ? 1 : 0;
  const release = toks[kind];
  const word = toks[kind + 1];
  if (release?.tokenType !== T.KwRelease || !word || !NUMBER_WORD.test(word.image)) return 0;
  let n = kind + 2;
  if (toks[n]?.tokenType === T.Period) n++;
  if (toks[n]?.tokenType === T.Colon) n++;
  return n < toks.length ? n : 0;
}

/** A release's serial number: digits in two or three groups ("2003-02", "97/14"). */
function isNumberCode(toks: readonly IToken[]): boolean {
  if (toks.length !== 3 && toks.length !== 5) return false;
  return toks.every((t, i) => (i % 2 === 0 ? t.tokenType === T.Number && /^\d+$/.test(t.image) : t.tokenType === T.Hyphen || t.tokenType === T.Slash));
}

/** A label's words, without its brackets and colon ("[Press Contact:]" → "Press Contact"). */
function labelWords(source: string, toks: readonly IToken[]): string {
  const words = toks.filter((t) => t.tokenType !== T.Colon && t.tokenType !== T.LBracket && t.tokenType !== T.RBracket);
  return spanText(source, words);
}

/** Tokens a label takes ("Media Contact:", "[Press Information Contact:]"), or 0. */
function readLabel(toks: readonly IToken[]): number {
  const colon = toks.findIndex((t) => t.tokenType === T.Colon);
  if (colon <= 0 || colon > 6) return 0;
  const ok = toks
    .slice(0, colon)
    .every((t) => t.tokenType === T.Hyphen || t.tokenType === T.Slash || t.tokenType === T.Period || t.tokenType === T.LBracket || t.tokenType === T.Ampersand || t.tokenType === T.Comma || /^[a-z]/i.test(t.image));
  if (!ok) return 0;
  let n = colon + 1;
  if (toks[n]?.tokenType === T.RBracket) n++;
  return n;
}

/** Most people among whom addresses are matched to names. */
const MAX_CLAIMANTS = 64;

/** Moves each address to the person it names; drops entries left empty. */
function claimEmails(entries: ContactEntry[]): void {
  // Each address is weighed against every name: bounded, so a freak block of thousands
  // of lines stays linear (real blocks name a handful of people).
  const claimants = entries.length <= MAX_CLAIMANTS ? entries : [];
  for (const holder of [...claimants]) {
    for (const address of [...holder.emails]) {
      let best: ContactEntry | null = null;
      let score = holder.name ? emailMatchesName(address, holder.name) : 0;
      for (const e of claimants) {
        const s = e.name ? emailMatchesName(address, e.name) : 0;
        if (s >= 2 && s > score) {
          best = e;
          score = s;
        }
      }
      if (best && best !== holder) {
        holder.emails.splice(holder.emails.indexOf(address), 1);
        best.emails.push(address);
      }
    }
  }
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (e && !e.name && !e.phones.length && !e.faxes.length && !e.emails.length) entries.splice(i, 1);
  }
}

/**
 * "…, Finance, (403)" over "555-0129; Lise Bouchard, …": an area code that ends a one-column
 * line belongs to the number that opens the next line. It moves there, so the line readers,
 * which read line by line, see one phone. Cells are shared: new ones are made.
 */
function carryAreaCodes(rows: LineCell[][]): void {
  for (let i = 0; i + 1 < rows.length; i++) {
    const row = rows[i];
    const next = rows[i + 1];
    const cell = row?.[0];
    const below = next?.[0];
    if (!row || !next || row.length !== 1 || !cell || !below) continue;
    const t = cell.tokens;
    const n = t.length;
    const areaCode = n >= 4 && t[n - 3]?.tokenType === T.LParen && /^\d{3}$/.test(t[n - 2]?.image ?? '') && t[n - 1]?.tokenType === T.RParen;
    const number = below.tokens[0]?.tokenType === T.Number && (below.tokens[1]?.tokenType === T.Hyphen || below.tokens[1]?.tokenType === T.Period);
    if (!areaCode || !number) continue;
    row[0] = { ...cell, tokens: t.slice(0, n - 3) };
    next[0] = { ...below, tokens: [...t.slice(n - 3), ...below.tokens] };
  }
}
