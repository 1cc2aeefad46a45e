import { defineConfig } from 'vitest/config';

/**
 * `npm run eval:sweeps`: the corpus sweeps — every file of ../shared/corpus parsed,
 * round-tripped and checked, submissions streamed in several chunkings. Slow by nature
 * (minutes on two cores), so they run beside the other corpus evaluations in .ci/run
 * rather than in `npm test`.
 */
export default defineConfig({
  test: {
    include: ['test/corpus/**/*.test.ts'],
    globalSetup: ['test/setup/bundle.ts'],
    testTimeout: 900_000,
  },
});
