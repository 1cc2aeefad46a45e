/**
 * Input paths for a bulk run: files as given, folders walked recursively (in name order,
 * so runs are repeatable), globs expanded with tinyglobby. Paths are yielded one at a time;
 * a path that does not exist is still yielded, so it ends up in the failures, not lost.
 */
import type { Dirent, Stats } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { glob } from 'tinyglobby';

/** Extensions of the files a folder walk takes: EDGAR text, SGML and HTML (and none). */
const EXHIBIT_EXTENSIONS = new Set(['', '.txt', '.text', '.htm', '.html', '.sgml', '.sgm', '.nc', '.asc', '.pdoc']);

/** What a walk yields: a file to read, or a file it leaves out (reported, never silent). */
export type Found = { readonly path: string; readonly skipped?: undefined } | { readonly path: string; readonly skipped: string };

/** Characters that make an argument a glob rather than a path. */
const GLOB_CHARS = /[*?[\]{}]/;

/** Why an entry is no file to read (FIFO, device, socket, link to one), or null for a regular file. */
export function notRegular(info: Stats | Dirent): string | null {
  if (info.isFile()) return null;
  if (info.isFIFO()) return 'not a regular file: a FIFO';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'not a regular file: a device';
  if (info.isSocket()) return 'not a regular file: a socket';
  return info.isDirectory() ? 'a link to a folder (not followed)' : 'not a regular file';
}

async function* walk(dir: string): AsyncGenerator<Found> {
  const entries = new Map<string, Dirent>();
  for await (const entry of await opendir(dir)) entries.set(entry.name, entry);
  for (const name of [...entries.keys()].sort()) {
    const entry = entries.get(name)!;
    const path = join(dir, name);
    if (entry.isDirectory()) {
      yield* walk(path);
      continue;
    }
    // A link is judged by what it points to; a dangling one is yielded, to fail by name.
    const info = entry.isSymbolicLink() ? await stat(path).catch(() => null) : entry;
    const why = info ? notRegular(info) : null;
    yield why ? { path, skipped: why } : { path };
  }
}

/**
 * Every input file named by `args`, each once, in a stable order. Files named or matched
 * by a glob are always read; files found by walking a folder are read when their
 * extension is one of EDGAR's text or HTML ones, and reported as skipped otherwise.
 */
export async function* expandInputs(args: readonly string[]): AsyncGenerator<Found> {
  const seen = new Set<string>();
  const once = (path: string): boolean => {
    const key = resolve(path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (const arg of args) {
    if (GLOB_CHARS.test(arg)) {
      const matches = (await glob(arg, { onlyFiles: true, expandDirectories: false })).sort();
      for (const m of matches) if (once(m)) yield { path: m };
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory()) {
      for await (const found of walk(arg)) {
        const { path } = found;
        if (!once(path)) continue;
        if (found.skipped !== undefined) yield found;
        else yield EXHIBIT_EXTENSIONS.has(extname(path).toLowerCase()) ? { path } : { path, skipped: `not exhibit text (extension ${extname(path)})` };
      }
    } else if (once(arg)) {
      yield { path: arg };
    }
  }
}

/**
 * How many inputs `expandInputs(args)` will hand to the work (files it skips not counted);
 * null when `cancel` is aborted first (the run ended before the count: it need not go on).
 */
export async function countInputs(args: readonly string[], cancel?: AbortSignal): Promise<number | null> {
  let n = 0;
  for await (const found of expandInputs(args)) {
    if (cancel?.aborted) return null;
    if (found.skipped === undefined) n++;
  }
  return n;
}
