/**
 * Role analysis: from the grammar's raw blocks to a plan of what each block is in the
 * release. The steps run in a fixed order; each is a rule about how releases are written.
 */
import type { RawBlock } from '../blocks.js';
import type { Warning } from '../warning.js';
import { initialPlan, type DocView, type Plan, type Section } from './plan.js';
import { splitColumns } from './cells.js';
import { extendContacts, findBodyStart, findDateline, markContactColumns, markHeadlines, markProseContacts, markReleaseNumbers, mergeContacts, splitCaseChanges, splitDateLines, splitSlugLines } from './front.js';
import { joinAcrossPages, markHeadings } from './body.js';
import { findSafeHarbors, findWireTrailer } from './sections.js';

export type { DocView, Plan, Planned, Role, Section } from './plan.js';

export interface PlanResult {
  readonly plan: Plan;
  /** Guesses made, with the offsets they concern. */
  readonly guesses: ReadonlyArray<{ ruleId: Warning['ruleId']; reason: string; start: number; end: number }>;
}

export function planRoles(view: DocView, raw: readonly RawBlock[]): PlanResult {
  const guesses: Array<{ ruleId: Warning['ruleId']; reason: string; start: number; end: number }> = [];
  let blocks = initialPlan(view, raw);
  blocks = splitColumns(view, blocks);
  blocks = splitSlugLines(view, blocks);
  blocks = joinAcrossPages(view, blocks);
  blocks = findWireTrailer(view, blocks);

  const dateline = findDateline(view, blocks);
  const bodyFirst = blocks[dateline >= 0 ? dateline : findBodyStart(view, blocks)];
  if (dateline < 0) {
    const at = bodyFirst ?? blocks[0];
    const reason = bodyFirst ? 'No dateline found; the body is taken to start here' : 'No dateline and no body paragraph found';
    guesses.push({ ruleId: 'dateline-missing', reason, start: at?.start ?? 0, end: at?.end ?? 0 });
  }
  const d = bodyFirst?.dateline;
  if (d && !d.hasWire) guesses.push({ ruleId: 'dateline-without-wire', reason: 'Dateline names no wire service', start: d.start, end: d.end });
  if (d?.badDate) guesses.push({ ruleId: 'dateline-unparsed-date', reason: 'Dateline date is not a calendar date', start: d.start, end: d.end });

  // Front matter: everything above the first body block. Steps below may split or merge
  // blocks, so the body is found again by identity each time.
  const bodyIndex = (): number => (bodyFirst ? blocks.indexOf(bodyFirst) : blocks.length);
  blocks = [...splitCaseChanges(view, splitDateLines(view, blocks.slice(0, bodyIndex()))), ...blocks.slice(bodyIndex())];
  markReleaseNumbers(view, blocks, bodyIndex());
  markContactColumns(view, blocks, bodyIndex());
  markHeadlines(view, blocks, bodyIndex());
  if (!blocks.some((b) => b.role === 'headline') && blocks[0]) {
    guesses.push({ ruleId: 'headline-missing', reason: 'No headline found above the body', start: blocks[0].start, end: blocks[0].start });
  }
  extendContacts(view, blocks);
  blocks = [...mergeContacts(view, blocks.slice(0, bodyIndex())), ...blocks.slice(bodyIndex())];
  markHeadings(view, blocks, bodyIndex() + 1);
  markProseContacts(view, blocks, bodyIndex() + 1);

  const trailerFrom = blocks.findIndex((b) => b.trailer);
  const limit = trailerFrom >= 0 ? trailerFrom : blocks.length;
  // A safe harbor may stand anywhere, printed above the headline as well as at the end.
  const sections: Section[] = findSafeHarbors(view, blocks, 0, limit);
  if (trailerFrom >= 0) {
    for (const b of blocks.slice(trailerFrom)) if (!b.rules.includes('wire-trailer')) b.rules.push('wire-trailer');
    sections.push({ kind: 'wireTrailer', from: trailerFrom, to: blocks.length - 1 });
  }
  return { plan: { blocks, sections }, guesses };
}
