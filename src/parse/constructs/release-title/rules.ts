/**
 * A release title that opens the body's first line, a dash between ("FOR IMMEDIATE RELEASE
 * -- KANSAS CITY, Mo., Nov. 5, 2002 -- Mirabel Foods …"): the title is a block of its own,
 * the dash with it, and the paragraph opens at the dateline. So is a title before a colon
 * and the headline ("NEWS RELEASE: Acme Begins Phase III Trial …").
 */
import { tokenMatcher, type IToken } from 'chevrotain';
import { lineGrammar } from '../../../../grammars/line.js';
import * as T from '../../../../grammars/tokens/text.js';
import { words } from '../../text/signals.js';
import { RELEASE_TIME_OPENERS } from '../../lexicon/index.js';
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
    if (sep && opening) {
      out.push(derive(b, 'title-before-dateline', { role: 'releaseTitle', last: b.first, end: endOf(sep) }));
      out.push({ ...b, rules: [...b.rules], start: opening.startOffset });
      continue;
    }
    // "NEWS RELEASE: Borrowdale Pharmaceuticals Begins Phase III Trial …": the title, its
    // colon, then words that are no time or date of release — the headline.
    const colon = m ? toks[m.consumed] : undefined;
    const after = m ? toks[m.consumed + 1] : undefined;
    if (colon?.tokenType === T.Colon && after && isHeadlineWord(after) && words(toks.slice(m!.consumed + 1)).length >= HEADLINE_AFTER_TITLE_WORDS) {
      out.push(derive(b, 'title-before-headline', { role: 'releaseTitle', last: b.first, end: endOf(colon) }));
      out.push({ ...b, rules: [...b.rules], start: after.startOffset });
      continue;
    }
    out.push(b);
  }
  return out;
}

/** Fewest words after a title's colon that make a headline, not a release time ("FOR RELEASE: 4:05 PM EST"). */
const HEADLINE_AFTER_TITLE_WORDS = 3;

/** A word that may open a headline: a capitalised word, not a date's or a time's. */
const isHeadlineWord = (t: IToken): boolean =>
  tokenMatcher(t, T.AnyWord) && /^[A-Z]/.test(t.image) && t.tokenType !== T.Month && t.tokenType !== T.Weekday && !RELEASE_TIME_OPENERS.has(t.image.toLowerCase());
