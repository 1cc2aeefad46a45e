/**
 * The slug line node: the wire code and the slug, the first parenthetical that is no ticker.
 */
import * as T from '../../../../grammars/tokens/text.js';
import type { FlowContent } from '../../../tree/content.js';
import { children, spanText, tokensOf } from '../../cst.js';
import type { DocView, Planned } from '../../decide/plan.js';
import type { BuildContext } from '../../build/context.js';
import { blockTokens, inlineOf } from '../../build/kit.js';

export function slugLine(ctx: BuildContext, view: DocView, b: Planned): FlowContent {
  const toks = blockTokens(view, b);
  const wireCode = toks[1]?.image ?? '';
  // The slug is the first parenthetical after the code that is not a ticker.
  const m = view.evidence[b.first]?.slug;
  let slug: string | null = null;
  if (m) {
    const prefix = children(m.cst, 'slugPrefix')[0];
    const groups = prefix ? children(prefix, 'parenthetical') : [];
    for (const g of groups) {
      const inner = tokensOf(g);
      if (inner.some((t) => t.tokenType === T.Colon)) continue;
      slug = spanText(ctx.source, inner.slice(1, -1));
      break;
    }
  }
  return { type: 'slugLine', wireCode: wireCode || '?', slug, children: inlineOf(ctx, view, b) };
}

