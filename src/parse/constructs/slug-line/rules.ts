/**
 * A wire slug line: codes in parentheses, then the headline on the same line or under it.
 *
 * > | (BW)(NY-ACME)(ACME) Acme Widgets Reports Record Quarter
 */
import { endOf } from '../../cst.js';
import { derive, type DocView, type Planned } from '../../decide/plan.js';

/** Splits a slug block into the slug line proper and the headline that follows its codes. */
export function splitSlugLines(view: DocView, blocks: Planned[]): Planned[] {
  const out: Planned[] = [];
  for (const b of blocks) {
    if (b.role !== 'slugLine') {
      out.push(b);
      continue;
    }
    const toks = view.doc.lines[b.first]?.tokens ?? [];
    const m = view.evidence[b.first]?.slug;
    const lastCode = m ? toks[m.consumed - 1] : undefined;
    const rest = m ? toks[m.consumed] : undefined;
    if (!lastCode) {
      out.push(derive(b, 'slug-line-unmatched', { role: 'paragraph' }));
      continue;
    }
    if (!rest && b.last === b.first) {
      out.push(b);
      continue;
    }
    out.push({ ...b, rules: [...b.rules], last: b.first, end: endOf(lastCode) });
    const headStart = rest ? rest.startOffset : (view.doc.lines[b.first + 1]?.contentStart ?? b.end);
    out.push(derive(b, 'slug-line-headline', { role: 'headline', first: rest ? b.first : b.first + 1, start: headStart }));
  }
  return out;
}
