import { defineConfig } from 'vitest/config';

/**
 * `npm test`: everything but the corpus sweeps (test/corpus/, run by `npm run eval:sweeps`
 * with the other corpus evaluations) and the packed-package test (`npm run test:package`). The global setup builds the bundles the CLI and
 * browser tests run, and says in one line when ../shared is missing.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/corpus/**', 'test/package/**', '**/node_modules/**'],
    globalSetup: ['test/setup/bundle.ts'],
    // Two workers on two cores, and test files in a worker share loaded modules: importing
    // the parser afresh for each of 30 files cost more than a minute and a half.
    maxWorkers: 2,
    isolate: false,
    testTimeout: 60_000,
    // Some suites start CLI processes in a hook; on a busy 2-core machine that takes a while.
    hookTimeout: 120_000,
  },
});
