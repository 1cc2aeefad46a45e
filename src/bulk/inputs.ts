/**
 * Input paths for a bulk run: files as given, folders walked recursively (in name order,
 * so runs are repeatable), globs expanded with tinyglobby. Paths are yielded one at a time;
 * a path that does not exist is still yielded, so it ends up in the failures, not lost.
 */
import { opendir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { glob } from 'tinyglobby';

/** Extensions of the files a folder walk takes: EDGAR text, SGML and HTML (and none). */
const EXHIBIT_EXTENSIONS = new Set(['', '.txt', '.text', '.htm', '.html', '.sgml', '.sgm', '.nc', '.asc', '.pdoc']);

/** What a walk yields: a file to read, or a file it leaves out (reported, never silent). */
export type Found = { readonly path: string; readonly skipped?: undefined } | { readonly path: string; readonly skipped: string };

/** Characters that make an argument a glob rather than a path. */
const GLOB_CHARS = /[*?[\]{}]/;

async function* walk(dir: string): AsyncGenerator<string> {
  const names: string[] = [];
  const dirs = new Set<string>();
  for await (const entry of await opendir(dir)) {
    names.push(entry.name);
    if (entry.isDirectory()) dirs.add(entry.name);
  }
  names.sort();
  for (const name of names) {
    const path = join(dir, name);
    if (dirs.has(name)) yield* walk(path);
    else yield path;
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
      for await (const path of walk(arg)) {
        if (!once(path)) continue;
        yield EXHIBIT_EXTENSIONS.has(extname(path).toLowerCase()) ? { path } : { path, skipped: `not exhibit text (extension ${extname(path)})` };
      }
    } else if (once(arg)) {
      yield { path: arg };
    }
  }
}
