/**
 * Phone-first tables and charts (issues 12 and 13), in Chromium, on the two-release fixture build
 * (adjusted figures, a sub-path and a site address): reflowed tables keep their table semantics,
 * each county figure keeps its year and indicator on a phone, the units grid reads on a phone,
 * charts stay readable with more contrast and forced colours, and the pages' own figures (ranks,
 * comparisons) read as they should. Every template's layout at 390 and 320 px, on a desktop and
 * enlarged, is tests/e2e/templates.test.ts.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { StaticServer } from '../../src/cli/support/static';
import { readBuilt } from '../helpers/built';
import { describeInBrowser, launchBrowser, type LaunchedBrowser } from '../helpers/browser';
import { serveDist } from '../helpers/server';
import { openAllDetails } from './support/layout';

describeInBrowser('tables and charts on a phone and a desktop', () => {
  let browser: LaunchedBrowser;
  let server: StaticServer;
  let pages: readonly string[] = [];

  beforeAll(async () => {
    const settings = inject('fixtureSettings');
    server = await serveDist(inject('fixtureDist'), settings.base);
    pages = readBuilt(inject('fixtureDist'), settings.base).pages;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('tables and charts', () => {
    const open = async (route: string, viewport = { width: 390, height: 844 }): Promise<Page> => {
      const page = await browser.context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(new URL(route, server.url).href);
      await openAllDetails(page);
      return page;
    };

    it('keeps real table semantics when a table reflows on a phone (accessibility tree)', async () => {
      for (const route of ['counties/', 'units/', 'plan/', 'counties/zhanggongqu/']) {
        const page = await open(route);
        try {
          const tables = page.locator('table.reflow');
          expect(await tables.count(), route).toBeGreaterThan(0);
          expect(await tables.first().evaluate((t) => getComputedStyle(t).display), `${route}: the table reflows`).toBe('block');
          const tree = await tables.first().ariaSnapshot();
          for (const role of ['table', 'row', 'rowheader', 'cell', 'columnheader']) expect(tree, `${route}: role ${role}`).toContain(`- ${role}`);
        } finally {
          await page.close();
        }
      }
    });

    it('/counties/ shows each county figure with its year and indicator on a phone, the caption whole', async () => {
      const page = await open('counties/');
      try {
        const labels = await page.locator('table.county-table tbody tr').nth(1).locator('td').evaluateAll((tds) =>
          tds.map((td) => `${getComputedStyle(td, '::before').content.replace(/^"|"( \/ "")?$/g, '')} ${td.textContent}`),
        );
        expect(labels.length).toBeGreaterThan(6);
        expect(labels.join('|')).toMatch(/2024年 开工"? [\d,]+/);
        const caption = page.locator('table.county-table caption');
        const box = await caption.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      } finally {
        await page.close();
      }
    });

    it('the units × items grid shows each unit with the items that name it, on a phone', async () => {
      const page = await open('units/');
      try {
        const first = page.locator('table.matrix tbody tr').first();
        const named = first.locator('td.named');
        expect(await named.count()).toBeGreaterThan(0);
        expect(await named.first().isVisible()).toBe(true);
        expect(await named.first().evaluate((td) => getComputedStyle(td, '::before').content)).toMatch(/（[一二三四五六七八九十]+）/);
        const unnamed = first.locator('td.unnamed');
        if ((await unnamed.count()) > 0) expect((await unnamed.first().boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
      } finally {
        await page.close();
      }
    });

    it('on a desktop the county table is as wide as its figures, not stretched across the page', async () => {
      const page = await open('counties/', { width: 1280, height: 900 });
      try {
        const table = await page.locator('table.county-table').boundingBox();
        const main = await page.locator('main').boundingBox();
        // As wide as its figures (adjusted ones carry a second line), never stretched to the page's width.
        expect(table && main && table.width < main.width - 40).toBe(true);
      } finally {
        await page.close();
      }
    });

    it('with prefers-contrast: more, every chart bar stands 3:1 against white; with forced colours, charts keep their white plate', async () => {
      const page = await open('counties/zhanggongqu/');
      try {
        await page.emulateMedia({ contrast: 'more' });
        const fills = await page.$$eval('figure.chart svg rect', (rects) => rects.map((r) => getComputedStyle(r).fill));
        const luminance = (rgb: string): number => {
          const [r, g, b] = (rgb.match(/\d+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
          return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
        };
        const weak = fills.filter((f) => f.startsWith('rgb') && 1.05 / (luminance(f) + 0.05) < 3);
        expect(fills.length).toBeGreaterThan(10);
        expect(weak.filter((f) => f !== 'rgb(208, 215, 222)'), 'bar fills under 3:1 (the highlight band excepted)').toEqual([]);
        await page.emulateMedia({ contrast: 'no-preference', forcedColors: 'active' });
        const plate = await page.locator('figure.chart svg').first().evaluate((svg) => [getComputedStyle(svg).backgroundColor, getComputedStyle(svg).forcedColorAdjust]);
        expect(plate).toEqual(['rgb(255, 255, 255)', 'none']);
      } finally {
        await page.close();
      }
    });

    it('/counties/ compares counties on each indicator and year, each chart\'s table sorted from most to fewest', async () => {
      const page = await open('counties/');
      try {
        const sections = page.locator('section.compare');
        expect(await sections.count()).toBe(6);
        expect(await page.locator('.compare-links a').count()).toBe(6);
        for (let i = 0; i < 6; i++) {
          const figures = await sections.nth(i).locator('table tbody tr td.num').evaluateAll((tds) => tds.map((td) => Number((td.firstChild?.textContent ?? '').replace(/,/g, ''))));
          expect(figures.length, `comparison ${i}`).toBeGreaterThanOrEqual(20);
          const firstColumn = (await sections.nth(i).locator('table thead th').count()) === 2 ? figures : figures.filter((_, k) => k % 2 === 0);
          expect(firstColumn, `comparison ${i} sorted`).toEqual([...firstColumn].sort((a, b) => b - a));
        }
      } finally {
        await page.close();
      }
    });

    it('the home page links every county, and a county page states its rank on every figure', async () => {
      const home = await open('');
      try {
        const counties = pages.filter((p) => /^counties\/.+\/$/.test(p));
        const linked = await home.locator('.county-links a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        expect(linked.map((p) => p.slice(inject('fixtureSettings').base.length)).sort()).toEqual([...counties].sort());
      } finally {
        await home.close();
      }
      const county = await open('counties/ganzhourongjiangxinqu/');
      try {
        const ranks = await county.locator('#ranks-caption').locator('xpath=..').locator('tbody tr').allInnerTexts();
        expect(ranks).toHaveLength(6);
        for (const row of ranks) expect(row).toMatch(/第 \d+ 名/);
        expect(ranks[2]).toMatch(/2024年开工[\s\S]*0 套[\s\S]*第 20 名/);
        expect(await county.locator('figure.chart figcaption').first().innerText()).not.toContain('的0套');
      } finally {
        await county.close();
      }
    });

    it('a unit page marks the unit itself in its lists of units; with a site URL the QR code carries its address in words', async () => {
      const unit = pages.find((p) => p.startsWith('units/') && p !== 'units/') ?? 'units/';
      const page = await open(unit);
      try {
        const current = page.locator('.units-text a[aria-current="page"]');
        expect(await current.count()).toBeGreaterThan(0);
        for (const href of await current.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))) expect(href).toBe(new URL(page.url()).pathname);
      } finally {
        await page.close();
      }
      const fixture = await browser.context.newPage();
      try {
        await fixture.goto(new URL('counties/zhanggongqu/', server.url).href);
        const { site, base } = inject('fixtureSettings');
        expect(await fixture.locator('.qr-block .qr-url').innerText()).toContain(`${site}${base}counties/zhanggongqu/`);
      } finally {
        await fixture.close();
      }
    });

    it('puts numbers 10. 11. 12. of a list inside the column on a phone, and card labels break only between words', async () => {
      for (const route of ['units/', 'counties/zhanggongqu/', '']) {
        const page = await open(route);
        try {
          const lists = await page.$$eval('main ol', (ols) =>
            ols.filter((ol) => getComputedStyle(ol).listStyleType !== 'none' && ol.children.length >= 10).map((ol) => parseFloat(getComputedStyle(ol).paddingLeft) / parseFloat(getComputedStyle(ol).fontSize)),
          );
          for (const em of lists) expect(em, `${route}: room for 「12.」 (in em)`).toBeGreaterThanOrEqual(2.4);
          const words = await page.$$eval('.card .label .nb', (spans) => spans.map((s) => s.getClientRects().length));
          for (const lines of words) expect(lines, `${route}: a card label word on one line`).toBe(1);
        } finally {
          await page.close();
        }
      }
    });
  });
});
