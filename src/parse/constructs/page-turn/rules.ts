/**
 * A paragraph or list cut in two by a page turn is one block again; so is a run-in series
 * cut by a blank line before its next label.
 *
 * > | … the success of our new SpectraLine
 * > | <PAGE>
 * > | 900 product family; …
 */
import { tokenMatcher } from 'chevrotain';
import * as T from '../../../../grammars/tokens/text.js';
import * as B from '../../../../grammars/tokens/block.js';
import { blockTokens, contentLines, isPageFurniture, onlyBlankBetween, SAMPLE_TOKENS, type DocView, type Planned } from '../../decide/plan.js';
import { capitalisedShare, endsSentence } from '../../text/signals.js';
import { hasGutter } from '../../layout/cells.js';
import { isCentred } from '../../layout/geometry.js';
import { OPEN_ENDINGS } from '../../lexicon/index.js';
import { readDateline } from '../dateline/reader.js';
import { datelineAcrossTurn } from '../dateline/rules.js';
import { lastParenLabel, parenLabel } from '../../run-on-labels.js';
import { successors } from '../../text/label-series.js';
import { announcesRisks, MOST_ITEM_PARAGRAPHS } from '../safe-harbor/rules.js';

/**
 * A paragraph cut by a page break continues when the text before it does not end a
 * sentence and the text after it starts in lower case. The page break (with any "- more -"
 * line before it) then sits inside the joined paragraph.
 */
export function joinAcrossPages(view: DocView, blocks: Planned[]): Planned[] {
  const out: Planned[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b) continue;
    const prev = out[out.length - 1];
    // The page turn: page breaks and "- more -" jump lines, with at least one page break.
    let j = i;
    let pages = 0;
    while (blocks[j]?.role === 'pageBreak' || blocks[j]?.role === 'continuation' || (pages > 0 && isPageNumber(view, blocks[j])) || isFedHead(view, blocks[j])) {
      if (blocks[j]?.role === 'pageBreak' || isFedHead(view, blocks[j])) pages++;
      j++;
    }
    const next = blocks[j];
    // A list cut by the turn goes on with the next page's text and items:
    // "4. the success of our new SpectraLine" / "900 product family;" / "5. …".
    if (pages > 0 && prev?.role === 'list' && next && (next.role === 'list' || next.role === 'paragraph') && listGoesOn(view, prev, next)) {
      const after = blocks[j + 1];
      // The rest of the item, then the list's next items (blank lines between, as between items).
      const tail = next.role === 'paragraph' && after?.role === 'list' && onlyBlankBetween(view, next.last, after.first) ? after : next;
      prev.items = [...(prev.items ?? [prev.first]), ...(next.role === 'list' ? (next.items ?? [next.first]) : []), ...(tail !== next ? (tail.items ?? [tail.first]) : [])];
      prev.last = tail.last;
      prev.end = tail.end;
      prev.rules.push('page-turn-join');
      i = tail === next ? j : j + 1;
      continue;
    }
    // Items written as paragraphs of their own under the sentence that introduced them.
    const lastItem = pages === 0 && prev !== undefined ? itemParagraphsIntroduced(view, prev, blocks, i) : -1;
    const itemsEnd = blocks[lastItem];
    if (prev && itemsEnd) {
      prev.last = itemsEnd.last;
      prev.end = itemsEnd.end;
      prev.rules.push('items-introduced-join');
      delete prev.items;
      i = lastItem;
      continue;
    }
    // A run-in list goes on after the turn too ("…; (4) higher premiums;" / "(5) the effect …"),
    // and after a blank line when its next label opens the block below.
    const goesOn = next?.role === 'paragraph' || (next?.role === 'list' && endsOpen(view, prev));
    const turned = pages > 0 && goesOn && prev !== undefined && next !== undefined && continues(view, prev, next);
    const introduced = pages === 0 && prev !== undefined && next !== undefined && itemsIntroduced(view, prev, next);
    const goesOnBelow = pages === 0 && prev !== undefined && next !== undefined && sentenceGoesOn(view, prev, next);
    if (prev && next && prev.role === 'paragraph' && (turned || introduced || goesOnBelow || (pages === 0 && seriesGoesOn(view, prev, next)))) {
      prev.last = next.last;
      prev.end = next.end;
      prev.rules.push(turned ? 'page-turn-join' : introduced ? 'items-introduced-join' : goesOnBelow ? 'sentence-goes-on' : 'series-join');
      delete prev.items;
      i = j;
      continue;
    }
    out.push(b);
  }
  return out;
}

