/**
 * Phone-first layouts (issues 12 and 13), in Chromium, on the real site and on a fixture site with
 * two releases and adjusted figures: every page at 390 and 320 px with every <details> open has no
 * sideways scroll, every table cell inside the viewport, body text ≥ 18 px, table text ≥ 16 px and
 * (at 390 px) chart text ≥ 12 px; on a desktop chart text is never larger than the body text; the
 * pages hold at 200% zoom and at 200% text size; reflowed tables keep their table semantics; charts
 * stay readable with more contrast and forced colours.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { StaticServer } from '../../src/cli/support/static';
import { runBuild } from '../../src/cli/support/runBuild';
import { describeInBrowser, launchBrowser, type LaunchedBrowser } from '../helpers/browser';
import { listPages, serveDist } from '../helpers/server';
import { sampleCountyEmbeds } from './support/crawl';
import { layoutProblems, measureLayout, openAllDetails, type LayoutReading } from './support/layout';

/** The fixture site: two releases, 章贡区's 2024 starts adjusted (v2), a site URL (QR code and its address). */
const FIXTURE = { SITE_DATA_DIR: 'tests/fixtures/site/two-releases', SITE_TODAY: '2026-12-31', SITE_URL: 'https://www.example.gov.cn' };

interface Site {
  name: string;
  server: StaticServer;
  pages: string[];
}

/** One page of each kind (home, plan, part, item, units, a unit, counties, an adjusted county, data, updates): the desktop and enlarged checks. */
function sampleOf(pages: readonly string[]): string[] {
  const first = (prefix: string) => pages.find((p) => p.startsWith(prefix) && p !== prefix) ?? '';
  return [...new Set(['', 'plan/', 'plan/2/', 'plan/items/1/', 'units/', first('units/'), 'counties/', 'counties/zhanggongqu/', 'data/', 'updates/'])].filter((p) => pages.includes(p));
}

