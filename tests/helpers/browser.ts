/**
 * Debian's Chromium for browser tests, with playwright-core: one browser for the whole run, started
 * by tests/setup/build-site.ts; each test file connects to it and opens contexts of its own.
 *
 * Without a browser the browser tests are skipped with a printed reason, so a newcomer's
 * `npm test` passes; with `REQUIRE_BROWSER=1` (as in CI) a missing browser is a failing test.
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { describe, inject, it } from 'vitest';
import { BROWSER_ARGS, DEFAULT_PATHS, findBrowser } from '../../src/cli/support/browser';

export { BROWSER_ARGS, findBrowser };

/** True when a Chromium executable was found. */
export function browserAvailable(): boolean {
  return findBrowser() !== undefined;
}

/** True when `REQUIRE_BROWSER=1`: a missing browser must fail the run, never skip. */
export function browserRequired(): boolean {
  return process.env.REQUIRE_BROWSER === '1';
}

/** Options for {@link launchBrowser}. */
export interface LaunchOptions {
  /** Default true; false gives a context that runs no page JavaScript. */
  javaScriptEnabled?: boolean;
  /** Default 390×844 (a common phone). */
  viewport?: { width: number; height: number };
}

/** A fresh browser context (its own cookies and storage) and a way to close it. */
export interface LaunchedBrowser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/**
 * A new context in the run's one Chromium (tests/setup/build-site.ts), which this file connects to;
 * nothing outside the local servers is reachable from it.
 * @throws when the run has no browser (check {@link browserAvailable} first)
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const endpoint = inject('browserEndpoint');
  if (endpoint === null) throw new Error(missingBrowserMessage());
  const browser = await chromium.connect(endpoint);
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.viewport ?? { width: 390, height: 844 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    serviceWorkers: 'block',
  });
  // Tests never reach the network: a request to any host but this machine is refused.
  await context.route((url) => /^(https?|wss?):$/.test(url.protocol) && !['127.0.0.1', 'localhost'].includes(url.hostname), (route) => route.abort('blockedbyclient'));
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
    },
  };
}

/** The reason printed when no browser is found. */
export function missingBrowserMessage(): string {
  const where = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH}` : DEFAULT_PATHS.join(' or ');
  return (
    `No Chromium found at ${where}. Install it with ` +
    '`apt-get install -y --no-install-recommends chromium fonts-noto-cjk` or set CHROMIUM_PATH.'
  );
}

/**
 * `describe` for tests that need Chromium: skipped (with a printed reason) when none is found,
 * unless `REQUIRE_BROWSER=1`, in which case a test fails saying the browser is missing.
 */
export function describeInBrowser(name: string, body: () => void): void {
  const available = browserAvailable();
  if (!available && browserRequired()) {
    describe(name, () => {
      it('has a Chromium to run in (REQUIRE_BROWSER=1)', () => {
        throw new Error(missingBrowserMessage());
      });
    });
    return;
  }
  if (!available) {
    console.warn(`\n[browser tests skipped] ${name}: ${missingBrowserMessage()} Set REQUIRE_BROWSER=1 to fail instead.\n`);
  }
  describe.skipIf(!available)(name, body);
}
