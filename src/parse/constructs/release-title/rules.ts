/**
 * A release title that opens the body's first line, a dash between ("FOR IMMEDIATE RELEASE
 * -- KANSAS CITY, Mo., Nov. 5, 2002 -- Mirabel Foods …"): the title is a block of its own,
 * the dash with it, and the paragraph opens at the dateline.
 */
import { lineGrammar } from '../../../../grammars/line.js';
import { endOf } from '../../cst.js';
import { derive, type DocView, type Planned } from '../../decide/plan.js';
import { matchPrefix } from '../../match.js';
import { titledDatelineAt } from '../../shapes.js';

/** Most tokens a release title takes at the start of a line ("HOLD FOR IMMEDIATE RELEASE"). */
const TITLE_TOKENS = 5;

export function splitTitledDatelines(view: DocView, blocks: readonly Planned[]): Planned[] {
  const out: Planned[] = [];
  for (const b of blocks) {
    const toks = view.doc.lines[b.first]?.tokens ?? [];
    const m = b.role === 'paragraph' && toks[0]?.startOffset === b.start ? matchPrefix(lineGrammar, lineGrammar.releaseTitleStart, toks, TITLE_TOKENS) : null;
    const at = m ? titledDatelineAt(view.doc.source, toks, m.consumed) : -1;
    const sep = toks[at - 1];
    const opening = toks[at];
    if (!sep || !opening) {
      out.push(b);
      continue;
    }
    out.push(derive(b, 'title-before-dateline', { role: 'releaseTitle', last: b.first, end: endOf(sep) }));
    out.push({ ...b, rules: [...b.rules], start: opening.startOffset });
  }
  return out;
}
