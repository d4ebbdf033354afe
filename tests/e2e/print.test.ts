/**
 * Print: a printed plan or county page shows its text, charts and tables (also the tables folded
 * into 查看数据表 on screen) and the source of each chart, and no navigation.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { StaticServer } from '../../src/cli/support/static';
import { describeInBrowser, launchBrowser, type LaunchedBrowser } from '../helpers/browser';
import { serveDist } from '../helpers/server';

describeInBrowser('printing', () => {
  let server: StaticServer;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    server = await serveDist(inject('distDir'), inject('distBasePath'));
    browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const route of ['plan/', 'plan/2/', 'counties/zhanggongqu/']) {
    it(`prints /${route} with text, charts and tables, without navigation`, async () => {
      const page = await browser.context.newPage();
      try {
        await page.goto(new URL(route, server.url).href);
        const folded = page.locator('figure.chart details table');
        if ((await folded.count()) > 0) expect(await folded.first().isVisible(), 'on screen the chart tables start folded').toBe(false);
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('.site-nav').isVisible()).toBe(false);
        expect(await page.locator('.pager').first().isVisible().catch(() => false)).toBe(false);
        expect(await page.locator('main h1').isVisible()).toBe(true);
        const figures = page.locator('figure.chart');
        for (let i = 0; i < (await figures.count()); i++) {
          const figure = figures.nth(i);
          expect(await figure.locator('svg').first().isVisible(), `${route} figure ${i} svg`).toBe(true);
          expect(await figure.locator('table').isVisible(), `${route} figure ${i} table`).toBe(true);
          expect(await figure.locator('.chart-source').isVisible(), `${route} figure ${i} source`).toBe(true);
          expect(await figure.locator('.chart-foot').isVisible(), `${route} figure ${i} download links`).toBe(false);
        }
        const pdf = await page.pdf({ format: 'A4' });
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      } finally {
        await page.close();
      }
    }, 60_000);
  }
});
