/**
 * Lists the block grammar made that are no lists: a footnote opened by an asterisk, alone,
 * is a paragraph with its mark.
 *
 * > | * This release contains forward-looking statements, including statements about
 * > |   future dividends. Actual results may differ materially because of …
 */
import * as T from '../../../../grammars/tokens/text.js';
import { assign, type DocView, type Planned } from '../../decide/plan.js';

/** Reads a one-item list opened by "*" as the paragraph of a footnote. */
export function readFootnotes(view: DocView, blocks: readonly Planned[]): void {
  for (const b of blocks) {
    if (b.role !== 'list' || (b.items?.length ?? 1) !== 1) continue;
    const first = view.doc.lines[b.first]?.tokens[0];
    if (first?.tokenType === T.Stars && first.image === '*') {
      assign(b, 'paragraph', 'list-footnote');
      delete b.items;
    }
  }
}
