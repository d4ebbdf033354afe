import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

/** Where the run draws its PNGs (never the project's own cache). */
const PNG_CACHE = 'tests/setup/png-cache.ts';
/** The run's one Chromium, shared by the projects that use a browser. */
const BROWSER = 'tests/setup/browser.ts';

/** Time limits every project shares (a build in a hook may take a minute or two on two cores). */
const limits = { testTimeout: 30_000, hookTimeout: 300_000 };

/**
 * Four projects, all run by `npm test`:
 * - `unit`: pure functions and the commands, called in-process on strings and fixtures
 *   (`npm run test:unit`);
 * - `pages`: fixture sites rendered in-process with Astro's Container API (tests/helpers/render.ts),
 *   no build;
 * - `site`: the few real builds, made once by the globalSetup (tests/setup/), read from their files
 *   and, through one Chromium for the run, in the browser;
 * - `typecheck`: `astro check` over the whole project.
 */
export default defineConfig({
  test: {
    // Unit and page tests run in threads without isolation: a worker keeps Plot, linkedom,
    // pinyin-pro and Astro's renderer loaded from one file to the next, which halves the CPU time.
    // Vitest reads this from the root config, not per project; site and typecheck stay in forks.
    // Two forks: the builds' tests and the browser's share the machine's two cores with the threads.
    poolOptions: { threads: { isolate: false }, forks: { maxForks: 2 } },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], globalSetup: [PNG_CACHE], pool: 'threads', ...limits } },
      getViteConfig({ test: { name: 'pages', include: ['tests/pages/**/*.test.ts'], exclude: ['tests/pages/**/*.mock.test.ts'], globalSetup: [PNG_CACHE, BROWSER], pool: 'threads', ...limits } }),
      // Files that mock a module of src/ run each in its own process, so the mock reaches no other file.
      getViteConfig({ test: { name: 'pages-mocked', include: ['tests/pages/**/*.mock.test.ts'], pool: 'forks', ...limits } }),
      { test: { name: 'site', include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'], globalSetup: [PNG_CACHE, BROWSER, 'tests/setup/build-site.ts'], ...limits } },
      { test: { name: 'typecheck', include: ['tests/typecheck/**/*.test.ts'], ...limits } },
    ],
  },
});
