/* global URL, console, process */
// Builds the playground (playground/) into a folder of plain files anyone can host:
// index.html, style.css, main.js (the page) and worker.js (the library, bundled for
// browsers, parsing off the page's thread). esbuild, as scripts/bundle.mjs.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;

/** Where `npm run playground` builds to, unless told otherwise. */
export const PLAYGROUND_OUT = `${root}dist/playground`;

/** Builds the page into `out` (emptied first) and returns `out`. */
export async function buildPlayground(out = PLAYGROUND_OUT) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: { main: `${root}playground/main.ts`, worker: `${root}playground/worker.ts` },
    outdir: out,
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'esm',
    minify: true,
    sourcemap: 'linked',
    legalComments: 'linked',
    // The samples (the seed fixture and the page's own) ship inside main.js as strings.
    loader: { '.txt': 'text', '.html': 'text' },
    // The library runs in a Web Worker, which has no `document`: packages that ship a DOM
    // build for browsers (decode-named-character-reference, under hast-util-from-html) must
    // give their `worker` build instead.
    conditions: ['worker'],
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'style.css']) copyFileSync(`${root}playground/${file}`, `${out}/${file}`);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await buildPlayground(process.argv[2] ?? PLAYGROUND_OUT);
  console.log(`playground built in ${out}`);
}
