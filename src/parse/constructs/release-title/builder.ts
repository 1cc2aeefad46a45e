/**
 * The release title node: its words, without the dash that parts it from a dateline on its
 * line ("FOR IMMEDIATE RELEASE --") or the colon before a headline ("NEWS RELEASE:").
 */
import * as T from '../../../../grammars/tokens/text.js';
import type { ReleaseTitle } from '../../../tree/nodes/release-title.js';
import { collapse } from '../../../normalize/text.js';
import type { BuildContext } from '../../build/context.js';
import { leaves } from '../../build/leaves.js';
import { blockTokens } from '../../build/kit.js';
import type { DocView, Planned } from '../../decide/plan.js';

export function releaseTitle(ctx: BuildContext, view: DocView, b: Planned): ReleaseTitle {
  const toks = blockTokens(view, b);
  let n = toks.length;
  while (n > 1 && (toks[n - 1]?.tokenType === T.Dashes || toks[n - 1]?.tokenType === T.Hyphen || toks[n - 1]?.tokenType === T.Colon)) n--;
  const last = toks[n - 1];
  const end = last ? last.startOffset + last.image.length : b.end;
  return { type: 'releaseTitle', text: collapse(ctx.source.slice(b.start, end)), children: leaves(ctx, b.start, b.end) };
}
