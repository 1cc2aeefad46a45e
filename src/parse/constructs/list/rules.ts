/**
 * Lists as the block grammar made them, read again: a footnote opened by an asterisk, alone,
 * is a paragraph with its mark; items set in deeper than the list's own are part of the item
 * above them.
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

/** Columns a marker must stand in beyond the list's first to open a sub-item. */
const SUB_ITEM_INDENT = 2;

/**
 * Items whose marker stands deeper than the list's first item are sub-items: they belong to
 * the item above them, as its words do ("(b) the risks of drilling, including:" over "(i)
 * drilling risks," / "(ii) …"), and are no items of the list.
 *
 * > | (b)  the risks associated with exploration, including:
 * > |      (i)   drilling and completion risks,
 * > |      (ii)  the uncertainty of reserve estimates, and
 * > | (c)  the availability of drilling rigs;
 */
export function nestSubItems(view: DocView, blocks: readonly Planned[]): void {
  for (const b of blocks) {
    const items = b.role === 'list' ? b.items : undefined;
    if (!items || items.length < 3) continue;
    const base = view.doc.lines[items[0] ?? -1]?.indent ?? 0;
    const kept = items.filter((line, k) => k === 0 || (view.doc.lines[line]?.indent ?? 0) <= base + SUB_ITEM_INDENT);
    // A list all of whose items but the first stand deeper is set with a hanging first line, not nested.
    if (kept.length === items.length || kept.length < 2) continue;
    b.items = kept;
    b.rules.push('list-sub-items');
  }
}
