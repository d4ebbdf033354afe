/**
 * Print: a printed page shows its text, charts and tables (also the tables folded into 查看数据表
 * on screen) and the source of each chart, and no navigation. Printed to A4 PDFs in Chromium and
 * read back with pdf.js: each chart's caption and its drawing on one page, no page left half blank
 * before the last, link targets after their link text, and the page's own address in the footer.
 * Three pages of the two-release fixture build: the whole plan, a part with charts, a county.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { StaticServer } from '../../src/cli/support/static';
import { zh } from '../../src/lib/words/site';
import { describeInBrowser, launchBrowser, type LaunchedBrowser } from '../helpers/browser';
import { serveDist } from '../helpers/server';

/** One printed page: its text (NFKC, no whitespace: the PDF's fonts map some ideographs to radicals) and how far down it is filled. */
interface PrintedPage {
  text: string;
  /** Lowest text on the page, as a fraction of the page height from the top (1 = the bottom edge). */
  filledTo: number;
  width: number;
  height: number;
}

/**
 * Radical forms a PDF's font may map an ideograph to (CJK Radicals Supplement and Kangxi radicals),
 * back to the ideograph the page wrote; the remaining Kangxi radicals NFKC maps itself.
 */
const RADICALS: Record<string, string> = { '⻚': '页', '⺠': '民', '⻓': '长', '⻔': '门', '⻋': '车', '⻅': '见', '⻉': '贝', '⻜': '飞', '⻛': '风', '⻢': '马', '⻥': '鱼', '⻦': '鸟', '⻰': '龙', '⻬': '齐', '⻩': '黄', '⻄': '西', '⻘': '青', '⻝': '食', '⼾': '户', '⻆': '角', '⺟': '母', '⺁': '厂', '⻁': '虎', '⻙': '韦', '⻤': '鬼' };
const squeeze = (text: string): string =>
  text.replace(/[\u2e80-\u2fdf]/gu, (ch) => RADICALS[ch] ?? ch).normalize('NFKC').replace(/\s+/g, '');

async function readPdf(pdf: Buffer): Promise<PrintedPage[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, useSystemFonts: false }).promise;
  const pages: PrintedPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width = 0, height = 0] = page.view;
    const items = (await page.getTextContent()).items.flatMap((item) => ('str' in item ? [{ str: item.str, y: Number(item.transform[5]) }] : []));
    const lowest = Math.min(height, ...items.filter((i) => i.str.trim()).map((i) => i.y));
    pages.push({ text: squeeze(items.map((i) => i.str).join('')), filledTo: 1 - lowest / height, width, height });
  }
  await doc.destroy();
  return pages;
}

/** What the page shows of each chart: its caption and the first and last text drawn in it. */
function readFigures(page: Page): Promise<{ caption: string; first: string; last: string }[]> {
  return page.$$eval('figure.chart', (figures) =>
    figures.map((figure) => {
      const texts = [...figure.querySelectorAll('svg text')].map((t) => t.textContent ?? '').filter((t) => t.trim());
      return { caption: figure.querySelector('figcaption')?.textContent ?? '', first: texts[0] ?? '', last: texts.at(-1) ?? '' };
    }),
  );
}

/** The longest page count each printed page may take (the fixture's figures; a page more is a regression to look at). */
const MAX_PAGES: Record<string, number> = { 'plan/': 16, 'plan/2/': 5, 'counties/zhanggongqu/': 4 };

describeInBrowser('printing', () => {
  let server: StaticServer;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    server = await serveDist(inject('fixtureDist'), inject('fixtureSettings').base);
    browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const route of Object.keys(MAX_PAGES)) {
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
      } finally {
        await page.close();
      }
    }, 60_000);
  }

  for (const route of Object.keys(MAX_PAGES)) {
    it(`prints /${route} on A4: each caption with its chart on one page, no blank half pages, links and the page's address printed`, async () => {
      const page = await browser.context.newPage();
      try {
        await page.goto(new URL(route, server.url).href);
        await page.emulateMedia({ media: 'print' });
        const figures = await readFigures(page);
        const links = await page.$$eval('main .prose a[href], main p a[href], main li a[href]', (as) =>
          as.filter((a) => a.getClientRects().length > 0 && getComputedStyle(a, '::after').content !== 'none').map((a) => a.getAttribute('href') ?? ''),
        );
        const pages = await readPdf(await page.pdf({ preferCSSPageSize: true }));

        for (const p of pages) {
          expect(Math.round(p.width), 'A4 width in points').toBe(595);
          expect(Math.round(p.height), 'A4 height in points').toBe(842);
        }
        expect(pages.length, `/${route}: pages`).toBeLessThanOrEqual(MAX_PAGES[route] ?? 0);
        pages.slice(0, -1).forEach((p, i) => expect(p.filledTo, `/${route}: page ${i + 1} of ${pages.length} is filled at least halfway down`).toBeGreaterThan(0.5));

        for (const figure of figures) {
          const caption = squeeze(figure.caption);
          const at = pages.findIndex((p) => p.text.includes(caption));
          expect(at, `/${route}: the caption «${figure.caption.slice(0, 30)}…» whole on one page`).toBeGreaterThanOrEqual(0);
          const text = (pages[at] as PrintedPage).text;
          const start = text.indexOf(caption) + caption.length;
          const first = text.indexOf(squeeze(figure.first), start);
          expect(first, `/${route}: «${figure.caption.slice(0, 30)}…»: the chart's first label «${figure.first}» on the caption's page`).toBeGreaterThanOrEqual(0);
          expect(text.indexOf(squeeze(figure.last), first), `/${route}: «${figure.caption.slice(0, 30)}…»: the chart's last label «${figure.last}» on the caption's page`).toBeGreaterThanOrEqual(0);
        }

        const all = pages.map((p) => p.text).join('');
        for (const href of links) expect(all, `/${route}: the link target ${href} printed`).toContain(squeeze(`(${href})`));
        // With a site address, the footer prints the page's absolute address beside its QR code.
        const { site, base } = inject('fixtureSettings');
        expect((pages.at(-1) as PrintedPage).text, `/${route}: the page's address in the footer`).toContain(squeeze(zh.print.pageUrl(`${site}${base}${route}`)));
      } finally {
        await page.close();
      }
    }, 90_000);
  }
});
