/**
 * Global setup: builds the bundles (scripts/bundle.mjs) once, so the CLI tests run the
 * command line as it ships — and start in a fraction of the time tsx would take — and the
 * browser test loads the browser bundle. It also says, in one line, when ../shared (the
 * corpus beside the repository) is missing and the tests that need it are skipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup(): void {
  const root = new URL('../../', import.meta.url).pathname;
  execFileSync(process.execPath, [`${root}scripts/bundle.mjs`], { stdio: 'inherit' });
  if (!existsSync(`${root}../shared/corpus`)) {
    console.warn('sec-exhibit tests: ../shared/corpus not found beside the repository: the corpus tests are skipped (see "skipped" below).');
  }
}
