/**
 * Builders: one planned block to one node, each construct's node made by its builder
 * (`src/parse/constructs/<name>/builder.ts`). Every builder covers exactly the block's
 * `[start, end)` with its children, so the leaves of the tree stay the source text.
 */
import type { FlowContent, PhrasingContent } from '../../tree/content.js';
import type { DocView, Planned } from '../decide/plan.js';
import type { BuildContext } from './context.js';
import { leaves } from './leaves.js';
import { phrasing } from './phrasing.js';
import { pageBreakNode } from './inline.js';
import { blockTokens, commonSpans, inlineOf, textWithoutPages, type PhrasingSpan } from './kit.js';
import { riskListBlock, riskListSpans } from '../constructs/risk-list/builder.js';
import { exhibitLabel } from '../constructs/exhibit-label/builder.js';
import { releaseTitle } from '../constructs/release-title/builder.js';
import { slugLine } from '../constructs/slug-line/builder.js';
import { editorLine } from '../constructs/editor-line/builder.js';
import { endMarker } from '../constructs/end-marker/builder.js';
import { contact } from '../constructs/contact/builder.js';
import { list, listItems } from '../constructs/list/builder.js';
import { table } from '../constructs/table/builder.js';
import { datelineSpan } from '../constructs/dateline/builder.js';
import { append } from '../../util/append.js';

/** Extra spans a block may carry (risk lists in a safe-harbor passage). */
export interface BlockOptions {
  readonly safeHarbor: boolean;
}

export function buildBlock(ctx: BuildContext, view: DocView, b: Planned, opts: BlockOptions): FlowContent {
  switch (b.role) {
    case 'pageBreak':
      return pageBreakNode(ctx, view, b.first, b.last, b.start, b.end);
    case 'exhibitLabel':
      return exhibitLabel(ctx, view, b);
    case 'releaseTitle':
      return releaseTitle(ctx, view, b);
    case 'slugLine':
      return slugLine(ctx, view, b);
    case 'headline':
    case 'subheadline':
      return { type: b.role, text: textWithoutPages(ctx, view, b), children: inlineOf(ctx, view, b) };
    case 'editorLine':
      return editorLine(ctx, view, b);
    case 'heading':
      return { type: 'heading', text: textWithoutPages(ctx, view, b), role: b.headingRole ?? 'other', children: inlineOf(ctx, view, b) };
    case 'contact':
      return contact(ctx, view, b);
    case 'list':
      return list(ctx, view, b);
    case 'riskList':
      return riskList(ctx, view, b);
    case 'table':
      return table(ctx, view, b);
    case 'endMarker':
      return endMarker(ctx, view, b);
    case 'continuation':
      return { type: 'continuation', text: textWithoutPages(ctx, view, b), children: inlineOf(ctx, view, b) };
    case 'rule':
      return { type: 'rule', children: leaves(ctx, b.start, b.end) };
    case 'paragraph':
      return paragraph(ctx, view, b, opts);
  }
}

function paragraph(ctx: BuildContext, view: DocView, b: Planned, opts: BlockOptions): FlowContent {
  const extra: PhrasingSpan[] = [];
  if (b.dateline) extra.push(datelineSpan(ctx, b.dateline));
  const toks = blockTokens(view, b);
  const common = commonSpans(ctx, view, b, toks);
  if (opts.safeHarbor) append(extra, riskListSpans(ctx, view, toks, common, b.riskListIntroduced === true));
  for (const span of common) extra.push(span);
  return { type: 'paragraph', children: phrasing<PhrasingContent, PhrasingContent>(ctx, b.start, b.end, extra) };
}

function riskList(ctx: BuildContext, view: DocView, b: Planned): FlowContent {
  const toks = blockTokens(view, b);
  return riskListBlock(ctx, view, b, listItems(view, b), commonSpans(ctx, view, b, toks));
}


