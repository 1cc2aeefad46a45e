/**
 * The exhibit label node: its number as written ("99.1", "99(a)", "99-1").
 */
import { lineGrammar } from '../../../../grammars/line.js';
import type { ExhibitLabel } from '../../../tree/nodes/exhibit-label.js';
import { matchPrefix } from '../../match.js';
import { children, tokensOf } from '../../cst.js';
import { EXHIBIT_LABEL_TOKENS } from '../../shapes.js';
import type { DocView, Planned } from '../../decide/plan.js';
import type { BuildContext } from '../../build/context.js';
import { blockTokens, inlineOf } from '../../build/kit.js';

export function exhibitLabel(ctx: BuildContext, view: DocView, b: Planned): ExhibitLabel {
  return { type: 'exhibitLabel', number: exhibitNumber(view, b), children: inlineOf(ctx, view, b) };
}

function exhibitNumber(view: DocView, b: Planned): string {
  const m = view.evidence[b.first]?.exhibitLabel?.match ?? matchPrefix(lineGrammar, lineGrammar.exhibitLabelStart, blockTokens(view, b), EXHIBIT_LABEL_TOKENS);
  const label = m ? children(m.cst, 'exhibitLabel')[0] : undefined;
  if (!label) return '?';
  // The number and its parts, as written without spaces: "99.1", "99(a)", "(a)(c)(5)".
  const number = [...(label.children['Number'] ?? []), ...children(label, 'exhibitSuffix'), ...children(label, 'exhibitPart')].flatMap((el) => ('image' in el ? [el] : tokensOf(el)));
  return number.sort((x, y) => x.startOffset - y.startOffset).map((t) => t.image).join('') || '?';
}

