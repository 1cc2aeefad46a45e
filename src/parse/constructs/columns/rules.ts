/**
 * Lines that hold a label or title in one column and something else in another
 * ("[Logo]        Exhibit 99.3", "PRESS RELEASE      Source: Acme Corp."): the label or
 * title becomes its own block and the other columns become paragraphs beside it.
 */
import type { LineCell } from '../../layout/cells.js';
import { endOf } from '../../cst.js';
import { isContactLabel } from '../../shapes.js';
import { contentLines, derive, type DocView, type Planned } from '../../decide/plan.js';

/** Whether every line of a block starts at or right of `column` (give or take two). */
function inColumn(view: DocView, b: Planned, column: number): boolean {
  return contentLines(view, b).every((l) => l.indent >= column - 2);
}

export function splitColumns(view: DocView, blocks: readonly Planned[]): Planned[] {
  const out: Planned[] = [];
  for (const b of blocks) {
    const evidence = view.evidence[b.first];
    const k = b.role === 'exhibitLabel' ? (evidence?.exhibitLabel?.cell ?? -1) : b.role === 'releaseTitle' ? (evidence?.releaseTitle ?? -1) : -1;
    if (k < 0 || !evidence || b.first !== b.last) {
      out.push(b);
      continue;
    }
    const cells = evidence.cells;
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
    // "CONTACT:  Raymond Sallis, President        NEWS RELEASE": a contact block whose first
    // line has the title set beside it holds the title (its lines below go on under the
    // label, past where the title stands).
    if (before && b.role === 'releaseTitle' && isContactLabel(cells[0]?.tokens ?? [])) {
      out.push(derive(b, 'contact-beside-title', { role: 'contact', column: cells[0]?.left, start: b.start, end: b.end }));
      continue;
    }
    // The columns beside a title are letterhead, and so are lines that run on with them.
    const prev = out[out.length - 1];
    if (prev && prev.role === 'paragraph' && prev.last === b.first - 1) prev.aside = true;
    // "PRESS RELEASE        Exhibit 99": the title in the column before the label.
    const titleBefore = before !== null && b.role === 'exhibitLabel' && k === 1 && evidence.releaseTitle === 0;
    if (before) out.push(titleBefore ? derive(b, 'title-beside-label', { role: 'releaseTitle', ...before }) : derive(b, 'column-beside-label', { role: 'paragraph', aside: true, ...before }));
    if (self) out.push({ ...b, rules: [...b.rules], ...self });
    // "PRESS RELEASE        Contact: Beverly Ng": a contact block set beside the title;
    // "EXHIBIT 99.1          FOR IMMEDIATE RELEASE": the title beside the label.
    const contactBeside = after !== null && isContactLabel(cells[k + 1]?.tokens ?? []);
    const titleBeside = after !== null && b.role === 'exhibitLabel' && cells.length === k + 2 && evidence.releaseTitle === k + 1;
    if (after) {
      if (contactBeside) out.push(derive(b, 'contact-beside-title', { role: 'contact', column: cells[k + 1]?.left, ...after }));
      else if (titleBeside) out.push(derive(b, 'title-beside-label', { role: 'releaseTitle', ...after }));
      else out.push(derive(b, 'column-beside-label', { role: 'paragraph', aside: true, ...after }));
    }
  }
  // Lines right below letterhead lines are letterhead too; lines right below a contact
  // block beside a title, in its column, go on with it.
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1];
    const b = out[i];
    if (prev?.column !== undefined && b?.role === 'paragraph' && prev.last === b.first - 1 && inColumn(view, b, prev.column)) {
      prev.last = b.last;
      prev.end = b.end;
      prev.rules.push('column-continues');
      out.splice(i--, 1);
      continue;
    }
    if (prev && b && b.role === 'paragraph' && prev.last === b.first - 1 && (prev.aside || ((prev.role === 'releaseTitle' || prev.role === 'exhibitLabel') && view.evidence[prev.first]?.cells.length !== 1))) {
      b.aside = true;
      b.rules.push('column-beside-label');
    }
  }
  return out;
}
