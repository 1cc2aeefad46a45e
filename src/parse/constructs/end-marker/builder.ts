/**
 * The end marker node: the marker as written, without the date or desk code after it.
 */
import * as T from '../../../../grammars/tokens/text.js';
import type { FlowContent } from '../../../tree/content.js';
import { collapse } from '../../../normalize/text.js';
import { endOf } from '../../cst.js';
import type { DocView, Planned } from '../../decide/plan.js';
import type { BuildContext } from '../../build/context.js';
import { blockTokens, inlineOf, sourceText } from '../../build/kit.js';

export function endMarker(ctx: BuildContext, view: DocView, b: Planned): FlowContent {
  return { type: 'endMarker', text: endMarkerText(ctx, view, b), children: inlineOf(ctx, view, b) };
}

function endMarkerText(ctx: BuildContext, view: DocView, b: Planned): string {
  const toks = blockTokens(view, b);
  // "(END) Dow Jones Newswires": the wire's name after the marker is not part of it.
  const first = toks[0];
  const paren = toks[2];
  if (first?.tokenType === T.LParen && paren?.tokenType === T.RParen) return collapse(ctx.source.slice(first.startOffset, endOf(paren)));
  // "-0- 10/26/2006", "--30--jw/sf": the date or desk code after the marker is not part of it.
  const closing = toks.findIndex((t, i) => i > 0 && (t.tokenType === T.Hyphen || t.tokenType === T.Dashes));
  if (closing > 0 && toks[0]?.tokenType !== T.Hashes && closing < toks.length - 1) {
    const last = toks[closing];
    if (first && last) return collapse(ctx.source.slice(first.startOffset, endOf(last)));
  }
  return sourceText(ctx, b);
}

