import { encode, isEncoding } from '../bytes/index.js';

/**
 * Lossless output: the concatenation of every leaf value, in document order. Nothing
 * else — no source slicing — so `stringify(parse(x)) === x` is a real test of the tree.
 */

/** Any unist node: a leaf with a string `value`, or a parent with `children`. */
export interface AnyNode {
  readonly type: string;
  readonly value?: unknown;
  readonly children?: readonly AnyNode[];
}

/** The text of a tree or of any node in it: its leaves, concatenated. */
export function stringify(node: AnyNode): string {
  const parts: string[] = [];
  const walk = (n: AnyNode): void => {
    // Leaves carry the text; a parent's fields are semantics, never text.
    if (n.children) for (const c of n.children) walk(c);
    else if (typeof n.value === 'string') parts.push(n.value);
  };
  walk(node);
  return parts.join('');
}

/** A node's exact source text (the same as {@link stringify} of the node). */
export function toString(node: AnyNode): string {
  return stringify(node);
}

/**
 * The exact bytes a tree was parsed from: its text, written in the encoding recorded in
 * `tree.data.encoding` (UTF-8 for trees parsed from strings or built by hand).
 */
export function stringifyBytes(tree: AnyNode & { data?: { encoding?: unknown } }): Uint8Array {
  const recorded = tree.data?.encoding;
  return encode(stringify(tree), isEncoding(recorded) ? recorded : 'utf-8');
}
