/**
 * An SGML tag and the value after it on its line (`<TYPE>EX-99.1`) as an `sgmlTag` node.
 * The node ends at its last visible character; trailing layout is the parent's.
 */
import type { IToken } from 'chevrotain';
import type { SgmlTag } from '../../tree/nodes/sgml-tag.js';
import { collapse } from '../../normalize/text.js';
import type { SubmissionContext } from './context.js';
import { leaves } from '../../parse/build/leaves.js';
import { visibleEnd, type Placed } from './leaves.js';
import { endOf } from './tokens.js';

/** The name inside `<NAME>` or `</NAME>`. */
export function tagName(image: string): string {
  return image.slice(image.startsWith('</') ? 2 : 1, -1);
}

/** Builds the tag node for `tag` followed by `values` (tokens of the same line, in order). */
export function tagNode(ctx: SubmissionContext, tag: IToken, values: readonly IToken[] = []): Placed<SgmlTag> {
  const start = tag.startOffset;
  const last = values[values.length - 1];
  const end = visibleEnd(ctx.source, endOf(tag), last ? endOf(last) : endOf(tag));
  const text = collapse(ctx.source.slice(endOf(tag), end));
  const node: SgmlTag = {
    type: 'sgmlTag',
    name: tagName(tag.image),
    closing: tag.image.startsWith('</'),
    text: text || null,
    children: leaves(ctx, start, end),
    position: ctx.at(start, end),
  };
  return { node, start, end };
}
