/**
 * Contact blocks beyond what the block grammar groups under a contact label: blocks that go
 * on with a contact block, front matter with a release number or a contact column, contact
 * sentences in the body, and contact blocks that are one.
 *
 * > | CONTACT:  Jane Roe
 * > |           (212) 555-0100
 * > |
 * > |           John Doe            <- goes on with the block above
 * > |           (212) 555-0101
 */
import { tokenMatcher, type IToken, type TokenType } from 'chevrotain';
import * as T from '../../../../grammars/tokens/text.js';
import { blockTokens, contentLines, isPageFurniture, SAMPLE_TOKENS, type DocView, type Planned } from '../../decide/plan.js';
import type { RuleId } from '../../rules.js';
import type { Line } from '../../lex.js';
import { lineCells, type LineCell } from '../../layout/cells.js';
import { TYPEWRITER_WIDTH } from '../../layout/geometry.js';
import { isProseContact, proseContactStart, RELEASE_NUMBER_LABEL } from './reader/index.js';
import { isAddressLine, isOrganizationLine, segmentsOf } from './reader/segments.js';
import { isJobTitle, isPersonName, withoutHonorific } from './reader/people.js';
import { isLetterhead } from '../letterhead/rules.js';
import { isCapitalLabelWord, isContactLabel } from '../../shapes.js';
import { lower, spanText } from '../../cst.js';
import { hasContactDetail } from '../../text/signals.js';
import { CONTACT_LABEL_WORDS, CONTACT_ROLE_WORDS, DESK_WORDS, POST_WORDS } from '../../lexicon/index.js';

/** Marks that frame a lone word on its line: "-or-", "- and -", "(or)". */
const FRAMING = new Set<TokenType>([T.Hyphen, T.Dashes, T.LParen, T.RParen]);

/** Most lines of a block that goes on with a contact block above it (two people, six lines each). */
const MAX_CONTACT_LINES = 14;

/** Widest column of a contact block, in characters. */
const MAX_CONTACT_CELL = 60;

/**
 * Whether block `b`, right after the contact block `above` (blank lines or a page turn
 * between), goes on with it: "OR" alone between two people's blocks, or contact details —
 * another person, a phone, an e-mail — laid out in short columns. A table of such columns
 * (EDGAR wraps letterheads in <TABLE> tags) does too, unless it holds money. The rule that
 * says so, or null.
 */
export function continuesContact(view: DocView, above: Planned, b: Planned, below: readonly Planned[] = []): RuleId | null {
  // A rule under a contact table's column heads ("Contact   Telephone   E-mail" / "-----   ----"),
  // with the rows right under it.
  if (b.role === 'rule') return ruledContactRows(view, above, b, below[0]) ? 'contact-continues' : null;
  if (b.role !== 'paragraph' && b.role !== 'table') return null;
  const lines = contentLines(view, b);
  // A contact set in a column beside the title goes on only in its column: a block under it
  // whose first line has nothing there (a centred letterhead: "THIRLMERE WATER COMPANY" /
  // its address / "Telephone …") is not its.
  const column = above.column;
  if (column !== undefined && lines[0] && !lineCells(lines[0], 3).some((c) => c.left >= column - COLUMN_SLACK)) return null;
  // Contact lines each set apart by a blank line ("CONTACT:" / "Acme, Inc." / "Jane Roe" /
  // "Chief Financial Officer" / "503-555-0168"): a short line without details goes on with
  // the block above when details follow within a few such lines.
  if (lines.length === 1 && isNarrow(lines) && detailsFollow(view, below)) return 'contact-announced';
  // "OR" alone between two people's blocks joins them (also framed: "-or-", "(or)").
  const only = lines.length === 1 ? lines[0]?.tokens.filter((t) => !FRAMING.has(t.tokenType)) : undefined;
  if (only?.length === 1 && (only[0]?.tokenType === T.KwOr || only[0]?.tokenType === T.KwAnd)) return 'contact-or-joiner';
  if (lines.length > MAX_CONTACT_LINES) return null;
  const toks = blockTokens(view, b);
  if (b.role === 'table' && toks.some((t) => t.tokenType === T.Dollar || t.tokenType === T.Percent)) return null;
  const narrow = isNarrow(lines);
  // A label alone ("For further information:") announces the block under it, however set.
  const announced = announces(view, above);
  if ((narrow || announced) && (hasContactDetail(view.doc.source, toks) || (b.role === 'table' && toks.some((t) => t.tokenType === T.SgmlTag)))) return 'contact-continues';
  return null;
}

