/* global URL, process, console */
// Bundles (esbuild) of what ships beside the tsc output in dist/src:
//  - dist/bundle/cli/bin.mjs: the command line, one file plus chunks that are loaded only
//    when their command runs (Markdown, bulk); node_modules inlined, so a start reads a few
//    files instead of ~1,200 ES modules;
//  - dist/bundle/worker.mjs: the bulk worker, for worker threads that start just as fast;
//  - dist/bundle/browser.mjs: the main entry for browsers (ESM, minified) — what the
//    browser test loads, and what a page (the playground) can import as is.
// Run by `npm run build` after tsc. `--metafile` prints the browser bundle's size.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFileSync, rmSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
rmSync(`${root}dist/bundle`, { recursive: true, force: true });
const out = `${root}dist/bundle`;

/** Node bundles: ESM with a `require` for the CommonJS dependencies that call it. */
const nodeOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: true,
  legalComments: 'linked',
  banner: { js: "import { createRequire as __secExhibitRequire } from 'node:module'; const require = __secExhibitRequire(import.meta.url);" },
  logLevel: 'warning',
};

/**
 * `normalize` stays on the tsc output (dist/src): its worker pool finds its worker file
 * next to its own module, which a chunk would move. It is loaded only when it runs.
 */
const normalizeFromDist = {
  name: 'normalize-from-dist',
  setup(b) {
    b.onResolve({ filter: /\/commands\/normalize\.js$/ }, () => ({ path: '../../src/cli/commands/normalize.js', external: true }));
  },
};

await build({
  ...nodeOptions,
  plugins: [normalizeFromDist],
  entryPoints: { bin: `${root}src/cli/bin.ts` },
  outdir: `${out}/cli`,
  outExtension: { '.js': '.mjs' },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});

const worker = `${root}src/bulk/worker.ts`;
if (existsSync(worker)) await build({ ...nodeOptions, entryPoints: [worker], outfile: `${out}/worker.mjs` });

await build({
  entryPoints: [`${root}src/index.ts`],
  outfile: `${out}/browser.mjs`,
  bundle: true,
  platform: 'browser',
  // The 'worker' builds of dependencies use no DOM (decode-named-character-reference's
  // default browser build asks `document` for entities), so the bundle runs in a page and in
  // a Web Worker alike.
  conditions: ['worker'],
  target: 'es2022',
  format: 'esm',
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
});

if (process.argv.includes('--sizes')) {
  const bytes = readFileSync(`${out}/browser.mjs`);
  console.log(`browser bundle: ${(bytes.length / 1024).toFixed(0)} KiB minified, ${(gzipSync(bytes).length / 1024).toFixed(0)} KiB min+gzip`);
}
