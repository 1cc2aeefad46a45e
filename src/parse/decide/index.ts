/**
 * The decider: from the grammar's raw blocks to a plan of what each block is in the release,
 * each block's reading chosen once.
 *
 * 1. Edits that need no reading: a label's column set apart, a slug line's headline, a
 *    paragraph cut by a page turn joined, the wire trailer split at its contact lines.
 * 2. Where the body opens: the cheapest of the openings the dateline construct proposes
 *    (a dateline before running text, the first of each). Lines above a dateline in its block
 *    become a block apart; front-matter blocks are cut at date lines and case changes.
 * 3. Every block's reading: each construct proposes readings with costs, and the cheapest
 *    sequence the document grammar allows is taken (`bestPath`, `documentGrammar`).
 * 4. A headline stopping mid-phrase takes the block under it; contact blocks that touch are
 *    merged; safe-harbor passages and the trailer are found.
 *
 * Each step records the rules behind what it did on the blocks (`explain` prints them).
 */
import type { RawBlock } from '../blocks.js';
import type { Warning } from '../warning.js';
import { initialPlan, partOf, planned, type DocView, type Plan, type Planned, type Section } from './plan.js';
import { bestPath, type Candidate } from './best-path.js';
import { documentGrammar, headlineRead } from './grammar.js';
import type { Reading } from './reading.js';
import { bodyReadings, frontReadings, headlineEvidence, openingReadings } from './candidates.js';
import { splitColumns } from '../constructs/columns/rules.js';
import { splitSlugLines } from '../constructs/slug-line/rules.js';
import { joinAcrossPages } from '../constructs/page-turn/rules.js';
import { nestSubItems, readFootnotes } from '../constructs/list/rules.js';
import { splitTitledDatelines } from '../constructs/release-title/rules.js';
import { findWireTrailer } from '../constructs/trailer/rules.js';
import { bodyOpenings, joinDateAbove, type BodyOpening } from '../constructs/dateline/rules.js';
import { joinRunOnHeadlines, splitCaseChanges, splitDateLines } from '../constructs/headline/rules.js';
import { mergeContacts } from '../constructs/contact/rules.js';
import { findSafeHarbors } from '../constructs/safe-harbor/rules.js';

export type { DocView, Plan, Planned, Role, Section } from './plan.js';

export interface Guess {
  ruleId: Warning['ruleId'];
  reason: string;
  start: number;
  end: number;
}

export interface PlanResult {
  readonly plan: Plan;
  /** Guesses made, with the offsets they concern. */
  readonly guesses: readonly Guess[];
}

export function decide(view: DocView, raw: readonly RawBlock[]): PlanResult {
  const guesses: Guess[] = [];
  let blocks = initialPlan(view, raw);
  blocks = splitColumns(view, blocks);
  blocks = splitSlugLines(view, blocks);
  blocks = splitTitledDatelines(view, blocks);
  blocks = joinAcrossPages(view, blocks);
  blocks = joinDateAbove(view, blocks);
  readFootnotes(view, blocks);
  nestSubItems(view, blocks);
  blocks = findWireTrailer(view, blocks);

  const opening = cheapest(bodyOpenings(view, blocks));
  const bodyFirst = opening ? openBody(view, blocks, opening) : undefined;
  reportOpening(guesses, opening, bodyFirst ?? blocks[0]);
  const bodyIndex = (): number => (bodyFirst ? blocks.indexOf(bodyFirst) : blocks.length);
  blocks = [...splitCaseChanges(view, splitDateLines(view, blocks.slice(0, bodyIndex()))), ...blocks.slice(bodyIndex())];

  readBlocks(view, blocks, bodyIndex());
  if (!blocks.some((b) => b.role === 'headline') && blocks[0]) {
    guesses.push({ ruleId: 'headline-missing', reason: 'No headline found above the body', start: blocks[0].start, end: blocks[0].start });
  }
  blocks = joinRunOnHeadlines(view, blocks);
  blocks = mergeContacts(view, blocks);

  const trailerAt = blocks.findIndex((b) => b.trailer);
  // A safe harbor may stand anywhere, printed above the headline as well as at the end.
  // It may join paragraphs into a list, so the trailer's index is found again after it.
  const sections: Section[] = findSafeHarbors(view, blocks, 0, trailerAt >= 0 ? trailerAt : blocks.length);
  const trailerFrom = blocks.findIndex((b) => b.trailer);
  if (trailerFrom >= 0) {
    for (const b of blocks.slice(trailerFrom)) if (!b.rules.includes('wire-trailer')) b.rules.push('wire-trailer');
    sections.push({ kind: 'wireTrailer', from: trailerFrom, to: blocks.length - 1 });
  }
  return { plan: { blocks, sections }, guesses };
}

