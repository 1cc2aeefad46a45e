/* global console, process */
// `npm run playground`: builds the page (scripts/playground-build.mjs) and serves it on
// 127.0.0.1 (PORT, default 5178). `npm run playground -- --build-only` only builds.
import { buildPlayground } from './playground-build.mjs';
import { servePlayground } from './playground-serve.mjs';

const out = await buildPlayground();
console.log(`playground built in ${out} (plain files: host the folder anywhere)`);
if (!process.argv.includes('--build-only')) {
  const { url } = await servePlayground(out, Number(process.env.PORT ?? 5178));
  console.log(`serving ${url} (Ctrl-C to stop)`);
}