/** Columns a line of a column block may stand left of the column's edge. */
const COLUMN_SLACK = 2;

/**
 * Consecutive contact blocks (only blank lines between) are one contact block: a label
 * line, columns of people, an address line after a blank line are read together.
 */
export function mergeContacts(view: DocView, blocks: Planned[]): Planned[] {
  const out: Planned[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b) continue;
    const prev = out[out.length - 1];
    // A page turn between two contact blocks is layout too: they are one block across it.
    let j = i;
    while (blocks[j]?.role === 'pageBreak') j++;
    const next = blocks[j];
    // A contact sentence is whole in itself ("For additional information contact Lamar B.
    // Tolliver III … at (864) 555-0103."): a block of contact lines under it is read apart.
    const sentence = (x: Planned): boolean => x.rules.includes('contact-in-prose');
    if (prev && next && prev.role === 'contact' && next.role === 'contact' && !sentence(prev) && !sentence(next) && onlyLayoutBetween(view, prev.last, next.first)) {
      prev.last = next.last;
      prev.end = next.end;
      prev.rules.push('contact-merge');
      i = j;
      continue;
    }
    out.push(b);
  }
  return out;
}

/** Whether only blank lines and page furniture stand between lines `a` and `b`. */
function onlyLayoutBetween(view: DocView, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (!view.doc.lines[i]?.blank && !isPageFurniture(view, i)) return false;
  return true;
}

/**
 * A person's name alone on its line, with the post and the numbers under it set one a line,
 * a blank line between (an HTML page's paragraphs): the first line of a contact card.
 *
 * > | Janet Ruddock
 * > |
 * > | Vice President, Investor Relations
 * > |
 * > | (303) 555-0184
 */
export function isPersonOverDetails(view: DocView, b: Planned, below: readonly Planned[]): boolean {
  if (b.role !== 'paragraph' || b.first !== b.last) return false;
  const line = view.doc.lines[b.first];
  return line !== undefined && lineCells(line, 3).length === 1 && isPersonName(withoutHonorific(line.tokens)) && detailsFollow(view, below);
}

/** Most one-line blocks (a name, a title, a firm) that may stand between a contact and its details. */
const LINES_BEFORE_DETAILS = 3;

/** Whether contact details come in the first of `below` (one-line, narrow blocks until then). */
function detailsFollow(view: DocView, below: readonly Planned[]): boolean {
  for (const b of below.slice(0, LINES_BEFORE_DETAILS)) {
    if (b.role !== 'paragraph') return false;
    const lines = contentLines(view, b);
    if (lines.length !== 1 || !isNarrow(lines)) return false;
    if (hasContactDetail(view.doc.source, blockTokens(view, b))) return true;
  }
  return false;
}

/** Whether a rule set in columns sits right under a contact block, rows with contact details right under it. */
function ruledContactRows(view: DocView, above: Planned, rule: Planned, rows: Planned | undefined): boolean {
  if (!rows || rule.first !== above.last + 1 || rows.first !== rule.last + 1) return false;
  const line = view.doc.lines[rule.first];
  return line !== undefined && lineCells(line, 3).length >= 2 && hasContactDetail(view.doc.source, blockTokens(view, rows));
}

/** A label alone on its line ("Contact:", "For further information:"). */
function announces(view: DocView, b: Planned): boolean {
  return b.first === b.last && view.doc.lines[b.last]?.tokens.at(-1)?.tokenType === T.Colon;
}

