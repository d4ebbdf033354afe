/**
 * Every template of both real builds in Chromium, on the first and the largest page made from it
 * (tests/e2e/support/templates.ts): served on 127.0.0.1 under the base path it was built for, at
 * 390×844 with every <details> open — axe-core (WCAG 2.1 A and AA) finds nothing, no console error,
 * no failed request, nothing from another host, no sideways scroll, every table cell on screen,
 * body text ≥ 18 px, tables ≥ 16 px, charts ≥ 12 px — then the same page at 320 px. One page of each
 * template also holds on a desktop (chart text never larger than body text), at 200% zoom and at
 * 200% text size. What every page shares is checked on every page from its files
 * (tests/build/links.test.ts); the pages ship no script, so the files are what a reader gets.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { StaticServer } from '../../src/cli/support/static';
import { readBuilt } from '../helpers/built';
import { describeInBrowser, launchBrowser, type LaunchedBrowser } from '../helpers/browser';
import { serveDist } from '../helpers/server';
import { layoutProblems, measureLayout, openAllDetails, type LayoutReading } from './support/layout';
import { formatProblems } from './support/report';
import { sampleTemplates, type TemplatePage } from './support/templates';
import { reportLayouts, reportLoads, reportViolations, visitPage, type Visit } from './support/visit';

interface Served {
  name: string;
  server: StaticServer;
  pages: TemplatePage[];
}

describeInBrowser('every template of both builds in Chromium', () => {
  let browser: LaunchedBrowser;
  const sites: Served[] = [];
  const visits = new Map<string, Visit>();

  beforeAll(async () => {
    const builds = [
      { name: 'real', dir: inject('realDist'), base: '/' },
      { name: 'fixture', dir: inject('fixtureDist'), base: inject('fixtureSettings').base },
    ];
    for (const build of builds) sites.push({ name: build.name, server: await serveDist(build.dir, build.base), pages: sampleTemplates(readBuilt(build.dir, build.base)) });
    browser = await launchBrowser({ viewport: { width: 390, height: 844 } });
    for (const site of sites) {
      const page = await browser.context.newPage();
      try {
        for (const sample of site.pages) visits.set(`${site.name} /${sample.route}`, await visitPage(page, new URL(sample.route, site.server.url).href, [390, 320]));
      } finally {
        await page.close();
      }
    }
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all(sites.map((site) => site.server.close()));
  });

  it('samples every template of both builds, the first and the largest page of each', () => {
    for (const site of sites) {
      const kinds = new Set(site.pages.map((p) => p.kind));
      for (const kind of ['/', '/plan/', '/plan/*/', '/plan/items/*/', '/units/', '/units/*/', '/counties/', '/counties/*/', '/data/', '/updates/', '/charts/', '/embed/*/', '/404.html']) {
        expect(kinds.has(kind), `${site.name}: ${kind}`).toBe(true);
      }
    }
    expect(visits.size).toBe(sites.reduce((n, site) => n + site.pages.length, 0));
  });

  it('loads every sampled page with 200, no console error, no failed request and nothing from another host', () => {
    const message = reportLoads(visits);
    if (message) throw new Error(message);
  });

  it('has no axe-core violation of WCAG 2.1 A and AA on any sampled page', () => {
    const message = reportViolations(visits);
    if (message) throw new Error(message);
  });

  for (const width of [390, 320]) {
    it(`at ${width} px with every <details> open: no sideways scroll, every cell on screen, body ≥ 18 px, tables ≥ 16 px${width === 390 ? ', charts ≥ 12 px' : ''}`, () => {
      const { message, cells } = reportLayouts(visits, width);
      if (message) throw new Error(message);
      expect(cells).toBeGreaterThan(100);
    });
  }

  /** Reads the first page of each template of each build at one viewport, after `prepare`. */
  async function readFirstOfEach(viewport: { width: number; height: number }, prepare?: (page: Page) => Promise<void>): Promise<Map<string, LayoutReading>> {
    const readings = new Map<string, LayoutReading>();
    for (const site of sites) {
      const page = await browser.context.newPage();
      try {
        await page.setViewportSize(viewport);
        await prepare?.(page);
        for (const sample of site.pages.filter((p) => p.first && p.kind !== '/404.html')) {
          await page.goto(new URL(sample.route, site.server.url).href);
          await openAllDetails(page);
          readings.set(`${site.name} /${sample.route}`, await measureLayout(page));
        }
      } finally {
        await page.close();
      }
    }
    return readings;
  }

  it('on a desktop (1280 px), one page of each template: chart text is never larger than the body text, and both home charts use one size', async () => {
    const problems = new Map<string, string[]>();
    for (const [route, reading] of await readFirstOfEach({ width: 1280, height: 900 })) {
      const chart = reading.chartText;
      problems.set(route, [...layoutProblems(reading), ...(chart && chart.max > reading.bodyPx + 0.01 ? [`chart text ${chart.max.toFixed(1)} px > body ${reading.bodyPx} px («${chart.largest}»)`] : [])]);
      if (route.endsWith(' /') && chart) expect(chart.max / chart.min, `${route}: the home charts, largest ÷ smallest chart text`).toBeLessThan(17 / 15);
    }
    const message = formatProblems('Desktop pages with oversized chart text', problems);
    if (message) throw new Error(message);
  }, 120_000);

  it('one page of each template holds at 200% zoom (1280 px shown at 640) and at 200% text size on a 390 px phone (WCAG 1.4.4, 1.4.10)', async () => {
    const problems = new Map<string, string[]>();
    for (const [route, reading] of await readFirstOfEach({ width: 640, height: 450 })) problems.set(`200% zoom ${route}`, layoutProblems(reading));
    // The browser's own text-size setting (default font 32 px instead of 16), as a reader sets it.
    const largeText = async (page: Page) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    };
    // Embed pages are sized in px for another site's frame: the reader's text size is that site's matter.
    for (const [route, reading] of [...(await readFirstOfEach({ width: 390, height: 844 }, largeText))].filter(([route]) => !route.includes(' /embed/'))) {
      if (reading.bodyPx < 36) problems.set(`200% text ${route}`, [`body text ${reading.bodyPx} px: the text-size setting did not apply`]);
      else problems.set(`200% text ${route}`, layoutProblems(reading).filter((p) => !p.startsWith('text too small')));
    }
    const message = formatProblems('Pages that break when enlarged', problems);
    if (message) throw new Error(message);
  }, 180_000);
});