/** A running head whose first line holds the form feed that turned the page ("\fAcme Insurance   Page 3"). */
function isFedHead(view: DocView, b: Planned | undefined): boolean {
  if (!b || b.role !== 'paragraph' || !view.doc.lines[b.first]?.formFeed) return false;
  for (let i = b.first; i <= b.last; i++) if (!view.doc.lines[i]?.blank && !isPageFurniture(view, i)) return false;
  return true;
}

/** A page number at the head of a page ("3" after a page marker), standing alone. */
function isPageNumber(view: DocView, b: Planned | undefined): boolean {
  return b !== undefined && b.role === 'paragraph' && b.first === b.last && view.kinds[b.first] === B.PageNumber;
}

/**
 * Whether a list goes on after a page turn: its last item stops mid-phrase and the next
 * page opens with more of it, or it stops on a ";" and the next page opens with items.
 */
function listGoesOn(view: DocView, list: Planned, next: Planned): boolean {
  const toks = blockTokens(view, list);
  const last = toks[toks.length - 1];
  if (!last || endsSentence(toks) || last.tokenType === T.Colon) return false;
  if (next.role === 'list') return last.tokenType === T.Semicolon || last.tokenType === T.Comma || OPEN_ENDINGS.has(last.image.toLowerCase());
  // More of the item: indented like the item's text, not flush like a new paragraph; or,
  // flush, opening in lower case, as no paragraph does, under an item that stops mid-phrase.
  const first = contentLines(view, next)[0];
  const item = contentLines(view, list)[0];
  if (last.tokenType === T.Semicolon || first === undefined || item === undefined) return false;
  return first.indent > item.indent || (tokenMatcher(last, T.AnyWord) && /^\p{Ll}/u.test(first.tokens[0]?.image ?? ''));
}

/**
 * Whether a sentence left open on a ";" or a "," goes on in the paragraph a blank line below,
 * which opens in lower case as no sentence does (an HTML page that set a series in two
 * paragraphs).
 *
 * > | … our ability to convert license customers to subscriptions;
 * > |
 * > | pricing pressure from competitors; and risks associated with …
 */
function sentenceGoesOn(view: DocView, para: Planned, next: Planned): boolean {
  if (para.role !== 'paragraph' || next.role !== 'paragraph' || !endsOpen(view, para) || !onlyBlankBetween(view, para.last, next.first)) return false;
  const first = contentLines(view, next)[0]?.tokens[0];
  return first !== undefined && tokenMatcher(first, T.AnyWord) && /^\p{Ll}{2}/u.test(first.image);
}

/**
 * Whether a run-in series goes on in the list below its paragraph, a blank line between:
 * the paragraph ends open, and the list's first label follows the paragraph's last one.
 *
 * > | … (3) the outcome of the pending rate proceeding;
 * > |
 * > | (4) weather conditions; and (5) the availability of cars.
 */
function seriesGoesOn(view: DocView, para: Planned, list: Planned): boolean {
  if (list.role !== 'list' || !endsOpen(view, para) || !onlyBlankBetween(view, para.last, list.first)) return false;
  const last = lastParenLabel(blockTokens(view, para));
  const first = parenLabel(blockTokens(view, list, 3), 0);
  return last !== null && first !== null && successors(last).includes(first);
}

/** A paragraph ending on a colon that announces risks: "… could differ materially include:". */
function introducesRisks(view: DocView, intro: Planned): boolean {
  if (intro.role !== 'paragraph') return false;
  const toks = blockTokens(view, intro);
  return toks[toks.length - 1]?.tokenType === T.Colon && announcesRisks(view.doc.source.slice(intro.start, intro.end));
}

/**
 * Whether a paragraph of unmarked items, one a line, goes on with the sentence that
 * introduced them as risks, a blank line between:
 *
 * > | … because of various factors, including, among others:
 * > |
 * > |           the level of offshore exploration,
 * > |           the price of oil and natural gas, and
 * > |           weather conditions in the Gulf.
 */
function itemsIntroduced(view: DocView, intro: Planned, items: Planned): boolean {
  if (!introducesRisks(view, intro) || items.role !== 'paragraph' || !onlyBlankBetween(view, intro.last, items.first)) return false;
  const lines = contentLines(view, items);
  const endsItem = (l: (typeof lines)[number]): boolean => {
    const last = l.tokens[l.tokens.length - 1];
    return last !== undefined && (last.tokenType === T.Comma || last.tokenType === T.Semicolon || last.tokenType === T.Period || last.tokenType === T.KwAnd || last.tokenType === T.KwOr);
  };
  // Prose wrapped at the page's edge ("… including hurricanes," / "hailstorms and …") is one
  // item, not one a line: lines of items stop short of the edge.
  const measure = view.width - view.margin;
  const wrapped = lines.slice(0, -1).every((l) => l.right - view.margin >= FULL_LINE * measure);
  return lines.length >= 2 && lines.every(endsItem) && !wrapped;
}

