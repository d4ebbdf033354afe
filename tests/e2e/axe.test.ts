/** The in-page axe run the crawl and the genre test use finds what axe finds (support/axe.ts). */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchBrowser, type LaunchedBrowser } from '../helpers/browser';
import { findViolations } from './support/axe';

describeInBrowser('findViolations', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reports WCAG A and AA violations of a page, and no best-practice rule', async () => {
    const page = await browser.context.newPage();
    try {
      await page.setContent('<html><body><img src="x.png"><p style="color:#eee;background:#fff">faint text</p><a href="#"></a></body></html>');
      const found = await findViolations(page);
      expect(found.map((v) => v.id).sort()).toEqual(['color-contrast', 'document-title', 'html-has-lang', 'image-alt', 'link-name']);
      expect(found.every((v) => v.nodes.length > 0 && v.tags.some((t) => t.startsWith('wcag')))).toBe(true);
      await page.setContent('<!doctype html><html lang="zh-CN"><head><title>页</title></head><body><main><h1>标题</h1><p>正文</p></main></body></html>');
      expect(await findViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
