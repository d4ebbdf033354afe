/**
 * Embeds as a reader sees them: a chart's <iframe> snippet, pasted into another page, shows the
 * chart readable in a frame 300 px wide (no sideways scroll, the chart scaled to the frame) and
 * runs no script. On the two-release fixture build, served at its sub-path.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { StaticServer } from '../../src/cli/support/static';
import { describeInBrowser, launchBrowser, type LaunchedBrowser } from '../helpers/browser';
import { serveDist } from '../helpers/server';

describeInBrowser('embedded charts', () => {
  let browser: LaunchedBrowser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveDist(inject('fixtureDist'), inject('fixtureSettings').base);
    browser = await launchBrowser({ viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [300, 640]) {
    it(`a county chart's snippet is readable in a frame ${width} px wide`, async () => {
      const page = await browser.context.newPage();
      // The snippet names the site's address; here the site is served on this machine.
      const { site, base } = inject('fixtureSettings');
      await page.goto(`${server.url}counties/zhanggongqu/`);
      const snippet = (await page.locator('details.chart-embed code').first().textContent()) ?? '';
      expect(snippet).toMatch(/^<iframe src="/);
      // The host page: another site's article, here served as a data-free blank page on the same server.
      await page.setViewportSize({ width: width + 40, height: 900 });
      await page.setContent(`<!doctype html><html><body style="margin:20px"><div style="width:${width}px">${snippet.replace(`src="${site}${base}`, `src="${server.url}`)}</div></body></html>`);
      const frame = page.frameLocator('iframe');
      await frame.locator('figure svg').waitFor();
      const inner = page.frames().find((f) => f.url().includes('/embed/'));
      if (!inner) throw new Error('no embed frame');
      const sizes = await inner.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        svg: document.querySelector('figure svg')?.getBoundingClientRect().width ?? 0,
        scripts: document.scripts.length,
        caption: document.querySelector('figcaption')?.textContent ?? '',
      }));
      expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
      expect(sizes.svg).toBeGreaterThan(Math.min(width, 480) * 0.8);
      expect(sizes.svg).toBeLessThanOrEqual(sizes.client);
      expect(sizes.scripts).toBe(0);
      expect(sizes.caption).toContain('章贡区');
      await page.close();
    });
  }
});
