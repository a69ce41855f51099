import { defineConfig } from 'vitest/config';

/**
 * One vitest run for the whole monorepo. Each workspace keeps its tests in `test/`.
 * Integration tests that boot Payload or browsers are slow: generous timeouts, files in sequence
 * where they share a database (see apps/portal/vitest.setup.ts).
 */
export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'apps/portal/test/**/*.test.ts'],
    // Lighthouse needs a quiet machine: its own phase (vitest.perf.config.ts).
    exclude: ['**/node_modules/**', 'apps/portal/test/perf/**'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
