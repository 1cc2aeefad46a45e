/** Small readers over the submission grammar's CST. */
import type { CstElement, CstNode, IToken } from 'chevrotain';

export const isToken = (el: CstElement): el is IToken => 'image' in el;

/** Offset after a token. */
export const endOf = (t: IToken): number => t.startOffset + t.image.length;

/** Offset where a CST element starts. */
export const startOf = (el: CstElement): number => (isToken(el) ? el.startOffset : (el.location?.startOffset ?? 0));

/** A node's direct children (tokens and nodes), in source order. */
export function ordered(node: CstNode): CstElement[] {
  const out: CstElement[] = [];
  for (const list of Object.values(node.children)) for (const el of list) out.push(el);
  return out.sort((a, b) => startOf(a) - startOf(b));
}

/** Every token under a node, in source order. */
export function tokensIn(node: CstNode): IToken[] {
  const out: IToken[] = [];
  const walk = (n: CstNode): void => {
    for (const list of Object.values(n.children)) for (const el of list) if (isToken(el)) out.push(el);
    else walk(el);
  };
  walk(node);
  return out.sort((a, b) => a.startOffset - b.startOffset);
}
