/**
 * Role analysis: from the grammar's raw blocks to a plan of what each block is in the
 * release. The steps run in a fixed order; each is a rule about how releases are written.
 */
import type { RawBlock } from '../blocks.js';
import type { Warning } from '../warning.js';
import { initialPlan, type DocView, type Plan } from './plan.js';
import { splitColumns } from './cells.js';
import { extendContacts, findBodyStart, findDateline, markHeadlines, splitSlugLines } from './front.js';
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
  const trailer = findWireTrailer(view, blocks);
  const dateline = findDateline(view, blocks);
  const bodyStart = dateline >= 0 ? dateline : findBodyStart(view, blocks);
  if (dateline < 0 && blocks.length) {
    const b = blocks[Math.min(bodyStart, blocks.length - 1)];
    if (b) guesses.push({ ruleId: 'dateline-missing', reason: 'No dateline found; the body is taken to start here', start: b.start, end: b.end });
  }
  const d = blocks[dateline]?.dateline;
  if (d && !d.hasWire) {
    guesses.push({ ruleId: 'dateline-without-wire', reason: 'Dateline names no wire service', start: d.start, end: d.end });
  }
  if (d?.badDate) {
    guesses.push({ ruleId: 'dateline-unparsed-date', reason: 'Dateline date is not a calendar date', start: d.start, end: d.end });
  }
  markHeadlines(view, blocks, bodyStart);
  if (!blocks.some((b) => b.role === 'headline') && blocks.length) {
    const b = blocks[0];
    if (b) guesses.push({ ruleId: 'headline-missing', reason: 'No headline found above the body', start: b.start, end: b.start });
  }
  extendContacts(view, blocks);
  markHeadings(view, blocks, bodyStart + 1);
  const limit = trailer ? trailer.from : blocks.length;
  const sections = findSafeHarbors(view, blocks, bodyStart, limit);
  if (trailer) sections.push(trailer);
  return { plan: { blocks, sections }, guesses };
}
