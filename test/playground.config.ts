import { defineConfig } from 'vitest/config';

/**
 * `npm run test:browser`: the playground in headless Chromium (test/playground.browser.ts).
 * Apart from `npm test`, whose files are `*.test.ts`: it builds its own page and runs a
 * real browser for a minute.
 */
export default defineConfig({
  test: {
    include: ['test/playground.browser.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
