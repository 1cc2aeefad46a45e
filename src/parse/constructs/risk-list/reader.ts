/**
 * Finds the enumerated risk factors of a safe-harbor paragraph.
 *
 * How releases write them: a sentence about risks or uncertainties names them after a cue
 * (cues.ts: "including", "include:", "such as", a bare colon …) up to the end of that
 * sentence; a later sentence that points back at the list carries it on. Items are split at
 * labels ("(i)", "1)"), else at semicolons, else at commas outside parentheses. A comma phrase that
 * elaborates the item before it ("…, including …") stays with it, and so does a series of
 * single words ("trade, legal, social, and economic risks"). Fewer than two items is no
 * enumeration.
 */
import { tokenMatcher, type IToken, type TokenType } from 'chevrotain';
import { riskListGrammar } from '../../../../grammars/risk-list.js';
import * as T from '../../../../grammars/tokens/text.js';
import { matchWhole } from '../../match.js';
import { children, endOf, lower, tokensOf } from '../../cst.js';
import type { RiskList } from '../../../tree/nodes/risk-list.js';
import { ABBREVIATIONS, REFERENCE_OPENERS, MODALS, ELABORATION, DETERMINERS, PREPOSITIONS, CATCH_ALL_NOUNS, SECOND_ITEM_OPENERS, ADJECTIVE_ENDINGS, ORDINAL_LABELS, LIST_CONTINUATIONS, REFERENCE_PARTICIPLES, SUBJECT_LINKS, REGIONS, isLegalForm } from '../../lexicon/index.js';
import { successors } from '../../text/label-series.js';
import { lastParenLabel, parenLabel } from '../../run-on-labels.js';
import { AFFECTED, causeEnd, cueEnd, DIFFER, GENERAL_CAUSE_TOKENS, reintroduced, RISK_WORDS, skipPhrase } from './cues.js';

export interface ItemFound {
  /** Range of the item node: its label (if any) through its last word. */
  readonly start: number;
  readonly end: number;
  readonly label: string | null;
  /** Tokens of the item's text, without label and joiners. */
  readonly tokens: readonly IToken[];
}

export interface RiskListFound {
  readonly style: RiskList['style'];
  readonly items: readonly ItemFound[];
}


/** Cues tried in one sentence. */
const MAX_CUES = 4;
/** Longest sentence (in tokens) read for a list; the longest real ones are under 1,500. */
const MAX_SENTENCE = 4000;

