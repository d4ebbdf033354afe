/**
 * Vitest globalSetup of the projects that use a browser (`pages` and `site`): one Chromium for the
 * whole run (playwright's browser server), its address provided as `inject('browserEndpoint')`, or
 * null without a browser (browser tests then skip, or fail under REQUIRE_BROWSER=1). Whichever
 * project's setup runs first starts it; the other finds it in the environment of the run.
 */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { BROWSER_ARGS, findBrowser } from '../../src/cli/support/browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the run's one Chromium listens (playwright `connect`); null without a browser. */
    browserEndpoint: string | null;
  }
}

const KEY = 'SITE_TEST_BROWSER_ENDPOINT';

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const running = process.env[KEY];
  if (running !== undefined) {
    project.provide('browserEndpoint', running === '' ? null : running);
    return;
  }
  const executablePath = findBrowser();
  const server = executablePath ? await chromium.launchServer({ executablePath, args: [...BROWSER_ARGS], headless: true }) : null;
  process.env[KEY] = server?.wsEndpoint() ?? '';
  project.provide('browserEndpoint', server?.wsEndpoint() ?? null);
  return async () => {
    delete process.env[KEY];
    await server?.close();
  };
}
