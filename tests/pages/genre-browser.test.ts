/**
 * Plans of the genre as a phone reader meets them: three plan-only sites rendered in-process (one
 * whose units have roles and deadlines, one whose attachments hold several tables with grouped
 * columns and wrapped rows, one that is only its table), written out with the site's stylesheet as
 * a build inlines it, served on 127.0.0.1 and read in the run's Chromium — the first and the
 * largest page of each template: axe-core finds nothing, nothing fails to load, and at 390 and
 * 320 px with every <details> open nothing scrolls sideways, every cell is on screen and the text
 * keeps its sizes. The real builds' templates are tests/e2e/templates.test.ts.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../src/cli/support/static.ts';
import { readBuilt } from '../helpers/built.ts';
import { describeInBrowser, launchBrowser, type LaunchedBrowser } from '../helpers/browser.ts';
import { renderSite } from '../helpers/render.ts';
import { sampleTemplates } from '../e2e/support/templates.ts';
import { reportLayouts, reportLoads, reportViolations, visitPage, type Visit } from '../e2e/support/visit.ts';

const FIXTURES = ['unit-roles-deadlines.txt', 'attachment-several-tables.txt', 'table-only-breakdown.txt'];
/** The one stylesheet every page of the frame carries (a build inlines it into each such page). */
const STYLE = `<style>${readFileSync('src/styles/site.css', 'utf8')}</style>`;

describeInBrowser('plan-only sites of the genre in Chromium', () => {
  const visits = new Map<string, Visit>();
  let root = '';
  let browser: LaunchedBrowser;
  let server: StaticServer;

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'genre-browser-'));
    for (const name of FIXTURES) {
      const site = await renderSite({ planFile: `tests/fixtures/plan/${name}`, dataDir: 'tests/fixtures/site/plan-only', address: { base: `/${name.replace(/\.txt$/, '')}/` } });
      // What a build copies from public/ beside the pages.
      cpSync('public', path.join(root, name.replace(/\.txt$/, '')), { recursive: true });
      for (const [file, body] of site.files) {
        const target = path.join(root, name.replace(/\.txt$/, ''), file);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, typeof body === 'string' && file.endsWith('.html') && body.includes('class="site-header"') ? body.replace('</head>', `${STYLE}</head>`) : body);
      }
    }
    server = await startStaticServer({ root, port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
    const page = await browser.context.newPage();
    try {
      for (const name of FIXTURES) {
        const base = `/${name.replace(/\.txt$/, '')}/`;
        for (const sample of sampleTemplates(readBuilt(path.join(root, base), base))) {
          visits.set(`${name} /${sample.route}`, await visitPage(page, new URL(`${base}${sample.route}`, server.url).href, [390, 320]));
        }
      }
    } finally {
      await page.close();
    }
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('reads every template of each site, and loads each page cleanly', () => {
    expect(visits.size).toBeGreaterThanOrEqual(FIXTURES.length * 7);
    const message = reportLoads(visits);
    if (message) throw new Error(message);
  });

  it('has no axe-core violation of WCAG 2.1 A and AA', () => {
    const message = reportViolations(visits);
    if (message) throw new Error(message);
  });

  for (const width of [390, 320]) {
    it(`fits ${width} px with every <details> open`, () => {
      const { message } = reportLayouts(visits, width);
      if (message) throw new Error(message);
    });
  }
});
