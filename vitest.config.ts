import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/bundle.ts'],
    testTimeout: 60_000,
    // Some suites start CLI processes in a hook; on a busy 2-core machine that takes a while.
    hookTimeout: 120_000,
  },
});
