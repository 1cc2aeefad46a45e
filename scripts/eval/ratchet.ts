/**
 * The ratchet: a committed list of (file, field) misses allowed today. The evaluation
 * fails when a miss appears that is not listed, and when a listed miss starts passing —
 * so the list can only shrink, and each shrink is a deliberate commit.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export interface Miss {
  readonly file: string;
  readonly field: string;
}

export interface RatchetVerdict {
  /** Misses not in the list: regressions. */
  readonly added: Miss[];
  /** Listed misses that now pass: the list must be updated. */
  readonly fixed: Miss[];
  readonly ok: boolean;
}

const key = (m: Miss): string => `${m.file}\u0000${m.field}`;

export function checkRatchet(allowed: readonly Miss[], actual: readonly Miss[]): RatchetVerdict {
  const a = new Set(allowed.map(key));
  const b = new Set(actual.map(key));
  const added = actual.filter((m) => !a.has(key(m)));
  const fixed = allowed.filter((m) => !b.has(key(m)));
  return { added, fixed, ok: added.length === 0 && fixed.length === 0 };
}

export function readRatchet(path: string): Miss[] {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as { allowed?: Miss[] };
    return data.allowed ?? [];
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

export function writeRatchet(path: string, misses: readonly Miss[]): void {
  const allowed = [...misses].sort((x, y) => x.file.localeCompare(y.file) || x.field.localeCompare(y.field));
  writeFileSync(path, `${JSON.stringify({ comment: 'Misses allowed today; npm run eval fails on any change. Regenerate with npm run eval -- --update-ratchet after reading the diff.', allowed }, null, 2)}\n`);
}