/**
 * A block of contact details under a label of label words and a colon alone on its line,
 * whatever the words ("Company:" over a person and a phone as "Investors:" over another):
 * set in narrow lines, it is a contact block by what it holds.
 *
 * > | Company:
 * > | Nikos Andreou
 * > | Tel: +30 210 555 0141
 */
export function isLabelledDetails(view: DocView, b: Planned): boolean {
  if (b.role !== 'paragraph') return false;
  // One line more than a contact block takes is enough to tell a longer block.
  const lines = contentLines(view, b, MAX_CONTACT_LINES + 1);
  const label = lines[0]?.tokens ?? [];
  if (lines.length < 2 || lines.length > MAX_CONTACT_LINES || !isNarrow(lines)) return false;
  const found = contactLabelWords(label, MOST_LABEL_WORDS);
  if (!found) return false;
  const { words, colon } = found;
  if (colon) return hasContactDetail(view.doc.source, blockTokens(view, b));
  // Without a colon, a desk's name ("Investor Relations") over lines that each hold a number
  // or an address and nothing much else: a heading would have running text under it.
  const desk = DESK_WORDS.has(lower(words[words.length - 1])) || words[words.length - 1]?.tokenType === T.KwContact;
  return desk && lines.slice(1).every((l) => l.tokens.length <= DETAIL_LINE_TOKENS && hasContactDetail(view.doc.source, l.tokens));
}

/**
 * A row of column heads over contacts set side by side: each head a label ending in a colon,
 * one a contact label ("COMPANY:   INVESTORS:   MEDIA:"); each a role word alone, as an HTML
 * table heads its columns ("Investors   Media"); or, opening its block (a role row under names
 * is part of the card), each a desk or a post, one of them label words at least ("Investor
 * Relations   Chief Financial Officer   Media").
 *
 * > | Investor Relations      Chief Financial Officer      Media
 * > | Calum Mathieson         Rhiannon Gair                Torran Hay
 */
export function isContactColumnHeads(heads: readonly LineCell[], opensBlock = true): boolean {
  if (heads.length < 2) return false;
  if (heads.every((c) => c.tokens[c.tokens.length - 1]?.tokenType === T.Colon) && heads.some((c) => isContactLabel(c.tokens))) return true;
  if (heads.every((c) => c.tokens.length === 1 && c.tokens[0] !== undefined && isCapitalLabelWord(c.tokens[0], CONTACT_ROLE_WORDS))) return true;
  if (!opensBlock) return false;
  const isLabel = (c: LineCell): boolean => contactLabelWords(c.tokens, MOST_LABEL_WORDS) !== null;
  // A post: capitalised words ending in a post word ("Chief Financial Officer", "CFO").
  const isPost = (c: LineCell): boolean =>
    c.tokens.length <= MOST_LABEL_WORDS + 1 && c.tokens.every((t) => tokenMatcher(t, T.AnyWord) && /^\p{Lu}/u.test(t.image)) && POST_WORDS.has(lower(c.tokens.at(-1)));
  return heads.every((c) => isLabel(c) || isPost(c)) && heads.some(isLabel);
}

/**
 * A contact card with no label: short lines, each a person, a post, a desk, a firm, an
 * address, a number, an e-mail or a web address, one of them naming a person and one giving
 * a number or an e-mail; cards side by side read column by column. Running text, a table or
 * a heading has lines of other kinds.
 *
 * > | Cresswell Minerals Corp.
 * > | Hamish Widdrington
 * > | Chief Financial Officer
 * > | (604) 555-0193
 */
