/**
 * Validation of trees built by hand or read back from JSON, with the path of the first
 * bad node.
 */
import type { z } from 'zod';
import { ExhibitSchema, type Exhibit } from './nodes/exhibit.js';

export interface ValidationIssue {
  /** Path from the root, as property names and indices ("children", 3, "value"). */
  readonly path: ReadonlyArray<string | number>;
  /** Where that is, readable: "exhibit > children[3] (paragraph) > children[0] (text)". */
  readonly where: string;
  readonly message: string;
}

export type ValidationResult = { readonly ok: true; readonly tree: Exhibit } | { readonly ok: false; readonly issue: ValidationIssue };

/** Error thrown by {@link assertValid}. */
export class InvalidTreeError extends Error {
  override readonly name = 'InvalidTreeError';
  constructor(readonly issue: ValidationIssue) {
    super(`Invalid exhibit tree at ${issue.where}: ${issue.message}`);
  }
}

/** Checks a tree against the node schemas; the answer names the first bad node. */
export function validate(tree: unknown): ValidationResult {
  const r = ExhibitSchema.safeParse(tree);
  if (r.success) return { ok: true, tree: r.data };
  const first = r.error.issues[0] as z.core.$ZodIssue;
  const path = first.path.filter((p): p is string | number => typeof p !== 'symbol');
  return { ok: false, issue: { path, where: describe(tree, path), message: first.message } };
}

/** Like {@link validate}, but throws {@link InvalidTreeError}. */
export function assertValid(tree: unknown): Exhibit {
  const r = validate(tree);
  if (!r.ok) throw new InvalidTreeError(r.issue);
  return r.tree;
}

function describe(tree: unknown, path: ReadonlyArray<string | number>): string {
  const parts: string[] = [typeOf(tree) ?? 'root'];
  let node: unknown = tree;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    if (key === 'children' && typeof next === 'number') {
      node = (node as { children?: unknown[] } | undefined)?.children?.[next];
      const t = typeOf(node);
      parts.push(`children[${next}]${t ? ` (${t})` : ''}`);
      i++;
    } else {
      parts.push(String(key));
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(key)] : undefined;
    }
  }
  return parts.join(' > ');
}

function typeOf(node: unknown): string | undefined {
  if (node && typeof node === 'object' && typeof (node as { type?: unknown }).type === 'string') return (node as { type: string }).type;
  return undefined;
}
