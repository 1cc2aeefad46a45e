/** The reproducers kept under fixtures/fuzz/: one JSON file per shrunk failure. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reproducer } from './inputs.js';

export const REPRODUCER_DIR = new URL('../../fixtures/fuzz/', import.meta.url).pathname;

/** Writes `r` as <check>-<digest>.json (the same failure on the same input is one file); returns its path. */
export function saveReproducer(r: Reproducer, dir: string = REPRODUCER_DIR): string {
  mkdirSync(dir, { recursive: true });
  const digest = createHash('sha256').update(`${r.kind}\0${r.text ?? r.base64 ?? ''}`).digest('hex').slice(0, 10);
  const path = join(dir, `${r.check.replace(/[^\w-]+/g, '-')}-${digest}.json`);
  if (!existsSync(path)) writeFileSync(path, `${JSON.stringify(r, null, 2)}\n`);
  return path;
}

/** Every reproducer in `dir`, with its file name. */
export function loadReproducers(dir = REPRODUCER_DIR): { name: string; reproducer: Reproducer }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, reproducer: JSON.parse(readFileSync(join(dir, name), 'utf8')) as Reproducer }));
}
