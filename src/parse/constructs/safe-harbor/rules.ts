/**
 * The safe-harbor passage, as a range of planned blocks: from its heading or its first
 * paragraph about forward-looking statements, over cautionary text and the risk list.
 *
 * > | SAFE HARBOR STATEMENT
 * > | This release contains forward-looking statements … Factors that could cause actual
 * > | results to differ materially include:
 */
import * as T from '../../../../grammars/tokens/text.js';
import { assign, blockTokens, type DocView, type Planned, type Section } from '../../decide/plan.js';
import { isCautionaryText, isSafeHarborText, RESULTS_AT_STAKE } from './cues.js';
import { endsWithCue, RISK_WORDS } from '../risk-list/cues.js';

const textOf = (view: DocView, b: Planned): string => view.doc.source.slice(b.start, b.end);

/**
 * A safe-harbor section opens at a safe-harbor heading or at a paragraph about
 * forward-looking statements and their risks, and goes on over paragraphs and lists that
 * keep to cautionary language (page breaks inside are kept).
 */
export function findSafeHarbors(view: DocView, blocks: readonly Planned[], bodyStart: number, limit: number): Section[] {
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
      if (n.role === 'list' && (introducesList || isCautionaryText(textOf(view, n)))) {
        // A list introduced as risks ("… differ materially include:") is the risk list.
        if (introducesList && previous && announcesRisks(textOf(view, previous))) assign(n, 'riskList', 'risk-list-introduced');
        to = j;
      }
      else if (n.role === 'paragraph' && introducesList && previous && announcesRisks(textOf(view, previous))) {
        // "… differ materially include the following:" over a paragraph of the risks themselves.
        n.riskListIntroduced = true;
        n.rules.push('risk-list-introduced');
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
