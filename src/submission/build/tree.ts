/**
 * The submission CST as a `submission` tree: header, documents and the tags between them
 * as nodes; everything else (the PEM envelope, line endings) as leaves of the root, which
 * spans the whole source — so every character is in the tree, whatever the CST holds.
 */
import { tokenMatcher, type CstNode } from 'chevrotain';
import * as T from '../../../grammars/tokens/submission.js';
import type { SubmissionContent } from '../../tree/content.js';
import type { Submission } from '../../tree/nodes/submission.js';
import type { SubmissionContext } from './context.js';
import { tile, type Placed } from './leaves.js';
import { tagNode } from './tag.js';
import { isToken, ordered } from './tokens.js';
import { buildHeader } from './header.js';
import { buildDocument } from './document.js';

export function buildSubmission(ctx: SubmissionContext, cst: CstNode): Submission {
  const placed: Placed<SubmissionContent>[] = [];
  for (const el of ordered(cst)) {
    if (isToken(el)) {
      // `</SEC-DOCUMENT>`, `</SUBMISSION>`; any other loose token stays a leaf.
      if (tokenMatcher(el, T.CloseTag)) placed.push(tagNode(ctx, el));
    } else if (el.name === 'header') placed.push(buildHeader(ctx, el));
    else if (el.name === 'document') placed.push(buildDocument(ctx, el));
    else {
      const [tag, ...values] = ordered(el).filter(isToken);
      if (tag) placed.push(tagNode(ctx, tag, values));
    }
  }
  const end = ctx.source.length;
  return { type: 'submission', children: tile(ctx, 0, end, placed), position: ctx.at(0, end) };
}
