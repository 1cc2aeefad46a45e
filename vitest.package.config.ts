import { defineConfig } from 'vitest/config';

/** `npm run test:package`: the packed tarball installed in a fresh consumer project (a build and an install: slow). */
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 900_000,
  },
});