export function isContactCard(view: DocView, b: Planned): boolean {
  if (b.role !== 'paragraph') return false;
  const lines = contentLines(view, b, MAX_CONTACT_LINES + 1);
  if (lines.length < 3 || lines.length > MAX_CONTACT_LINES || !isNarrow(lines)) return false;
  const source = view.doc.source;
  let person = false;
  let detail = false;
  // Cards may stand side by side, one a column: each cell is read as a line of its own.
  for (const cell of lines.flatMap((line) => lineCells(line, 3))) {
    const toks = cell.tokens;
    if (toks.length > DETAIL_LINE_TOKENS) return false;
    // "One Park Square West" is a street, not a person.
    const address = isAddressLine(toks);
    const named = !address && isPersonName(withoutHonorific(toks));
    const details = hasContactDetail(source, toks);
    person ||= named;
    detail ||= details;
    const web = toks.length === 1 && toks[0]?.tokenType === T.Url;
    if (!named && !details && !web && !isJobTitle(toks) && contactLabelWords(toks, MOST_LABEL_WORDS) === null && !isOrganizationLine(source, toks) && !address) return false;
  }
  return person && detail;
}

/** Most tokens of a line that holds a number or an address alone ("+1 (212) 555-0140 ext. 12"). */
const DETAIL_LINE_TOKENS = 12;

/**
 * Contact details under a heading of label words naming contacts, a blank line between
 * ("Contact Information" / "Lybster Energy Corp." / "Ewan R. Gunnery" / "(403) 555-0119"):
 * the block the heading announces.
 */
export function isUnderContactHeading(view: DocView, above: Planned | undefined, b: Planned): boolean {
  if (!above || b.role !== 'paragraph' || above.first !== above.last) return false;
  const found = contactLabelWords(contentLines(view, above)[0]?.tokens ?? [], MOST_LABEL_WORDS + 1);
  if (!found || !found.words.some((w) => w.tokenType === T.KwContact)) return false;
  const lines = contentLines(view, b, MAX_CONTACT_LINES + 1);
  return lines.length <= MAX_CONTACT_LINES && isNarrow(lines) && hasContactDetail(view.doc.source, blockTokens(view, b));
}

/**
 * A contact label's words, its colon off: one to `most` capitalised label words ("Company:",
 * "Investor Relations", "Contact Information"), or null.
 */
function contactLabelWords(label: readonly IToken[], most: number): { words: readonly IToken[]; colon: boolean } | null {
  const colon = label[label.length - 1]?.tokenType === T.Colon;
  const words = colon ? label.slice(0, -1) : label;
  if (words.length === 0 || words.length > most || !words.every((w) => isCapitalLabelWord(w, CONTACT_LABEL_WORDS, true))) return null;
  return { words, colon };
}

/** Most words of a label over contact details. */
const MOST_LABEL_WORDS = 3;

/** Lines set in columns no wider than a contact block's. */
function isNarrow(lines: readonly Line[]): boolean {
  return lines.every((l) => lineCells(l, 3).every((c) => c.right - c.left <= MAX_CONTACT_CELL));
}

/**
 * Front matter read as contact information: a "Release No: 2005-12" line, or a letterhead
 * with a contact column beside it ("FOR:  ACME FOODS, INC.      CONTACT:  Ann Vries" over
 * "Omaha, Nebraska      (402) 555-0188"), read whole, column by column. The rule, or null.
 */
export function frontContact(view: DocView, b: Planned): RuleId | null {
  if (b.role !== 'paragraph') return null;
  const lines = contentLines(view, b);
  for (const line of lines) {
    if (lineCells(line, 3).some((c) => RELEASE_NUMBER_LABEL.test(spanText(view.doc.source, c.tokens)))) return 'release-number-contact';
  }
  if (b.last - b.first >= LETTERHEAD_CONTACT_LINES) return null;
  if (namesPersonInLetterhead(view, b, lines)) return 'contact-in-letterhead';
  const beside = lines.some((l) => lineCells(l, 3).some((c, k) => k > 0 && isContactLabel(c.tokens.slice(0, c.tokens.findIndex((t) => t.tokenType === T.Colon) + 1))));
  return beside && hasContactDetail(view.doc.source, blockTokens(view, b)) ? 'contact-column-beside' : null;
}

/**
 * A letterhead that names a person on a line of their own, with a number: the person to call
 * ("LYDGATE BANCSHARES, INC." / "12 Market Square" / "Walter E. Penrose III, President" /
 * "(717) 555-0108"). A letterhead with the company's number alone names no contact.
 */
