import { defineConfig } from 'vitest/config';

/**
 * Measurements that need a quiet machine (Lighthouse scales the CPU time it observes): run alone, one file
 * at a time, in their own phase of `npm test` (scripts/test.sh).
 */
export default defineConfig({
  test: {
    include: ['apps/portal/test/perf/**/*.test.ts'],
    testTimeout: 900_000,
    hookTimeout: 1_200_000,
    pool: 'forks',
    maxWorkers: 1,
  },
});
