/**
 * `npm run screenshots -- /plan/ /counties/zhanggongqu/`: serves dist/ on 127.0.0.1 and saves a
 * phone-size (390×844) and a desktop (1280×900) full-page PNG of each route, plus a print PDF with
 * `--pdf`, into the folder given by `--out` (default: a temporary folder). For looking at the site
 * as a person would. Routes must start with `/`; wrong usage exits 2.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CODES, MESSAGES } from './messages.ts';
import { exitWithUsageError, readCommandArgs, UsageError } from './support/args.ts';
import { BROWSER_ARGS, findBrowser } from './support/browser.ts';
import { startStaticServer } from './support/static.ts';

const USAGE = '用法：npm run screenshots -- [/plan/ /counties/zhanggongqu/ …] [--pdf] [--out 目录]';
const { values, positionals: routes } = readCommandArgs(
  'screenshots',
  USAGE,
  { out: { type: 'string', value: '目录' }, pdf: { type: 'boolean' } },
  { positionals: true },
);
const stray = routes.find((route) => !route.startsWith('/'));
if (stray !== undefined) {
  exitWithUsageError(new UsageError('screenshots', CODES.badRoute, MESSAGES.badRoute(stray, USAGE)));
}
if (routes.length === 0) routes.push('/');
const outDir = values.out === undefined ? mkdtempSync(path.join(os.tmpdir(), 'shots-')) : path.resolve(values.out);
const pdf = values.pdf === true;
// Loaded only now, so wrong usage is answered before the browser library loads.
const { chromium } = await import('playwright-core');

const server = await startStaticServer({ root: path.resolve('dist'), port: 0, host: '127.0.0.1' });
const context = await chromium.launchPersistentContext(mkdtempSync(path.join(os.tmpdir(), 'chromium-')), {
  executablePath: findBrowser() ?? '/usr/bin/chromium',
  args: [...BROWSER_ARGS],
});
try {
  const page = await context.newPage();
  for (const route of routes) {
    const name = route.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
    for (const [label, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(new URL(route.replace(/^\//, ''), server.url).toString());
      const file = path.join(outDir, `${name}-${label}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    if (pdf) {
      const file = path.join(outDir, `${name}.pdf`);
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: file, format: 'A4', printBackground: true });
      await page.emulateMedia({ media: 'screen' });
      console.log(file);
    }
  }
} finally {
  await context.close();
  await server.close();
}
