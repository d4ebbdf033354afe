import { defineConfig } from 'vitest/config';

/** Time limits every project shares (a build in a hook may take minutes on two cores). */
const limits = { testTimeout: 30_000, hookTimeout: 600_000 };

/**
 * Three projects, all run by `npm test`:
 * - `unit`: pure functions and the commands, read from strings and fixtures; no build
 *   (`npm run test:unit`);
 * - `site`: build and browser tests of one real build, made once by the globalSetup and read
 *   through `inject('distDir')`;
 * - `typecheck`: `tsc` and `astro check` over the whole project.
 */
export default defineConfig({
  test: {
    // Only the unit project runs in threads. Its tests are pure functions on strings and fixtures,
    // with no module mocks, so files may share loaded modules. Vitest reads this from the root
    // config, not per project; site and typecheck stay in isolated forks.
    poolOptions: { threads: { isolate: false } },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Threads without isolation (see poolOptions above): a worker keeps Plot, linkedom and
          // pinyin-pro loaded from one file to the next, which halves the CPU time.
          pool: 'threads',
          ...limits,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts'],
          ...limits,
        },
      },
      { test: { name: 'typecheck', include: ['tests/typecheck/**/*.test.ts'], ...limits } },
    ],
  },
});