function namesPersonInLetterhead(view: DocView, b: Planned, lines: readonly Line[]): boolean {
  if (!isLetterhead(view, b) || !hasContactDetail(view.doc.source, blockTokens(view, b))) return false;
  return lines.some((l) => {
    // A person's name is written in mixed case; the firm's and the city's lines are no person's.
    const name = segmentsOf(l.tokens)[0] ?? [];
    const mixedCase = name.some((t) => /[a-z]/.test(t.image));
    return l.tokens.length <= PERSON_LINE_TOKENS && mixedCase && isPersonName(withoutHonorific(name)) && !isOrganizationLine(view.doc.source, l.tokens) && !isAddressLine(l.tokens);
  });
}

/** Most tokens of a line naming a person and their post ("Ms. Carolyn T. Ashby, Corporate Secretary"). */
const PERSON_LINE_TOKENS = 16;

/** Most lines of a letterhead with a contact column beside it. */
const LETTERHEAD_CONTACT_LINES = 8;

/** Tokens enough to see how a contact sentence opens. */
const OPENING_TOKENS = 12;

/**
 * A paragraph of the body that is a contact sentence ("For more information contact Gail
 * Stroud at (800) 555-0192 or gstroud@…").
 */
export function isContactSentence(view: DocView, b: Planned): boolean {
  // A cheap look at how the block opens first.
  if (b.role !== 'paragraph' || proseContactStart(blockTokens(view, b, OPENING_TOKENS)) < 0) return false;
  return isProseContact(blockTokens(view, b, SAMPLE_TOKENS), contentLines(view, b).length);
}

/** Share of the page's measure a wrapped line reaches. */
const WRAPPED_FILL = 0.85;

/**
 * A contact label running on into a paragraph wrapped as prose ("FOR FURTHER INFORMATION
 * PLEASE CONTACT: Acme Energy Ltd., Neil" / "Ashcroft, President, (403) 555-0190; or …"):
 * every line but the last fills the page, stops mid-item (a comma, a semicolon, a word —
 * not a phone, an address or a full stop), sits in no columns, and the lines under it come
 * back to the margin. Read as one run, a name broken over two lines stays whole. The token
 * after the label's colon, or -1.
 */
export function wrappedLabelEnd(view: DocView, lines: readonly Line[], toks: readonly IToken[]): number {
  if (lines.length < 2) return -1;
  const colon = toks.findIndex((t) => t.tokenType === T.Colon);
  if (colon < 0 || !isContactLabel(toks.slice(0, colon + 1))) return -1;
  // Measured on the typewriter page, not on the page the text's lines set: a wider page (one
  // long line, a table) should not make wrapped lines look short, and a narrower one is set
  // by the body's paragraphs, which `format` re-flows to the typewriter page (a page of a few
  // short paragraphs narrows or widens with them, and the label's reading would follow).
  const measure = TYPEWRITER_WIDTH - view.margin;
  const runsOn = (l: Line): boolean => {
    const last = l.tokens[l.tokens.length - 1];
    const midItem = last !== undefined && (last.tokenType === T.Comma || last.tokenType === T.Semicolon || (tokenMatcher(last, T.AnyWord) && last.tokenType !== T.Email));
    // Wide as well as reaching far: a column of short lines set at the right reaches far too.
    return midItem && l.right - Math.max(l.indent, view.margin) >= WRAPPED_FILL * measure;
  };
  if (!lines.slice(0, -1).every(runsOn) || lines.some((l) => lineCells(l, 3).length > 1)) return -1;
  // Wrapped text comes back to the margin; lines set in under the words after the label
  // ("CONTACT:  Walter Brzezinski, President" / "          Linda Capaldi, …") are laid out.
  const first = lines[0];
  const after = toks[colon + 1];
  const hanging = first?.columns[first.tokens.indexOf(after as IToken)] ?? Infinity;
  if (lines.slice(1).some((l) => l.indent >= hanging - 2)) return -1;
  return colon + 1;
}
