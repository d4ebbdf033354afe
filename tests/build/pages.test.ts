/**
 * The built site against its inputs: /plan/ holds every character of the issued text in order,
 * and every part, item, unit and county page and every download exists with the plan's figures.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { planOf, tableOf } from '../helpers/inputs.ts';
import { formatTao } from '../../src/lib/format.ts';

/** data/tasks.csv as it stands (it changes with every release). */
const current = tableOf(new Uint8Array(readFileSync('data/tasks.csv')), 'data/tasks.csv');

const SEED = 'seeds/000_37d43cbaf8be4606.txt';
const seedBytes = readFileSync(SEED);
const plan = planOf(seedBytes, SEED);
let dist = '';

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
  dist = inject('distDir');
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
    for (let n = 1; n <= 4; n++) expect(document.querySelector(`#part-${n} a[href="#part-${n}"]`), `#part-${n}`).not.toBeNull();
    for (let n = 1; n <= 12; n++) expect(document.querySelector(`#item-${n} a[href="#item-${n}"]`), `#item-${n}`).not.toBeNull();
  });
});

describe('the built pages', () => {
  it('has all 4 part pages, 12 item pages and a page for every unit and county', () => {
    const routes = [
      ...plan.parts.map((p) => `plan/${p.number}`),
      ...plan.parts.flatMap((p) => p.items).map((i) => `plan/items/${i.ordinal}`),
      ...plan.units.map((u) => `units/${u.slug}`),
    ];
    expect(plan.parts).toHaveLength(4);
    expect(plan.parts.flatMap((p) => p.items)).toHaveLength(12);
    for (const route of routes) expect(existsSync(path.join(dist, route, 'index.html')), route).toBe(true);
    const countyPages = readFileSync(path.join(dist, 'counties/index.html'), 'utf8').match(/href="\/counties\/[a-z0-9-]+\/"/g) ?? [];
    expect(new Set(countyPages).size).toBe(current.counties.length);
  });

  it('shows each county page with the figures of data/tasks.csv as it stands', () => {
    for (const county of current.counties) {
      const text = pageText(`counties/${county.slug}`);
      const figures = [county.total.started, county.total.completed, ...current.years.flatMap((y) => [county.years[y]?.started ?? 0, county.years[y]?.completed ?? 0])];
      for (const value of figures) expect(text, county.name).toContain(formatTao(value));
    }
  });

  it('publishes every download, the plan text byte for byte', () => {
    expect(readFileSync(path.join(dist, 'data/plan.txt')).equals(seedBytes)).toBe(true);
    for (const file of ['tasks.csv', 'tasks-long.csv', 'tasks.json', 'datapackage.json', 'SHA256SUMS', 'plan.json', 'counties/zhanggongqu.csv', 'releases/v1/tasks.csv']) {
      expect(existsSync(path.join(dist, 'data', file)), file).toBe(true);
    }
    const json = JSON.parse(readFileSync(path.join(dist, 'data/tasks.json'), 'utf8'));
    expect(json.total.started).toBe(current.total.started);
    expect(json.total.completed).toBe(current.total.completed);
  });

  it('gives every chart on every page a caption, an accessible SVG, its table and its downloads', () => {
    const routes = (function walk(dir: string, prefix: string): string[] {
      return readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) return walk(full, `${prefix}${name}/`);
        return name === 'index.html' ? [prefix] : [];
      });
    })(dist, '');
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
    expect(charts).toBeGreaterThan(40);
  });

  it('ships no script that runs, on any page', () => {
    for (const route of ['', 'plan', 'plan/2', 'counties/zhanggongqu', 'data', 'updates']) {
      const html = readFileSync(path.join(dist, route, 'index.html'), 'utf8');
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.filter((s) => !s.includes('application/ld+json')), route || '/').toEqual([]);
    }
  });
});
