/**
 * The invariants every parsed tree must hold, asserted in golden, corpus and property
 * tests alike: the leaves are the source, every node has a position, children tile their
 * parent exactly and in order, and every node passes its schema.
 */
import { expect } from 'vitest';
import { stringify, validate, type Exhibit } from '../../src/index.js';

interface AnyNode {
  type: string;
  value?: unknown;
  children?: AnyNode[];
  position?: { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } };
}

/** Returns the first broken rule as a message, or null. */
export function treeProblem(tree: Exhibit, source: string): string | null {
  if (stringify(tree) !== source) return 'leaves do not concatenate to the source';
  const root = tree as unknown as AnyNode;
  if (root.position?.start.offset !== 0 || root.position.end.offset !== source.length) return 'root does not span the source';
  const check = (n: AnyNode, path: string): string | null => {
    const p = n.position;
    if (!p) return `${path}: no position`;
    if (p.start.offset > p.end.offset) return `${path}: start after end`;
    if (typeof n.value === 'string' && p.end.offset - p.start.offset !== n.value.length) return `${path}: leaf span does not match its value`;
    if (typeof n.value === 'string' && source.slice(p.start.offset, p.end.offset) !== n.value) return `${path}: leaf value is not the source at its position`;
    const kids = n.children ?? [];
    if (n.children && kids.length === 0 && n.type !== 'exhibit') return `${path}: empty parent`;
    let cursor = p.start.offset;
    for (const [i, c] of kids.entries()) {
      const cp = c.position;
      if (!cp) return `${path}.children[${i}] (${c.type}): no position`;
      if (cp.start.offset !== cursor) return `${path}.children[${i}] (${c.type}): starts at ${cp.start.offset}, expected ${cursor}`;
      cursor = cp.end.offset;
      const inner = check(c, `${path}.children[${i}](${c.type})`);
      if (inner) return inner;
    }
    if (kids.length && cursor !== p.end.offset) return `${path}: children end at ${cursor}, parent at ${p.end.offset}`;
    return null;
  };
  const problem = check(root, 'exhibit');
  if (problem) return problem;
  const v = validate(tree);
  return v.ok ? null : `schema: ${v.issue.where}: ${v.issue.message}`;
}

/** Asserts {@link treeProblem} finds nothing. */
export function expectSoundTree(tree: Exhibit, source: string): void {
  expect(treeProblem(tree, source)).toBeNull();
}
