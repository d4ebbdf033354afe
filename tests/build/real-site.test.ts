/**
 * The real site as built from the real inputs (tests/setup/build-site.ts): /plan/ holds every
 * character of the issued text in order, the build holds exactly the pages and files of the route
 * table, and every page, chart table and download agrees with the task table figure by figure.
 *
 * This is the one test that reads data/ as it stands: it loads it as the build did and compares.
 * It pins no figure of it, so recording a real release never turns `npm test` red.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { makeConfig } from '../../src/lib/config/index.ts';
import { hasTaskTable, loadConfiguredSite, type AnySite } from '../../src/lib/load/index.ts';
import { listChartIds } from '../../src/lib/site/charts.ts';
import { listRoutes, outputFileOf } from '../../src/lib/site/routes.ts';
import { checkAgreement } from '../helpers/agreement.ts';
import { listFiles } from '../helpers/built.ts';
import { planOf } from '../helpers/inputs.ts';

const SEED = 'seeds/000_37d43cbaf8be4606.txt';
const seedBytes = readFileSync(SEED);
const plan = planOf(seedBytes, SEED);
let dist = '';
/** data/ as it stands, loaded as the build loaded it (today's date, the default inputs). */
let site: AnySite;

function pageText(route: string): string {
  const html = readFileSync(path.join(dist, route, 'index.html'), 'utf8');
  const { document } = parseHTML(html);
  return document.querySelector('main')?.textContent ?? '';
}

/** Index just past the end of `needle` as a subsequence of `hay`, or -1 where it stops matching. */
function firstMissing(needle: string, hay: string): number {
  let at = 0;
  for (let i = 0; i < needle.length; i++) {
    at = hay.indexOf(needle[i] as string, at);
    if (at < 0) return i;
    at += 1;
  }
  return -1;
}

beforeAll(() => {
  dist = inject('realDist');
  site = loadConfiguredSite(makeConfig());
});

describe('the built /plan/ page', () => {
  it('shows exactly the text of the source: every character, in order, nothing added (whitespace aside)', () => {
    // Interface elements around the text are marked data-chrome; self-links and table captions are ours too.
    const { document } = parseHTML(readFileSync(path.join(dist, 'plan/index.html'), 'utf8'));
    const main = document.querySelector('main');
    main?.querySelectorAll('[data-chrome], .anchor, caption').forEach((el) => el.remove());
    const shown = (main?.textContent ?? '').replace(/\s/g, '');
    const source = seedBytes.toString('utf8').replace(/\s/g, '');
    const missing = firstMissing(source, shown);
    expect(missing, `source character ${missing} «${source.slice(missing, missing + 20)}» not found in order`).toBe(-1);
    expect(shown).toBe(source);
  });

  it('shows the healed text, not the page breaks', () => {
    const text = pageText('plan');
    for (const healed of ['市发改委、市自然资源局', '进一步下浮10-20BP', '一般公共预算、政府性基金预算', '全市各县（市、区）城市棚户区改造攻坚行动任务表']) {
      expect(text).toContain(healed);
    }
  });

  it('has stable anchors for every part and item, each with a visible link to itself', () => {
    const { document } = parseHTML(readFileSync(path.join(dist, 'plan/index.html'), 'utf8'));
    expect(plan.parts).toHaveLength(4);
    for (const { number: n } of plan.parts) expect(document.querySelector(`#part-${n} a[href="#part-${n}"]`), `#part-${n}`).not.toBeNull();
    const items = plan.parts.flatMap((p) => p.items);
    expect(items).toHaveLength(12);
    for (const { ordinal: n } of items) expect(document.querySelector(`#item-${n} a[href="#item-${n}"]`), `#item-${n}`).not.toBeNull();
  });
});

describe('the built pages', () => {
  it('are exactly the pages and files of the route table, and the public folder', () => {
    const expected = listRoutes(site, { base: '/', site: null }).map(({ route }) => outputFileOf(route));
    const publicFiles = listFiles('public');
    expect(listFiles(dist)).toEqual([...expected, ...publicFiles, '.site-build'].sort());
  });

  it('agree with data/tasks.csv figure by figure: every table download, chart table and county page', () => {
    if (!hasTaskTable(site)) return;
    const agreement = checkAgreement(dist, site.tasks);
    expect(agreement.disagreements).toEqual([]);
    expect(agreement.compared).toBeGreaterThan(site.tasks.counties.length * 6);
  });

  it('publishes every download, the plan text byte for byte', () => {
    expect(readFileSync(path.join(dist, 'data/plan.txt')).equals(seedBytes)).toBe(true);
    for (const file of ['tasks.csv', 'tasks-long.csv', 'tasks.json', 'datapackage.json', 'SHA256SUMS', 'plan.json', 'releases/v1/tasks.csv']) {
      expect(existsSync(path.join(dist, 'data', file)), file).toBe(true);
    }
    if (!hasTaskTable(site)) return;
    const json = JSON.parse(readFileSync(path.join(dist, 'data/tasks.json'), 'utf8'));
    expect(json.total.started).toBe(site.tasks.total.started);
    expect(json.total.completed).toBe(site.tasks.total.completed);
  });

  it('gives every chart on every page a caption, an accessible SVG, its table and its downloads', () => {
    const routes = listFiles(dist).filter((f) => f.endsWith('index.html')).map((f) => f.slice(0, -'index.html'.length));
    let charts = 0;
    for (const route of routes) {
      const { document } = parseHTML(readFileSync(path.join(dist, route, 'index.html'), 'utf8'));
      for (const figure of document.querySelectorAll('figure.chart')) {
        charts++;
        const where = `/${route} ${figure.getAttribute('aria-labelledby')}`;
        expect(figure.querySelector('figcaption')?.textContent?.length, where).toBeGreaterThan(10);
        const svg = figure.querySelector('svg');
        expect(svg?.getAttribute('role'), where).toBe('img');
        expect(svg?.getAttribute('aria-label'), where).toBeTruthy();
        expect(svg?.querySelector('desc')?.textContent, where).toBeTruthy();
        const table = figure.querySelector('table');
        expect(table?.querySelector('caption'), where).not.toBeNull();
        expect(table?.querySelectorAll('th[scope]').length, where).toBeGreaterThan(1);
        const downloads = [...figure.querySelectorAll('a[href^="/charts/"]')].map((a) => a.getAttribute('href') as string);
        expect(downloads.map((h) => path.extname(h)).sort(), where).toEqual(['.csv', '.png', '.svg']);
        for (const href of downloads) expect(existsSync(path.join(dist, href)), href).toBe(true);
      }
    }
    // Every chart the site draws stands on at least one page.
    expect(charts).toBeGreaterThanOrEqual(hasTaskTable(site) ? listChartIds(site).length : 0);
  });
});
