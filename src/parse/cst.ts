/** Small readers over chevrotain CSTs, shared by the inline interpreters. */
import type { CstNode, IToken } from 'chevrotain';
import { collapse } from '../normalize/text.js';

export const isNode = (el: CstNode | IToken): el is CstNode => !('image' in el);

/** The first child node under `name`, or null. */
export function child(node: CstNode, name: string): CstNode | null {
  const el = node.children[name]?.[0];
  return el && isNode(el) ? el : null;
}

/** Every child node under `name`. */
export function children(node: CstNode, name: string): CstNode[] {
  return (node.children[name] ?? []).filter(isNode);
}

/** The first token under `label`, if any. */
export function tokenFor(node: CstNode, label: string): IToken | undefined {
  const el = node.children[label]?.[0];
  return el && !isNode(el) ? el : undefined;
}

/** Every token a CST holds, in source order. */
export function tokensOf(node: CstNode): IToken[] {
  const out: IToken[] = [];
  const walk = (n: CstNode): void => {
    for (const key in n.children) {
      for (const el of n.children[key] ?? []) {
        if (isNode(el)) walk(el);
        else out.push(el);
      }
    }
  };
  walk(node);
  // Names come in the order a rule first read them, so the tokens are mostly in order already.
  for (let i = 1; i < out.length; i++) if ((out[i] as IToken).startOffset < (out[i - 1] as IToken).startOffset) return out.sort((a, b) => a.startOffset - b.startOffset);
  return out;
}

/** Offset of a node's first token (Infinity when it has none). */
export function firstOffset(node: CstNode): number {
  return tokensOf(node)[0]?.startOffset ?? Infinity;
}

/** A token's text in lower case ('' for none). */
export const lower = (t: IToken | undefined): string => (t ? t.image.toLowerCase() : '');

/** Offset after a token. */
export const endOf = (t: IToken): number => t.startOffset + t.image.length;

/** The source text a token run spans, layout collapsed. */
export function spanText(source: string, toks: readonly IToken[]): string {
  const first = toks[0];
  const last = toks[toks.length - 1];
  if (!first || !last) return '';
  return collapse(source.slice(first.startOffset, endOf(last)));
}
