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
    if (before) out.push({ ...b, role: 'paragraph', ...before });
    if (self) out.push({ ...b, ...self });
    if (after) out.push({ ...b, role: 'paragraph', ...after });
  }
  return out;
}