/** Splits tokens into sentences (index ranges [from, to), `to` after the closing period). */
export function sentences(tokens: readonly IToken[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const ends = t.tokenType === T.Period || (t.tokenType === T.Other && (t.image === '!' || t.image === '?'));
    if (!ends) continue;
    const prev = tokens[i - 1];
    let next = tokens[i + 1];
    let close = i;
    if (next?.tokenType === T.Quote || next?.tokenType === T.RParen) {
      close = i + 1;
      next = tokens[i + 2];
    }
    if (t.tokenType === T.Period && prev && isAbbreviation(prev)) continue;
    if (next && !/^[A-Z"'(\u201C]/.test(next.image)) continue;
    out.push([from, close + 1]);
    from = close + 1;
    i = close;
  }
  if (from < tokens.length) out.push([from, tokens.length]);
  return out;
}

function isAbbreviation(t: IToken): boolean {
  if (!tokenMatcher(t, T.AnyWord)) return false;
  if (t.image.length === 1 && /[A-Z]/.test(t.image)) return true;
  return ABBREVIATIONS.has(t.image.toLowerCase());
}

/** Finds the (first) risk list of a paragraph's tokens, or null. */
export function findRiskList(tokens: readonly IToken[], isPageToken: (t: IToken) => boolean): RiskListFound | null {
  return readRiskList(tokens, isPageToken).lists[0] ?? null;
}

export interface RiskListReading {
  /** The paragraph's risk lists in order: one, or more where sentences carry the enumeration on. */
  readonly lists: readonly RiskListFound[];
  /** A cue that opened no list of two items or more: its sentence's range, for a warning. */
  readonly unsplit: { readonly start: number; readonly end: number } | null;
}

/**
 * Most tokens before its verb a sentence that carries an enumeration on takes ("Other factors
 * that could cause actual results to differ include …" is 10).
 */
const CONTINUATION_REACH = 12;

/**
 * Like {@link findRiskList}, and also says where a cue led to no enumeration. `introduced`:
 * the block above ended on a cue ("… include the following:"), so the list opens the block.
 *
 * After the first list, a sentence is read only when it carries the enumeration on: it opens
 * by pointing back at the list ("They also include …", "Other factors include …") and names
 * its items with "include" (or a colon) as its verb within its first words — not "including"
 * after a reference ("Other factors are described in our filings, including the Form 10-K").
 */
export function readRiskList(tokens: readonly IToken[], isPageToken: (t: IToken) => boolean, introduced = false): RiskListReading {
  let unsplit: RiskListReading['unsplit'] = null;
  const lists: RiskListFound[] = [];
  const toks = tokens.filter((t) => !isPageToken(t));
  let listAbove = false;
  let first = true;
  for (const [from, to] of labelledSentencesJoined(toks, sentences(toks))) {
    const opensBlock = first && introduced;
    first = false;
    const carriesOn = listAbove && LIST_CONTINUATIONS.has(lower(toks[from]));
    listAbove = false;
    // Cues tried per sentence and sentence length are bounded: work stays linear in the text.
    if (to - from > MAX_SENTENCE || (lists.length > 0 && !carriesOn)) continue;
    const sentence = toks.slice(from, to);
    const found = opensBlock ? listAt(sentence, 0) : sentenceList(sentence, carriesOn);
    if (found.list) {
      lists.push(found.list);
      listAbove = true;
    } else if (!unsplit) unsplit = found.unsplit;
  }
  return { lists, unsplit };
}

/**
 * Items written as whole sentences, each after its label ("… including the following: (1)
 * Changes in interest rates could reduce the margin. (2) Competition may increase. …"): a
 * sentence that opens with the label following the last one of the sentence before goes on
 * with it, so the labelled series is read whole.
 */
function labelledSentencesJoined(toks: readonly IToken[], ranges: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [from, to] of ranges) {
    const prev = out[out.length - 1];
    const label = parenLabel(toks, from);
    const last = prev && label !== null && prev[1] - prev[0] <= MAX_SENTENCE ? lastParenLabel(toks.slice(prev[0], prev[1])) : null;
    if (prev && last !== null && label !== null && successors(last).includes(label)) prev[1] = to;
    else out.push([from, to]);
  }
  return out;
}

/** The list a sentence names after a risk cue, or where its cue led to none. */
function sentenceList(sentence: readonly IToken[], carriesOn: boolean): { list: RiskListFound | null; unsplit: RiskListReading['unsplit'] } {
  let unsplit: RiskListReading['unsplit'] = null;
  const differs = sentence.some((t) => DIFFER.test(t.image));
  const affected = sentence.some((t) => AFFECTED.test(t.image));
  if (!carriesOn && !differs && !affected && !RISK_WORDS.test(sentence.map((t) => t.image).join(' '))) return { list: null, unsplit };
  // What a cue opens is a list of risks only if the sentence has named risks before it
  // ("involve risks and uncertainties, including …"), not statements ("Certain statements,
  // including …") or a run-in heading ("Safe Harbor Statement: …") — or if the sentence
  // points back at the list before it (see readRiskList).
  if (carriesOn) return continuedList(sentence);
  const named = subjectList(sentence);
  if (named.list) return named;
  let riskNamed = false;
  let cues = 0;
  for (let i = 0; i < sentence.length && cues < MAX_CUES; i++) {
    const prev = sentence[i - 1];
    if (prev && RISK_WORDS.test(prev.image)) riskNamed = true;
    // "results may differ materially because of X, Y and Z", "could be affected by X, Y or
    // Z": after the cause, the risks are named, though the sentence may never say "risks".
    let end = riskNamed ? cueEnd(sentence, i) : -1;
    if (end < 0 && (differs || affected)) {
      end = causeEnd(sentence, i);
      // "due to a variety of risk factors, including …": the cause names the risks in
      // general; the list comes after the cue further on.
      // A label right after the cause opens the series itself ("because of (a) the risk that …").
      if (end >= 0 && parenLabel(sentence, end) === null && sentence.slice(end, end + GENERAL_CAUSE_TOKENS).some((t) => RISK_WORDS.test(t.image))) end = -1;
    }
    if (end < 0 || end >= sentence.length) continue;
    cues++;
    const found = listAt(sentence, reintroduced(sentence, end));
    if (found.list) return found;
    unsplit ??= found.unsplit;
  }
  return { list: null, unsplit };
}

/** Most tokens from "are" to the risk word ("are among some of the important factors"). */
const SUBJECT_LINK_REACH = 6;

/**
 * The risks named before their cue, as the sentence's subject: "Changes in product mix, the
 * timing of orders … and the availability of foundry capacity are among the factors that
 * could cause actual results to differ materially". Only "are" and words that place the
 * list among the factors stand between ("are subject to risks" names no list).
 */
function subjectList(sentence: readonly IToken[]): { list: RiskListFound | null; unsplit: RiskListReading['unsplit'] } {
  for (let i = 2; i < sentence.length; i++) {
    const w = lower(sentence[i]);
    if (w !== 'are' && w !== 'were') continue;
    let k = i + 1;
    while (k < sentence.length && k - i <= SUBJECT_LINK_REACH && SUBJECT_LINKS.has(lower(sentence[k]))) k++;
    const head = sentence[k];
    if (k === i + 1 || !head || !/^(?:risks|factors|uncertainties)$/i.test(head.image)) return { list: null, unsplit: null };
    const found = readItems(sentence.slice(0, i));
    return { list: found ? marksAsLabels(found) : null, unsplit: null };
  }
  return { list: null, unsplit: null };
}

/** Tokens that mark list items when every item opens with the same one: dashes, stars, bullets. */
const MARK_TYPES = new Set<TokenType>([T.Hyphen, T.Dashes, T.Stars, T.BulletChar]);

/**
 * Items split at semicolons or commas that each open with the same mark ("— changes in …;
 * — the Company's ability …"): the mark is their bullet, not their text.
 */
function marksAsLabels(found: RiskListFound): RiskListFound {
  const mark = found.items[0]?.tokens[0];
  if (!mark || !(MARK_TYPES.has(mark.tokenType) || isStrayMark(mark)) || found.items.some((it) => it.label !== null || it.tokens.length < 2 || it.tokens[0]?.image !== mark.image)) return found;
  return { style: 'bullet', items: found.items.map((it) => ({ ...it, label: mark.image, tokens: it.tokens.slice(1) })) };
}

/**
 * One character that is neither a letter of the alphabet, a digit, nor punctuation that
 * opens text (a quote, a bracket): a bullet drawn with another glyph, or lost on the way
 * ("+", "?" where a word processor's bullet stood, "Ø" for a Wingdings arrow).
 */
function isStrayMark(t: IToken): boolean {
  // Control characters are text decoded with the wrong code page, not glyphs.
  return t.image.length === 1 && !/[\p{Cc}A-Za-z0-9"'\u2018\u201C([{$]/u.test(t.image);
}

/** The list of a sentence that carries the enumeration before it on: after its verb "include" or a colon. */
function continuedList(sentence: readonly IToken[]): { list: RiskListFound | null; unsplit: RiskListReading['unsplit'] } {
  for (let i = 1; i < sentence.length && i <= CONTINUATION_REACH; i++) {
    const w = lower(sentence[i]);
    if (w !== 'include' && w !== 'includes' && sentence[i]?.tokenType !== T.Colon) continue;
    const end = cueEnd(sentence, i);
    return end > 0 && end < sentence.length ? listAt(sentence, reintroduced(sentence, end)) : { list: null, unsplit: null };
  }
  return { list: null, unsplit: null };
}

/** The list of a sentence that starts at `end` (just after its cue), up to the sentence's end. */
function listAt(sentence: readonly IToken[], end: number): { list: RiskListFound | null; unsplit: RiskListReading['unsplit'] } {
  if (REFERENCE_OPENERS.has(lower(sentence[end]))) return { list: null, unsplit: null };
  // A cue inside a parenthesis ("… a number of factors (including, but not limited to, A, B
  // and C) which are described …"): the list ends where the parenthesis closes.
  let stop = closingParen(sentence, end) ?? sentence.length;
  while (stop > end && isCloser(sentence[stop - 1])) stop--;
  // "…, and competition from larger firms, among others.": the qualifier closes the list, no item.
  if (lower(sentence[stop - 2]) === 'among' && /^(?:others|other)$/.test(lower(sentence[stop - 1])) && sentence[stop - 3]?.tokenType === T.Comma) stop -= 3;
  let list = sentence.slice(end, stop);
  // 'under "Risk Factors."': the period inside the closing quote ends the sentence too.
  const last = list.length - 1;
  if (list[last]?.tokenType === T.Quote && list[last - 1]?.tokenType === T.Period) list = [...list.slice(0, last - 1), list[last]!];
  const found = readItems(list);
  if (found) return { list: marksAsLabels(groupsFlattened(found)), unsplit: null };
  const first = list[0];
  const lastTok = list[list.length - 1];
  return { list: null, unsplit: first && lastTok ? { start: first.startOffset, end: endOf(lastTok) } : null };
}

/** Where the parenthesis open at `at` closes in `sentence`, or null when none is open there. */
function closingParen(sentence: readonly IToken[], at: number): number | null {
  let open = 0;
  for (let i = 0; i < at; i++) {
    const t = sentence[i];
    if (t?.tokenType === T.LParen) open++;
    else if (t?.tokenType === T.RParen && open > 0) open--;
  }
  if (open === 0) return null;
  let depth = 0;
  for (let i = at; i < sentence.length; i++) {
    const t = sentence[i];
    if (t?.tokenType === T.LParen) depth++;
    else if (t?.tokenType === T.RParen && depth-- === 0) return i;
  }
  return null;
}

/**
 * Risks in groups, each a lead-in, its cue and a labelled series ("risks relating to the
 * businesses, including (i) …, (ii) … and (iii) …; and risks relating to the merger, including
 * (a) …, (b) … and (c) …"): the labelled items are the list, the groups' lead-ins are not.
 * Only when every item is such a group; one item among others with a series of its own keeps it.
 */
function groupsFlattened(found: RiskListFound): RiskListFound {
  if (found.items.length < 2 || found.items.some((it) => it.label !== null)) return found;
  const inner: ItemFound[] = [];
  for (const item of found.items) {
    const cue = item.tokens.findIndex((t, i) => i > 0 && lower(t) === 'including');
    const series = cue > 0 ? readItems(item.tokens.slice(cue + 1)) : null;
    if (!series || series.items.some((it) => it.label === null)) return found;
    for (const it of series.items) inner.push(it);
  }
  return { style: labelStyle(inner[0]?.label ?? ''), items: inner };
}

function isCloser(t: IToken | undefined): boolean {
  return t !== undefined && (t.tokenType === T.Period || t.tokenType === T.Comma || t.tokenType === T.Semicolon);
}

/**
 * Deepest nesting of parentheses the grammar's `group` rule will follow. The rule recurses
 * once per level, so the input must not choose the depth: a run of thousands of "(" would
 * overflow the stack. Real lists nest two or three levels.
 */
const MOST_GROUP_DEPTH = 16;

/** Deepest nesting of parentheses in `toks`. */
function parenDepth(toks: readonly IToken[]): number {
  let depth = 0;
  let most = 0;
  for (const t of toks) {
    if (t.tokenType === T.LParen) most = Math.max(most, ++depth);
    else if (t.tokenType === T.RParen) depth = Math.max(0, depth - 1);
  }
  return most;
}

/**
 * Labelled items in series: a label that does not go on from the one before ("(b) changes in
 * rates, which could (i) reduce … and (ii) affect …; (c) …") opens a list nested inside the
 * item before, not an item of its own ("i" follows "h" as a letter; "ii" or "j" may follow
 * "i": both readings are kept, see label-series.ts).
 */
function withNestedLabels<T extends { label: string; all: readonly IToken[] }>(items: readonly T[]): T[] {
  const bare = (label: string): string => label.replace(/[().\s]/g, '').toLowerCase();
  const out: T[] = [];
  for (const item of items) {
    const prev = out[out.length - 1];
    const next = prev ? successors(bare(prev.label)) : [];
    // Labels outside every series ("1a") say nothing about nesting.
    if (prev && next.length > 0 && !next.includes(bare(item.label))) {
      out[out.length - 1] = { ...prev, all: [...prev.all, ...item.all] };
      continue;
    }
    out.push(item);
  }
  return out;
}

/** Most tokens of a lead-in the items' labels follow ("risks relating to (1) …, (2) …"). */
const LEAD_IN_TOKENS = 6;

/**
 * Where a labelled series starts in a list: at its first token, or after a short lead-in the
 * labelled items share ("including risks relating to (1) market conditions, (2) …"), which is
 * no item of its own; -1 when the list opens with no label so.
 */
function labelledStart(list: readonly IToken[]): number {
  riskListGrammar.input = list as IToken[];
  for (let k = 0; k <= Math.min(LEAD_IN_TOKENS, list.length - 1); k++) {
    const t = list[k - 1];
    // A separator before it: the words before are an item, not a lead-in.
    if (t && (t.tokenType === T.Comma || t.tokenType === T.Semicolon || t.tokenType === T.Colon)) return -1;
    if (riskListGrammar.labelAhead(k + 1)) return k;
  }
  return -1;
}

/** Runs the grammar on a list's tokens and shapes the items. */
function readItems(list: readonly IToken[]): RiskListFound | null {
  if (list.length < 3 || parenDepth(list) > MOST_GROUP_DEPTH) return null;
  const from = labelledStart(list);
  if (from >= 0) {
    const labelled = list.slice(from);
    const m = matchWhole(riskListGrammar, riskListGrammar.labelledList, labelled);
    if (m) {
      const raw = children(m.cst, 'labelledItem').map((item) => {
        const labelToks = tokensOf(children(item, 'label')[0] ?? item).slice(0, 3);
        return { label: labelToks.map((t) => t.image).join(''), labelLength: labelToks.length, all: tokensOf(item) };
      });
      const items = withNestedLabels(raw)
        .map((x): ItemFound => itemOf(x.all[0], trimJoiners(x.all.slice(x.labelLength)), x.label))
        .filter((x) => x.tokens.length > 0);
      if (items.length >= 2) return { style: labelStyle(items[0]?.label ?? ''), items };
    }
  }
  const semicolons = topLevelCount(list, T.Semicolon);
  const rule = semicolons > 0 ? riskListGrammar.semicolonList : riskListGrammar.commaList;
  const m = matchWhole(riskListGrammar, rule, list);
  if (!m) return null;
  const chunkName = semicolons > 0 ? 'semicolonChunk' : 'commaChunk';
  const index = new Map(list.map((t, i) => [t, i] as const));
  let chunks: Chunk[] = children(m.cst, chunkName).map((c) => {
    const toks = tokensOf(c);
    return { from: index.get(toks[0]!) ?? 0, to: (index.get(toks[toks.length - 1]!) ?? 0) + 1 };
  });
  chunks = withoutClosingClause(list, chunks);
  if (semicolons === 0) chunks = mergeElaborations(list, withCoordinatedModifiers(list, chunks));
  if (chunks.length === 1 && chunks[0]) chunks = splitPair(list, chunks[0]);
  else chunks = splitCatchAll(list, splitLastPair(list, chunks, semicolons === 0));
  const bodies = withoutOrdinals(chunks.map((c) => trimJoiners(list.slice(c.from, c.to))).filter((c) => c.length > 0));
  const items = bodies.map((c) => itemOf(c[0], c, null));
  return items.length >= 2 ? { style: semicolons > 0 ? 'semicolon' : 'comma', items } : null;
}


/**
 * "…, and competition from larger suppliers, that could cause actual results to differ
 * materially": a last chunk that opens with "that" or "which" and a modal is the sentence's
 * clause about the risks, not a risk.
 */
function withoutClosingClause(list: readonly IToken[], chunks: readonly Chunk[]): Chunk[] {
  const last = chunks[chunks.length - 1];
  const before = chunks[chunks.length - 2];
  if (!last || !before) return [...chunks];
  const lead = lower(list[last.from]);
  // "…, that could cause …": a clause about the whole list.
  const modalClause = (lead === 'that' || lead === 'which') && MODALS.has(lower(list[last.from + 1]));
  // "…, detailed in the Company's filings": where the list's risks are set out (with two
  // items or more before it).
  const reference = chunks.length >= 3 && REFERENCE_PARTICIPLES.has(lead);
  // "… and D, as well as other risks detailed …": after a list closed by "and", the usual
  // catch-all is an addendum, not an item.
  const closed = topLevelCount(list.slice(before.from, before.to), T.KwAnd) > 0;
  const other = lower(list[last.from + 3]) === 'the' ? last.from + 4 : last.from + 3;
  const addendum = closed && isAsWellAs(list, last.from) && lower(list[other]) === 'other' && CATCH_ALL_NOUNS.has(lower(list[other + 1]));
  // "…, among other factors described in …": the qualifier closing the list, no item.
  const amongOthers = lead === 'among' && lower(list[last.from + 1]) === 'other' && CATCH_ALL_NOUNS.has(lower(list[last.from + 2]));
  // "…, and actual results may differ materially": after the joiner, a subject of a few
  // words and its modal verb — a new clause of the sentence, not the list's last item.
  // Not where the items are clauses too ("…; competition may increase; and the stockholders
  // may fail to approve the merger").
  const clauses = chunks.slice(0, -1).some((c) => list.slice(c.from, c.to).some((t) => MODALS.has(lower(t))));
  const joinedClause = (lead === 'and' || lead === 'or') && !clauses && subjectThenModal(list, last.from + 1, last.to);
  return modalClause || reference || addendum || amongOthers || joinedClause ? chunks.slice(0, -1) : [...chunks];
}

/** Most words of a clause's subject before its modal verb ("the Company's actual results may"). */
const CLAUSE_SUBJECT_WORDS = 5;

/** Words that open a relative clause: "changes that may …" is an item, not a new clause. */
const RELATIVES = new Set(['that', 'which', 'who']);

/** Whether a subject of one to five plain words, then a modal, opens `list[from..to)`. */
function subjectThenModal(list: readonly IToken[], from: number, to: number): boolean {
  for (let i = from + 1; i < to && i <= from + CLAUSE_SUBJECT_WORDS; i++) {
    const t = list[i - 1];
    if (!t || !tokenMatcher(t, T.AnyWord) || RELATIVES.has(lower(t))) return false;
    if (MODALS.has(lower(list[i])) && tokenMatcher(list[i + 1] ?? t, T.AnyWord) && list[i + 1] !== undefined) return true;
  }
  return false;
}

/**
 * "… against the US dollar and political, economic and military conditions in Israel": the
 * last item opens after "and" with modifiers set off by commas, which share the noun after the
 * last of them. The comma split cut that item after its first modifier; it is moved back to
 * the item it opens.
 */
function withCoordinatedModifiers(list: readonly IToken[], chunks: readonly Chunk[]): Chunk[] {
  const out = chunks.map((c) => ({ ...c }));
  for (let k = 1; k < out.length; k++) {
    const prev = out[k - 1] as Chunk;
    const c = out[k] as Chunk;
    const modifier = prev.to - 1;
    const opens = list[modifier - 1]?.tokenType === T.KwAnd && modifier - 1 > prev.from + 1;
    if (!opens || !isModifier(list, modifier, -1) || !isModifier(list, c.from, 1) || topLevelCount(list.slice(c.from, c.to), T.KwAnd) === 0) continue;
    c.from = modifier;
    prev.to = modifier - 1;
  }
  return out;
}

/** A run of list tokens, [from, to). */
interface Chunk {
  from: number;
  to: number;
}

function itemOf(first: IToken | undefined, body: readonly IToken[], label: string | null): ItemFound {
  const last = body[body.length - 1];
  const start = first?.startOffset ?? body[0]?.startOffset ?? 0;
  return { start, end: last ? endOf(last) : start, label, tokens: body };
}

function labelStyle(label: string): RiskList['style'] {
  const inner = label.replace(/[().]/g, '');
  if (/^\d+$/.test(inner)) return 'numbered';
  if (/^[ivx]+$/i.test(inner) && inner !== 'v' && inner !== 'x') return 'roman';
  if (/^i$/i.test(inner)) return 'roman';
  return 'lettered';
}

/** Whether an item opens with an ordinal and a comma ("second, changes in …"). */
const opensWithOrdinal = (toks: readonly IToken[]): boolean => ORDINAL_LABELS.has(lower(toks[0])) && toks[1]?.tokenType === T.Comma && toks.length > 2;

/**
 * Items labelled by ordinal words ("first, the rate …; second, changes …"): with two or more
 * so labelled, the ordinal and its comma are a label, not the risk's words.
 */
function withoutOrdinals(items: readonly IToken[][]): IToken[][] {
  if (items.filter(opensWithOrdinal).length < 2) return [...items];
  return items.map((toks) => (opensWithOrdinal(toks) ? toks.slice(2) : toks));
}

/** Whether "as well as" stands at `list[i]`. */
const isAsWellAs = (list: readonly IToken[], i: number): boolean => lower(list[i]) === 'as' && lower(list[i + 1]) === 'well' && lower(list[i + 2]) === 'as';

/** Drops joining words and punctuation at either end: "and …", "as well as …", "…, and", "…;". */
function trimJoiners(toks: readonly IToken[]): IToken[] {
  let a = 0;
  let b = toks.length;
  while (a < b && isJoiner(toks[a])) a++;
  if (b - a > 3 && isAsWellAs(toks, a)) a += 3;
  while (b > a && isJoiner(toks[b - 1])) b--;
  return toks.slice(a, b);
}

/** What joins items and is no part of one: "and", "or", a comma, a semicolon, a full stop. */
export const isJoiner = (t: IToken | undefined): boolean =>
  t !== undefined && (t.tokenType === T.KwAnd || t.tokenType === T.KwOr || t.tokenType === T.Comma || t.tokenType === T.Semicolon || t.tokenType === T.Period);

/** Counts tokens of a type (or category, such as words) outside parentheses. */
function topLevelCount(toks: readonly IToken[], type: TokenType): number {
  let depth = 0;
  let n = 0;
  for (const t of toks) {
    if (t.tokenType === T.LParen) depth++;
    else if (t.tokenType === T.RParen) depth = Math.max(0, depth - 1);
    else if (depth === 0 && tokenMatcher(t, type)) n++;
  }
  return n;
}


const wordsIn = (list: readonly IToken[], c: Chunk): number => list.slice(c.from, c.to).filter((t) => tokenMatcher(t, T.AnyWord)).length;



/**
 * Whether a chunk ends by opening a series of its own, which the next chunk finishes rather than
 * starting an item: one word after a preposition and perhaps a determiner ("costs of labor" +
 * "energy and insurance costs", "caused by the company" + "its vendors or others"), or proper
 * names after it ("in the Phoenix" + "Las Vegas and Tucson markets").
 */
function opensNestedSeries(list: readonly IToken[], c: Chunk, next: Chunk): boolean {
  const last = list[c.to - 1];
  // Members of one series are written alike: "in the Southeast" + "insurance and claims costs"
  // is a place and then an item of its own, not "in labor" + "energy and insurance costs".
  const head = DETERMINERS.has(lower(list[next.from])) ? list[next.from + 1] : list[next.from];
  const word = last !== undefined && tokenMatcher(last, T.AnyWord) && isCapitalized(last) === isCapitalized(head);
  // "of labor", "from the aerospace", "by the company": one word after a preposition.
  if (word && PREPOSITIONS.has(lower(list[c.to - 2]))) return true;
  if (word && DETERMINERS.has(lower(list[c.to - 2])) && PREPOSITIONS.has(lower(list[c.to - 3]))) return true;
  // "integrating Trevail’s operations" + "systems and personnel": one word after an owner's
  // name, the object of a preposition or of a verb's "-ing" form.
  const owner = list[c.to - 2];
  const governs = lower(list[c.to - 3]);
  if (word && owner !== undefined && POSSESSIVE.test(owner.image) && (PREPOSITIONS.has(governs) || GERUND.test(governs))) return true;
  // "from other drugstore chains" + "supermarkets and mass merchants": a determiner and two words.
  const beforeLast = list[c.to - 2];
  if (word && beforeLast !== undefined && tokenMatcher(beforeLast, T.AnyWord) && DETERMINERS.has(lower(list[c.to - 3])) && PREPOSITIONS.has(lower(list[c.to - 4]))) return true;
  if (!isCapitalized(list[next.from])) return false;
  let names = 0;
  for (let i = c.to - 1; i > c.from && i >= c.to - 4; i--) {
    const w = lower(list[i]);
    if (PREPOSITIONS.has(w)) return names >= 1;
    if (DETERMINERS.has(w) && names > 0) continue;
    if (!isCapitalized(list[i])) return false;
    names++;
  }
  return false;
}

/** A word with an owner's "'s" ("Trevail’s", "the Company's"). */
const POSSESSIVE = /['’]s$/;
/** A verb's "-ing" form ("integrating"), which takes an object as a preposition does. */
const GERUND = /^[a-z]{3,}ing$/;

const isCapitalized = (t: IToken | undefined): boolean => t !== undefined && tokenMatcher(t, T.AnyWord) && /^[A-Z]/.test(t.image);

/** Most words of a chunk that ends on a modifier shared with the next ("the political"). */
const COORDINATED_CHUNK = 3;

/**
 * Whether the word at `i` is shaped like a modifier: a lower-case word with an adjective's
 * ending ("political", "economic"), or a compound joined by a hyphen ("fixed-price",
 * "better-financed"; `side` says where the rest of the compound stands).
 */
function isModifier(list: readonly IToken[], i: number, side: -1 | 1): boolean {
  const t = list[i];
  if (!t || !tokenMatcher(t, T.AnyWord) || !/^[a-z]/.test(t.image)) return false;
  if (list[i + side]?.tokenType === T.Hyphen && tokenMatcher(list[i + 2 * side] ?? t, T.AnyWord) && list[i + 2 * side] !== undefined) return true;
  const w = t.image;
  return ADJECTIVE_ENDINGS.words.some((e) => w.length > e.length + 2 && w.endsWith(e));
}

/**
 * How far into a chunk the "and" closing a nested series may stand: two tokens ("energy and",
 * "Las Vegas and"), three when proper names lead to it ("the United States and Europe").
 */
function nestedReach(list: readonly IToken[], c: Chunk): number {
  const lead = list.slice(c.from, c.from + 3);
  return lead.every((t) => isCapitalized(t) || DETERMINERS.has(lower(t)) || t.tokenType === T.KwAnd) ? 3 : 2;
}

/** The index of an "and" / "or" inside the chunk (not at its ends), or -1. */
function innerJoiner(list: readonly IToken[], c: Chunk): number {
  for (let i = c.from + 1; i < c.to - 1; i++) {
    const t = list[i];
    if (t?.tokenType === T.KwAnd || t?.tokenType === T.KwOr) return i;
  }
  return -1;
}

/**
 * Comma lists: a chunk that elaborates ("including …", "such as …") or goes on with a
 * number ("March 31, 1998") joins the item before it, and so do the short noun phrases
 * that continue what it lists ("including peanuts, wheat flour, vegetable oil and
 * packaging materials"); a series of one-word chunks ("trade, legal, social, and economic
 * risks") joins its neighbours on both sides, though one word alone ("…, competition, …")
 * is an item; and a series nested after a preposition ("increases in labor, energy and
 * insurance costs") stays one item.
 */
function mergeElaborations(list: readonly IToken[], chunks: readonly Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  let series = false;
  let elaborating = false;
  // Members the elaboration has listed so far ("including A" is one).
  let elaborationMembers = 0;
  // An alternative set off by commas after an unfinished phrase waits for the object both share.
  let asideOpen = false;
  const isOneWord = (c: Chunk | undefined): boolean => c !== undefined && c.to - c.from === 1 && wordsIn(list, c) === 1;
  const joins = (c: Chunk): boolean => lower(list[c.from]) === 'and' || lower(list[c.from]) === 'or';
  // The series' own last joiner; "and other risks detailed in …" closing it is a catch-all after it.
  const catchAll = (c: Chunk): boolean => lower(list[c.from + 1]) === 'other' && CATCH_ALL_NOUNS.has(lower(list[c.from + 2]));
  let lastJoiner = -1;
  chunks.forEach((c, k) => {
    if (joins(c) && !(k > 0 && k === chunks.length - 1 && catchAll(c))) lastJoiner = k;
  });
  chunks.forEach((c, k) => {
    const prev = out[out.length - 1];
    const first = list[c.from];
    const lead = lower(first);
    // "the timing of, and the Company's ability to obtain, regulatory approval": the chunk
    // after the alternative completes both phrases.
    if (prev && asideOpen) {
      prev.to = c.to;
      asideOpen = false;
      return;
    }
    const ownPhrase = DETERMINERS.has(lead);
    const joiner = innerJoiner(list, c);
    // "…, including, but not limited to, changes in …": a qualifier set off by commas is
    // part of the elaboration it qualifies, which goes on after it.
    if (prev && elaborating && skipPhrase(list, c.from) >= c.to) {
      prev.to = c.to;
      return;
    }
    // "…, particularly the euro, and component shortages": a comma and "and" after an
    // elaboration of one member close the list's own series (two members take no comma).
    const closesSeries = joins(c) && elaborationMembers === 1;
    if (prev && elaborating && !ownPhrase && !closesSeries && wordsIn(list, c) <= (joiner >= 0 ? 6 : 3)) {
      // The elaboration lists on; its last member is joined by "and" and ends it.
      prev.to = c.to;
      elaborating = joiner < 0;
      elaborationMembers++;
      return;
    }
    elaborating = false;
    const oneWord = isOneWord(c) && (isOneWord(chunks[k - 1]) || isOneWord(chunks[k + 1]));
    // "food, labor and energy cost inflation": a word alone, then a series closing on a shared
    // noun — one item (not "…, fuel and the price of steel", where a determiner opens the last).
    const sharedNoun = prev !== undefined && prev.to - prev.from === 1 && /^[a-z]/.test(list[prev.from]?.image ?? '') && list[c.from + 1]?.tokenType === T.KwAnd && /^[a-z]/.test(first?.image ?? '') && !DETERMINERS.has(lower(list[c.from + 2])) && c.to - c.from >= 4;
    if (prev && sharedNoun) {
      prev.to = c.to;
      return;
    }
    // "…, as well as the outcome of …" adds an item, as "and" does; "…, as …" elaborates.
    // "whether A, whether B": a word that elaborates opens an item of its own where the item
    // before opened with it too (the items run in parallel).
    const parallel = prev !== undefined && lower(list[prev.from]) === lead;
    const elaborates = (ELABORATION.has(lead) && !isAsWellAs(list, c.from) && !parallel) || (lead === 'such' && lower(list[c.from + 1]) === 'as') || first?.tokenType === T.Number;
    // "increases in labor, energy and insurance costs": one word after a preposition, then
    // "energy and …" closing the nested series.
    // A chunk that opens with "and"/"or" is the list's own last item, never a nested one.
    const nested =
      prev !== undefined &&
      lead !== 'and' &&
      lead !== 'or' &&
      joiner > c.from &&
      joiner <= c.from + nestedReach(list, c) &&
      // An aside in brackets does not lengthen an item.
      topLevelCount(list.slice(c.from, c.to), T.AnyWord) <= 6 &&
      opensNestedSeries(list, prev, c);
    // "the loss of, or reduced orders from, any of our customers": a chunk that ends on a
    // preposition is unfinished; the commas set off an aside.
    const dangling = prev !== undefined && PREPOSITIONS.has(lower(list[prev.to - 1]));
    // "ability to refinance, or extend the maturity of, its debt": an alternative set off by
    // commas opens with "or" and ends on a preposition, waiting for the object they share.
    const alternative = (lead === 'or' || lead === 'and') && PREPOSITIONS.has(lower(list[c.to - 1]));
    // "customers, such as A and B, for a substantial portion of revenue": a chunk that opens
    // with a preposition goes on with the item before it; items open with their noun phrase.
    // So does a company's legal form after its comma ("Marlecroft Foods, Inc. to meet …").
    // A state or province after a capitalised word is the second half of a place ("our Gary,
    // Indiana plant").
    const place = prev !== undefined && isCapitalized(list[prev.to - 1]) && isCapitalized(first) && (REGIONS.has(lead.replaceAll('.', '')) || REGIONS.has(`${lead} ${lower(list[c.from + 1])}`));
    const goesOn = PREPOSITIONS.has(lead) || (first !== undefined && isLegalForm(first.image)) || place;
    // "the political, economic and military conditions": adjectives set off by commas share
    // the noun after the last of them; a short chunk ending on one is no item of its own.
    const coordinated = prev !== undefined && wordsIn(list, prev) <= COORDINATED_CHUNK && isModifier(list, prev.to - 1, -1) && isModifier(list, c.from, 1) && wordsIn(list, c) >= 2;
    // "…, our allocation of time to other businesses, and potential conflicts of interest, and
    // the ability of …": the series is joined once, before its last item; an "and" after a
    // comma earlier than that joins two things inside one item.
    const innerAnd = joins(c) && k < lastJoiner;
    if (prev && (elaborates || oneWord || series || nested || dangling || alternative || goesOn || coordinated || innerAnd)) {
      prev.to = c.to;
      asideOpen = dangling && (lead === 'and' || lead === 'or') && !alternative;
      series = oneWord;
      elaborating = elaborates && first?.tokenType !== T.Number && lead !== 'which' && lead !== 'whether' && lead !== 'either';
      elaborationMembers = 1;
      return;
    }
    series = false;
    out.push({ ...c });
  });
  return out;
}


/**
 * The usual last item "and other risks described in …" may follow the one before it with
 * no comma: split it off the last chunk.
 */
function splitCatchAll(list: readonly IToken[], chunks: Chunk[]): Chunk[] {
  const last = chunks[chunks.length - 1];
  if (!last) return chunks;
  let depth = 0;
  for (let i = last.from + 1; i < last.to - 1; i++) {
    const t = list[i];
    if (!t) continue;
    if (t.tokenType === T.LParen) depth++;
    else if (t.tokenType === T.RParen) depth--;
    if (depth === 0 && (t.tokenType === T.KwAnd || t.tokenType === T.KwOr) && lower(list[i + 1]) === 'other' && CATCH_ALL_NOUNS.has(lower(list[i + 2]))) {
      return [...chunks.slice(0, -1), { from: last.from, to: i }, { from: i + 1, to: last.to }];
    }
  }
  return chunks;
}


/** "A and B" with no comma: two items when B opens like a new noun phrase (or repeats A's first word). */
/**
 * "…, the cost of programming, competition from rivals and the pace of upgrades": with no
 * comma before the last "and", the last chunk holds the last two items; it is cut there when
 * the second opens a noun phrase of its own, as a lone pair is.
 */
function splitLastPair(list: readonly IToken[], chunks: readonly Chunk[], commas: boolean): Chunk[] {
  const last = chunks[chunks.length - 1];
  const lead = lower(list[last?.from ?? -1]);
  if (!last || chunks.length < 2 || lead === 'and' || lead === 'or') return [...chunks];
  const pair = splitPair(list, last);
  // Items parted by semicolons hold their own "and" ("…; general economic conditions and normal business uncertainty").
  if (pair.length > 1 || chunks.length < 3 || !commas) return [...chunks.slice(0, -1), ...pair];
  return [...chunks.slice(0, -1), ...splitAtSeriesJoiner(list, last)];
}

/**
 * "A, B, raw material costs and competitive pricing pressures": with two items or more
 * before it and no comma before the joiner, the last chunk's one "and" is the series' own
 * joiner — unless it joins words that share what follows (after a preposition, or between
 * modifiers: "political and economic conditions").
 */
function splitAtSeriesJoiner(list: readonly IToken[], chunk: Chunk): Chunk[] {
  let depth = 0;
  let at = -1;
  for (let i = chunk.from; i < chunk.to; i++) {
    const t = list[i];
    if (t?.tokenType === T.LParen) depth++;
    else if (t?.tokenType === T.RParen) depth--;
    else if (depth === 0 && (t?.tokenType === T.KwAnd || t?.tokenType === T.KwOr)) {
      if (at >= 0) return [chunk];
      at = i;
    }
  }
  if (at <= chunk.from || at >= chunk.to - 1 || PREPOSITIONS.has(lower(list[at - 1])) || isModifier(list, at - 1, -1)) return [chunk];
  return [
    { from: chunk.from, to: at },
    { from: at + 1, to: chunk.to },
  ];
}

/** Most modifiers before the noun that heads an item. */
const MOST_MODIFIERS = 3;

function splitPair(list: readonly IToken[], chunk: Chunk): Chunk[] {
  let depth = 0;
  const firstWord = lower(list[chunk.from]);
  for (let i = chunk.from + 2; i < chunk.to - 2; i++) {
    const t = list[i];
    if (!t) continue;
    if (t.tokenType === T.LParen) depth++;
    else if (t.tokenType === T.RParen) depth--;
    if (depth !== 0 || !(t.tokenType === T.KwAnd || t.tokenType === T.KwOr)) continue;
    // "delays resulting from or inability to obtain …": a joiner after a preposition joins
    // two phrases that share its object, not two items.
    if (PREPOSITIONS.has(lower(list[i - 1]))) continue;
    const next = lower(list[i + 1]);
    // "… regulatory approvals and ability to access capital": a noun and its preposition open
    // a phrase as the list's items open ("loss of markets", "inability to retain rigs"), its
    // modifiers before it or not ("… and general economic conditions in the Midwest").
    let head = i + 1;
    while (head < i + 1 + MOST_MODIFIERS && isModifier(list, head, 1)) head++;
    // A modifier before the joiner shares the noun with those after it ("political, economic
    // and military conditions in Israel"): no pair.
    const headed = /^[a-z]/.test(list[head]?.image ?? '') && !isModifier(list, head, 1) && PREPOSITIONS.has(lower(list[head + 1])) && !(head > i + 1 && isModifier(list, i - 1, -1));
    if ((next === firstWord || SECOND_ITEM_OPENERS.has(next) || headed) && i - chunk.from >= 3 && chunk.to - i - 1 >= 3) {
      return [
        { from: chunk.from, to: i },
        { from: i + 1, to: chunk.to },
      ];
    }
  }
  return [chunk];
}
