/**
 * The invariants every parsed tree must hold, asserted in golden, corpus, property and
 * submission tests alike: the leaves are the source, every node has a position whose line
 * and column agree with its offset, children tile their parent exactly and in order,
 * leaves hold the source at their position, and every node passes its schema.
 */
import { expect } from 'vitest';
import { stringify, SubmissionSchema, validate, type Exhibit, type Submission } from '../../src/index.js';

interface AnyNode {
  type: string;
  value?: unknown;
  children?: AnyNode[];
  position?: { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } };
}

/** Offsets where lines start (after CRLF, lone CR or LF), computed here, apart from src/position. */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\n' || (c === '\r' && source[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line and column of `offset`. */
function pointAt(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

/** The first broken rule of the tree's shape against its source, or null. */
function shapeProblem(root: AnyNode, source: string): string | null {
  if (root.position?.start.offset !== 0 || root.position.end.offset !== source.length) return 'root does not span the source';
  const starts = lineStarts(source);
  const check = (n: AnyNode, path: string): string | null => {
    const p = n.position;
    if (!p) return `${path}: no position`;
    if (p.start.offset > p.end.offset) return `${path}: start after end`;
    for (const [end, point] of [['start', p.start], ['end', p.end]] as const) {
      const want = pointAt(starts, point.offset);
      if (want.line !== point.line || want.column !== point.column) return `${path}: ${end} ${point.line}:${point.column}, expected ${want.line}:${want.column}`;
    }
    if (typeof n.value === 'string' && source.slice(p.start.offset, p.end.offset) !== n.value) return `${path}: leaf value is not the source at its position`;
    const kids = n.children ?? [];
    // Only a root may be empty (the tree of an empty string).
    if (n.children && kids.length === 0 && n !== root && n.type !== 'exhibit') return `${path}: empty parent`;
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
  return check(root, root.type);
}

/** Returns the first broken rule of an exhibit tree as a message, or null. */
export function treeProblem(tree: Exhibit, source: string): string | null {
  if (stringify(tree) !== source) return 'leaves do not concatenate to the source';
  const problem = shapeProblem(tree as unknown as AnyNode, source);
  if (problem) return problem;
  const v = validate(tree);
  return v.ok ? null : `schema: ${v.issue.where}: ${v.issue.message}`;
}

/** Returns the first broken rule of a submission tree (exhibits inside included), or null. */
export function submissionProblem(tree: Submission, source: string): string | null {
  if (stringify(tree) !== source) return 'leaves do not concatenate to the source';
  const problem = shapeProblem(tree as unknown as AnyNode, source);
  if (problem) return problem;
  const v = SubmissionSchema.safeParse(tree);
  return v.success ? null : `schema: ${JSON.stringify(v.error.issues[0]).slice(0, 300)}`;
}

/** Asserts {@link treeProblem} finds nothing. */
export function expectSoundTree(tree: Exhibit, source: string): void {
  expect(treeProblem(tree, source)).toBeNull();
}
