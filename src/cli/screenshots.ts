/**
 * `npm run screenshots -- /plan/ /counties/zhanggongqu/`: serves dist/ on 127.0.0.1 and saves a
 * phone-size (390×844) and a desktop (1280×900) full-page PNG of each route, plus a print PDF with
 * `--pdf`, into the folder given by `--out` (default: a temporary folder). For looking at the site
 * as a person would.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../lib/server/browser.ts';
import { startStaticServer } from '../lib/server/static.ts';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? path.resolve(args[outIndex + 1] ?? '.') : mkdtempSync(path.join(os.tmpdir(), 'shots-'));
const pdf = args.includes('--pdf');
const routes = args.filter((a, i) => a.startsWith('/') && args[i - 1] !== '--out');
if (routes.length === 0) routes.push('/');

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