/**
 * Items written as paragraphs of their own, a blank line between, under the sentence that
 * introduced them as risks: each but the last ends on a semicolon ("; and" too), the last on a
 * full stop. The index of the last such paragraph from `from`, or -1.
 *
 * > | … These risks include:
 * > |
 * > | the timing and results of our Phase 1 trial;
 * > |
 * > | our ability to enroll patients; and
 * > |
 * > | our need for substantial additional funding.
 */
function itemParagraphsIntroduced(view: DocView, intro: Planned, blocks: readonly Planned[], from: number): number {
  if (!introducesRisks(view, intro)) return -1;
  let above = intro;
  for (let k = from; k < blocks.length && k - from < MOST_ITEM_PARAGRAPHS; k++) {
    const b = blocks[k];
    if (!b || b.role !== 'paragraph' || !onlyBlankBetween(view, above.last, b.first)) return -1;
    const toks = blockTokens(view, b);
    const last = toks[toks.length - 1];
    const beforeLast = toks[toks.length - 2];
    if (last?.tokenType === T.Period) return k > from ? k : -1;
    const joiner = (last?.tokenType === T.KwAnd || last?.tokenType === T.KwOr) && beforeLast?.tokenType === T.Semicolon;
    if (last?.tokenType !== T.Semicolon && !joiner) return -1;
    above = b;
  }
  return -1;
}


/** Whether a block ends on a comma or a semicolon: its sentence is not over. */
function endsOpen(view: DocView, b: Planned | undefined): boolean {
  if (!b) return false;
  const toks = blockTokens(view, b);
  const last = toks[toks.length - 1];
  return last?.tokenType === T.Comma || last?.tokenType === T.Semicolon;
}

/** Share of the page's measure a line cut by the page's end fills. */
const FULL_LINE = 0.75;

/** Most capitalised words, as a share, in running text. */
const RUNNING_TEXT_CAPITALS = 0.6;

/** Tokens enough to read a dateline at the head of a page. */
const DATELINE_TOKENS = 32;

/**
 * Whether the text before a page turn goes on after it. A page that opens with a dateline
 * opens the body: nothing above it runs on into it ("… TO ACQUIRE" / "ADA VALLEY STATE BANK"
 * / <PAGE> / "GRAND RAPIDS, Michigan, August 21, 1998 -- …"); nor does text that would open a
 * dateline the turn cuts ("J" / <PAGE> / "MARCH 3, 2004 -- …"): the tree holds no page break
 * inside a dateline, and read apart from the turn, as `format` prints it, the lines would open one.
 */
function continues(view: DocView, before: Planned, after: Planned): boolean {
  const a = blockTokens(view, before);
  const b = blockTokens(view, after, DATELINE_TOKENS);
  const last = a[a.length - 1];
  const first = b[0];
  if (!last || !first) return false;
  if (endsSentence(a) || last.tokenType === T.Colon) return false;
  if (readDateline(view.doc.source, b)) return false;
  // Nor does a dateline cut by the turn: its place on this page, its date or wire on the next.
  if (datelineAcrossTurn(view, before, after)) return false;
  // A paragraph does not end on a comma, a semicolon or a joining word: the sentence goes
  // on after the page turn, whatever opens the next page ("(5) the effect of …").
  if (last.tokenType === T.Comma || last.tokenType === T.Semicolon || OPEN_ENDINGS.has(last.image.toLowerCase())) return true;
  // Running text cut mid-sentence ("… before the North" / "Carolina Utilities …") goes
  // on, whatever case the next page opens in: sentences in lower-case words, or a last line
  // that is a full one, cut where the page ran out. Names, titles and e-mails on short lines
  // (a contact block) are no running text; centred lines are a headline's, and lines set in
  // columns (a name beside its phone) are none either.
  const lines = contentLines(view, before);
  const lastLine = lines[lines.length - 1];
  const measure = view.width - view.margin;
  const centred = lastLine !== undefined && isCentred(lastLine.indent - view.margin, lastLine.right - view.margin, measure);
  const full = lastLine !== undefined && lastLine.right - view.margin >= FULL_LINE * measure;
  const prose = full || capitalisedShare(a.slice(-SAMPLE_TOKENS)) <= RUNNING_TEXT_CAPITALS;
  if (lines.length >= 2 && prose && !centred && !lines.some((l) => hasGutter(l))) return true;
  return /^[a-z]/.test(first.image);
}
