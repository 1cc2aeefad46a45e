/**
 * `npm run test:distributed`: the distributed run against a real Redis server, kept out of
 * `npm test` (it needs `redis-server` and a few minutes); `.ci/run` runs it as its own step.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/distributed.spec.ts'],
    testTimeout: 900_000,
    hookTimeout: 300_000,
  },
});