/** The cheapest opening, the first on ties. */
function cheapest(openings: readonly BodyOpening[]): BodyOpening | undefined {
  let best: BodyOpening | undefined;
  for (const o of openings) if (!best || o.cost < best.cost) best = o;
  return best;
}

/** Opens the body at `opening`; a dateline under lines of its block cuts them off as a block apart. */
function openBody(view: DocView, blocks: Planned[], opening: BodyOpening): Planned | undefined {
  const b = blocks[opening.index];
  if (!b) return undefined;
  const from = opening.line > b.first ? planned(view, 'paragraph', opening.line, b.last, [...b.rules, opening.rule]) : b;
  if (from === b) b.rules.push(opening.rule);
  else blocks.splice(opening.index, 1, partOf(view, b, b.first, opening.line - 1, [...b.rules, 'dateline-split-above']), from);
  if (opening.dateline) from.dateline = opening.dateline;
  return from;
}

function reportOpening(guesses: Guess[], opening: BodyOpening | undefined, at: Planned | undefined): void {
  if (!opening?.dateline) {
    const reason = opening ? 'No dateline found; the body is taken to start here' : 'No dateline and no body paragraph found';
    guesses.push({ ruleId: 'dateline-missing', reason, start: at?.start ?? 0, end: at?.end ?? 0 });
    return;
  }
  const d = opening.dateline;
  if (!d.hasWire) guesses.push({ ruleId: 'dateline-without-wire', reason: 'Dateline names no wire service', start: d.start, end: d.end });
  if (d.badDate) guesses.push({ ruleId: 'dateline-unparsed-date', reason: 'Dateline date is not a calendar date', start: d.start, end: d.end });
}

/** Chooses every block's reading at once and gives the blocks their roles. */
function readBlocks(view: DocView, blocks: Planned[], bodyIndex: number): void {
  const candidates: Array<Array<Candidate<Reading>>> = [];
  let contactAbove = false;
  const headlineLike = headlineEvidence(view, blocks, bodyIndex);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const options: Array<Candidate<Reading>> = i < bodyIndex ? frontReadings(view, blocks, i, contactAbove, headlineLike) : i === bodyIndex && b ? openingReadings(b) : bodyReadings(view, blocks, i, contactAbove);
    candidates.push(options);
    if (b?.role !== 'pageBreak') contactAbove = options.some((o) => o.reading.contact);
  }
  const chosen = bestPath(documentGrammar, candidates);
  let state = documentGrammar.start;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const r = candidates[i]?.[chosen[i] ?? 0]?.reading;
    if (!b || !r) continue;
    const before = state;
    state = documentGrammar.step(state, r)?.state ?? state;
    if (r.run === 'head' && headlineRead(before)) apply(b, { ...r, role: 'subheadline', rule: 'subheadline-after-headline' });
    else apply(b, r);
  }
}

function apply(b: Planned, r: Reading): void {
  if (!r.rule) return;
  b.role = r.role;
  b.rules.push(r.rule);
  if (r.headingRole) b.headingRole = r.headingRole;
}
