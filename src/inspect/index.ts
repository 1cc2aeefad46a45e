/**
 * A compact, diff-friendly dump of a tree: one node per line, indented by depth, with its
 * span (line:column-line:column) and its semantic fields; leaves show their exact value as
 * a JSON string. Used for golden fixtures, `sec-exhibit parse --format tree` and the
 * vitest snapshot serializer.
 *
 *   exhibit 1:1-44:6
 *     exhibitLabel 1:1-1:13 number="99.1"
 *       text 1:1-1:13 "Exhibit 99.1"
 */
import { tableDigest } from '../tables/digest.js';
import type { TableModel } from '../tables/model.js';

interface Node {
  readonly type: string;
  readonly value?: unknown;
  readonly children?: readonly Node[];
  readonly position?: { start: { line: number; column: number }; end: { line: number; column: number } };
  readonly [key: string]: unknown;
}

export interface InspectOptions {
  /** Print positions (default true). */
  readonly positions?: boolean;
}

const SKIP = new Set(['type', 'value', 'children', 'position', 'data']);

/** The dump of a node and everything under it, ending in a newline. */
export function inspect(node: Node, options: InspectOptions = {}): string {
  const positions = options.positions ?? true;
  const lines: string[] = [];
  const walk = (n: Node, depth: number): void => {
    let line = `${'  '.repeat(depth)}${n.type}`;
    if (positions && n.position) {
      const { start, end } = n.position;
      line += ` ${start.line}:${start.column}-${end.line}:${end.column}`;
    }
    for (const [key, v] of Object.entries(n)) {
      if (SKIP.has(key) || v === undefined) continue;
      line += key === 'model' ? ` model=${tableDigest(v as TableModel)}` : ` ${key}=${JSON.stringify(v)}`;
    }
    if (typeof n.value === 'string') line += ` ${JSON.stringify(n.value)}`;
    lines.push(line);
    for (const c of n.children ?? []) walk(c, depth + 1);
  };
  walk(node, 0);
  return `${lines.join('\n')}\n`;
}
