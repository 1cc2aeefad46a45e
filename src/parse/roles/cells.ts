/**
 * Lines that hold a label or title in one column and something else in another
 * ("[Logo]        Exhibit 99.3", "PRESS RELEASE      Source: Acme Corp."): the label or
 * title becomes its own block and the other columns become paragraphs beside it.
 */
import { lineCells, type LineCell } from '../layout/cells.js';
import { endOf } from '../cst.js';
import { isExhibitLabel, isReleaseTitle } from '../shapes.js';
import type { DocView, Planned } from './plan.js';

export function splitColumns(view: DocView, blocks: readonly Planned[]): Planned[] {
  const out: Planned[] = [];
  for (const b of blocks) {
    const test = b.role === 'exhibitLabel' ? isExhibitLabel : b.role === 'releaseTitle' ? isReleaseTitle : null;
    const line = view.doc.lines[b.first];
    if (!test || !line || b.first !== b.last) {
      out.push(b);
      continue;
    }
    const cells = lineCells(line);
    const k = cells.findIndex(test);
    const cell = cells[k];
    if (!cell || cells.length === 1) {
      out.push(b);
      continue;
    }
    const range = (from: readonly LineCell[]): Pick<Planned, 'start' | 'end'> | null => {
      const a = from[0]?.tokens[0];
      const last = from[from.length - 1];
      const z = last?.tokens[last.tokens.length - 1];
      return a && z ? { start: a.startOffset, end: endOf(z) } : null;
    };
    const before = range(cells.slice(0, k));
    const self = range([cell]);
    const after = range(cells.slice(k + 1));
    // The columns beside a title are letterhead, and so are lines that run on with them.
    const prev = out[out.length - 1];
    if (prev && prev.role === 'paragraph' && prev.last === b.first - 1) prev.aside = true;
    if (before) out.push({ ...b, role: 'paragraph', aside: true, ...before });
    if (self) out.push({ ...b, ...self });
    if (after) out.push({ ...b, role: 'paragraph', aside: true, ...after });
  }
  // Lines right below letterhead lines are letterhead too.
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1];
    const b = out[i];
    if (prev && b && b.role === 'paragraph' && prev.last === b.first - 1 && (prev.aside || prev.role === 'releaseTitle' || prev.role === 'exhibitLabel')) b.aside = true;
  }
  return out;
}
