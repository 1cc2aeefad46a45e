/**
 * A `<DOCUMENT>` block as a `document` node: its tags as `sgmlTag` nodes, its typed fields
 * from `<TYPE>`, `<SEQUENCE>`, `<FILENAME>` and `<DESCRIPTION>`, and its body.
 */
import { tokenMatcher, type CstNode, type IToken } from 'chevrotain';
import * as T from '../../../grammars/tokens/submission.js';
import type { DocumentContent } from '../../tree/content.js';
import type { Document } from '../../tree/nodes/document.js';
import type { SgmlTag } from '../../tree/nodes/sgml-tag.js';
import type { SubmissionContext } from './context.js';
import { tile, visibleEnd, type Placed } from './leaves.js';
import { tagNode } from './tag.js';
import { endOf, isToken, ordered, tokensIn } from './tokens.js';
import { bodyNode, lineEndLength } from './body.js';
import { append } from '../../util/append.js';

/** Digits only. */
const DIGITS = /^\d+$/;

/** A tag line of the document: the tag, then its value tokens. */
function tagLine(ctx: SubmissionContext, node: CstNode): Placed<SgmlTag> | null {
  const [tag, ...values] = ordered(node).filter(isToken);
  return tag ? tagNode(ctx, tag, values) : null;
}

/** Builds the `document` node of a `document` CST node. */
export function buildDocument(ctx: SubmissionContext, doc: CstNode): Placed<Document> {
  const all = tokensIn(doc);
  const start = all[0]?.startOffset ?? 0;
  const placed: Placed<DocumentContent>[] = [];
  const bodies: IToken[] = [];
  for (const el of ordered(doc)) {
    if (isToken(el)) {
      placed.push(tagNode(ctx, el)); // `<DOCUMENT>` or `</DOCUMENT>`
      continue;
    }
    const [item] = ordered(el);
    if (!item) continue;
    if (isToken(item)) {
      if (tokenMatcher(item, T.CloseTag)) placed.push(tagNode(ctx, item));
      continue; // layout and stray text stay leaves
    }
    if (item.name === 'tagLine') {
      const t = tagLine(ctx, item);
      if (t) placed.push(t);
      continue;
    }
    // textBlock: `<TEXT>`, the body, `</TEXT>`.
    for (const t of ordered(item).filter(isToken)) {
      if (tokenMatcher(t, T.TextBody)) bodies.push(t);
      else placed.push(tagNode(ctx, t));
    }
  }

  const tags = placed.filter((p): p is Placed<SgmlTag> => p.node.type === 'sgmlTag' && !p.node.closing).map((p) => p.node);
  const field = (name: string): string | null => tags.find((t) => t.name.toUpperCase() === name)?.text ?? null;
  const sequence = field('SEQUENCE');
  const meta = { documentType: field('TYPE'), filename: field('FILENAME') };
  for (const body of bodies) {
    const from = body.startOffset + lineEndLength(ctx.source, body.startOffset);
    append(placed, bodyNode(ctx, meta, Math.min(from, endOf(body)), endOf(body)));
  }
  placed.sort((a, b) => a.start - b.start);

  const last = all[all.length - 1];
  const end = Math.max(last ? visibleEnd(ctx.source, start, endOf(last)) : start, ...placed.map((p) => p.end));
  const node: Document = {
    type: 'document',
    documentType: meta.documentType,
    sequence: sequence && DIGITS.test(sequence) ? Number(sequence) : null,
    filename: meta.filename,
    description: field('DESCRIPTION'),
    children: tile(ctx, start, end, placed),
    position: ctx.at(start, end),
  };
  return { node, start, end };
}