describeInBrowser('layouts that survive data, on a phone and a desktop', () => {
  let browser: LaunchedBrowser;
  let fixtureOut = '';
  const sites: Site[] = [];

  beforeAll(async () => {
    fixtureOut = mkdtempSync(path.join(process.cwd(), '.dist-layout-'));
    const run = await runBuild({ cwd: process.cwd(), outDir: fixtureOut, env: FIXTURE });
    expect(run.code, run.output).toBe(0);
    const real = inject('distDir');
    // County embed pages: the first of each kind stands for the rest (support/crawl.ts countyEmbedKind).
    sites.push({ name: 'the real site', server: await serveDist(real, inject('distBasePath')), pages: sampleCountyEmbeds(await listPages(real)) });
    sites.push({ name: 'the two-release fixture site', server: await serveDist(fixtureOut), pages: sampleCountyEmbeds(await listPages(fixtureOut)) });
    browser = await launchBrowser();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all(sites.map((site) => site.server.close()));
    if (fixtureOut) rmSync(fixtureOut, { recursive: true, force: true });
  });

  /** Visits every page of a site at one viewport, opens every <details>, and collects the readings. */
  async function readEveryPage(site: Site, viewport: { width: number; height: number }, prepare?: (page: Page) => Promise<void>, routes = site.pages): Promise<Map<string, LayoutReading>> {
    const page = await browser.context.newPage();
    const readings = new Map<string, LayoutReading>();
    try {
      await page.setViewportSize(viewport);
      await prepare?.(page);
      for (const route of routes) {
        await page.goto(new URL(route, site.server.url).href);
        await openAllDetails(page);
        readings.set(`/${route}`, await measureLayout(page));
      }
    } finally {
      await page.close();
    }
    return readings;
  }

  const report = (title: string, problems: Map<string, string[]>): string => {
    const lines = [...problems].filter(([, list]) => list.length > 0).map(([route, list]) => `  ${route}\n${list.map((p) => `    ${p}`).join('\n')}`);
    return lines.length === 0 ? '' : `${title}:\n${lines.join('\n')}`;
  };

  for (const width of [390, 320]) {
    it(`at ${width} px with every <details> open: no sideways scroll, every cell on screen, body ≥ 18 px, tables ≥ 16 px${width === 390 ? ', charts ≥ 12 px' : ''}`, async () => {
      const problems = new Map<string, string[]>();
      let cells = 0;
      for (const site of sites) {
        for (const [route, reading] of await readEveryPage(site, { width, height: 844 })) {
          cells += reading.cells;
          const chart = reading.chartText;
          const small = width === 390 && chart && chart.min < 12 ? [`chart text ${chart.min.toFixed(1)} px < 12 («${chart.smallest}»)`] : [];
          problems.set(`${site.name} ${route}`, [...layoutProblems(reading), ...small]);
        }
      }
      const message = report(`Pages that do not fit ${width} px`, problems);
      if (message) throw new Error(message);
      expect(cells).toBeGreaterThan(500);
    }, 300_000);
  }

  it('on a desktop (1280 px), one page of each kind: chart text is never larger than the body text, and both home charts use one size', async () => {
    const problems = new Map<string, string[]>();
    for (const site of sites) {
      for (const [route, reading] of await readEveryPage(site, { width: 1280, height: 900 }, undefined, sampleOf(site.pages))) {
        const chart = reading.chartText;
        problems.set(`${site.name} ${route}`, [
          ...layoutProblems(reading),
          ...(chart && chart.max > reading.bodyPx + 0.01 ? [`chart text ${chart.max.toFixed(1)} px > body ${reading.bodyPx} px («${chart.largest}»)`] : []),
        ]);
        if (route === '/' && chart) expect(chart.max / chart.min, 'the home charts: largest ÷ smallest chart text').toBeLessThan(17 / 15);
      }
    }
    const message = report('Desktop pages with oversized chart text', problems);
    if (message) throw new Error(message);
  }, 300_000);

  it('one page of each kind holds at 200% zoom (1280 px shown at 640) and at 200% text size on a 390 px phone (WCAG 1.4.4, 1.4.10)', async () => {
    const problems = new Map<string, string[]>();
    for (const site of sites) {
      for (const [route, reading] of await readEveryPage(site, { width: 640, height: 450 }, undefined, sampleOf(site.pages))) problems.set(`${site.name} 200% zoom ${route}`, layoutProblems(reading));
      // The browser's own text-size setting (default font 32 px instead of 16), as a reader sets it.
      const largeText = async (page: Page) => {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
      };
      for (const [route, reading] of await readEveryPage(site, { width: 390, height: 844 }, largeText, sampleOf(site.pages))) {
        if (reading.bodyPx < 36) problems.set(`${site.name} 200% text ${route}`, [`body text ${reading.bodyPx} px: the text-size setting did not apply`]);
        else problems.set(`${site.name} 200% text ${route}`, layoutProblems(reading).filter((p) => !p.startsWith('text too small')));
      }
    }
    const message = report('Pages that break when enlarged', problems);
    if (message) throw new Error(message);
  }, 600_000);

  describe('tables and charts', () => {
    const open = async (route: string, viewport = { width: 390, height: 844 }): Promise<Page> => {
      const page = await browser.context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(new URL(route, sites[0]?.server.url).href);
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
        expect(table && main && table.width < main.width - 160).toBe(true);
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
        const counties = sites[0]?.pages.filter((p) => /^counties\/.+\/$/.test(p)) ?? [];
        const linked = await home.locator('.county-links a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        expect(linked.map((p) => p.replace(/^\//, '')).sort()).toEqual([...counties].sort());
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
      const unit = sites[0]?.pages.find((p) => p.startsWith('units/') && p !== 'units/') as string;
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
        await fixture.goto(new URL('counties/zhanggongqu/', sites[1]?.server.url).href);
        expect(await fixture.locator('.qr-block .qr-url').innerText()).toContain(`${FIXTURE.SITE_URL}/counties/zhanggongqu/`);
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
