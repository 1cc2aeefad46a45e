/**
 * The safe-harbor passage, as a range of planned blocks: from its heading or its first
 * paragraph about forward-looking statements, over cautionary text and the risk list.
 *
 * > | SAFE HARBOR STATEMENT
 * > | This release contains forward-looking statements … Factors that could cause actual
 * > | results to differ materially include:
 */
import * as T from '../../../../grammars/tokens/text.js';
import { assign, blockTokens, contentLines, onlyBlankBetween, planned, type DocView, type Planned, type Section } from '../../decide/plan.js';
import { isCautionaryText, isSafeHarborText, namesFactors, remarksOnStatements, RESULTS_AT_STAKE } from './cues.js';
import { sentences } from '../risk-list/reader.js';
import { LIST_CONTINUATIONS } from '../../lexicon/index.js';
import { lower } from '../../cst.js';
import { endsWithCue, RISK_WORDS } from '../risk-list/cues.js';

const textOf = (view: DocView, b: Planned): string => view.doc.source.slice(b.start, b.end);

/**
 * A safe-harbor section opens at a safe-harbor heading or at a paragraph about
 * forward-looking statements and their risks, and goes on over paragraphs and lists that
 * keep to cautionary language (page breaks inside are kept).
 */
export function findSafeHarbors(view: DocView, blocks: Planned[], bodyStart: number, limit: number): Section[] {
  const out: Section[] = [];
  for (let i = Math.max(0, bodyStart); i < limit; i++) {
    const b = blocks[i];
    if (!b) continue;
    const opensWithHeading = b.role === 'heading' && b.headingRole === 'safeHarbor';
    const opensWithText = b.role === 'paragraph' && !b.dateline && isSafeHarborText(textOf(view, b));
    if (!opensWithHeading && !opensWithText) continue;
    let to = i;
    for (let j = i + 1; j < limit; j++) {
      const n = blocks[j];
      if (!n) break;
      if (n.role === 'pageBreak' || n.role === 'continuation') continue;
      const previous = blocks[to];
      const introducesList = previous !== undefined && announcesList(view, previous);
      // Under a heading that names the factors ("Factors That May Affect Future Results"), the
      // list right under it is the risk list.
      if (n.role === 'list' && opensWithHeading && to === i && !introducesList && namesFactors(textOf(view, b))) {
        assign(n, 'riskList', 'risk-list-introduced');
        to = j;
      }
      else if (n.role === 'list' && (introducesList || isCautionaryText(textOf(view, n)))) {
        // A list introduced as risks ("… differ materially include:") is the risk list.
        if (introducesList && previous && announcesRisks(textOf(view, previous))) assign(n, 'riskList', 'risk-list-introduced');
        to = j;
      }
      else if (n.role === 'paragraph' && introducesList && previous && announcesRisks(textOf(view, previous))) {
        const lastItem = previous.role === 'paragraph' ? itemParagraphsEnd(view, blocks, j, limit) : -1;
        if (lastItem > j) {
          // One risk a paragraph, unmarked: the paragraphs are the items of one list.
          const items = blocks.slice(j, lastItem + 1);
          const list = planned(view, 'riskList', n.first, items[items.length - 1]?.last ?? n.last, ['risk-items-as-paragraphs'], { items: items.map((b) => b.first), unmarked: true });
          blocks.splice(j, items.length, list);
          limit -= items.length - 1;
        } else {
          // "… differ materially include the following:" over a paragraph of the risks themselves.
          n.riskListIntroduced = true;
          n.rules.push('risk-list-introduced');
        }
        to = j;
      }
      else if (n.role === 'paragraph' && isCautionaryText(textOf(view, n))) to = j;
      else if (n.role === 'paragraph' && opensWithHeading && to === i) to = j;
      else break;
    }
    // A heading alone is no passage.
    if (opensWithHeading && to === i) continue;
    for (let k = i; k <= to; k++) blocks[k]?.rules.push('safe-harbor-passage');
    out.push({ kind: 'safeHarbor', from: i, to });
    i = to;
  }
  return out;
}

/**
 * Whether an introduction names what it announces as risks: risks, uncertainties, factors,
 * or what may make results differ ("Actual results could differ materially because of:").
 */
export function announcesRisks(text: string): boolean {
  return RISK_WORDS.test(text) || RESULTS_AT_STAKE.test(text);
}

/**
 * Whether a block ends by announcing what follows: a colon, or a cue left open, as the
 * risk-list reader reads cues.
 *
 * > | Factors that could cause actual results to differ include, but are not limited to,
 */
function announcesList(view: DocView, b: Planned): boolean {
  const toks = blockTokens(view, b);
  if (toks[toks.length - 1]?.tokenType === T.Colon) return true;
  return endsWithCue(toks);
}

/** Most lines one risk written as a paragraph of its own takes. */
const ITEM_PARAGRAPH_LINES = 5;

/** Most risks written as paragraphs of their own that one list takes (page-turn/rules.ts reads the ";" form). */
export const MOST_ITEM_PARAGRAPHS = 30;

/**
 * Risks written one a paragraph, without markers, under the sentence that announced them:
 * each paragraph a single sentence of a few lines, a blank line between. The run stops at
 * a paragraph that is no risk: one that says something of the statements themselves ("…
 * does not undertake to update …") or points back at the list ("These factors are not
 * exhaustive."). The index of the last item paragraph from `from`, or -1 (two items at least).
 *
 * > | … The following factors, among others, could cause actual results to differ materially:
 * > |
 * > | The frequency and severity of catastrophe losses, including hurricanes,
 * > | hailstorms and tornadoes in the Midwest and Gulf Coast states.
 * > |
 * > | The adequacy of reserves for asbestos and environmental claims.
 */
function itemParagraphsEnd(view: DocView, blocks: readonly Planned[], from: number, limit: number): number {
  let last = -1;
  for (let k = from; k < limit && k - from < MOST_ITEM_PARAGRAPHS; k++) {
    const b = blocks[k];
    const above = blocks[k - 1];
    if (!b || !above || b.role !== 'paragraph' || b.dateline || !onlyBlankBetween(view, above.last, b.first)) break;
    if (contentLines(view, b).length > ITEM_PARAGRAPH_LINES) break;
    const toks = blockTokens(view, b);
    // One sentence, no list of its own inside (items parted by semicolons are read in their paragraph).
    if (toks[toks.length - 1]?.tokenType !== T.Period || sentences(toks).length !== 1 || toks.some((t) => t.tokenType === T.Semicolon)) break;
    if (LIST_CONTINUATIONS.has(lower(toks[0])) || remarksOnStatements(textOf(view, b))) break;
    last = k;
  }
  return last > from ? last : -1;
}
