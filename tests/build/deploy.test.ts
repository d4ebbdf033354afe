/**
 * Deployment and republishing: the two-release fixture, built for a sub-path and a site address
 * (tests/setup/fixture.ts), works under that sub-path of any static server, with canonical URLs,
 * Open Graph tags, sitemap.xml, a QR code on each page and Dataset JSON-LD on /data/. Its data
 * folder has two releases (a GBK tasks.csv as staff save it), so the same build shows the release
 * history and the adjusted figures.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { compileDataPackageProfile } from '../helpers/datapackage.ts';
import { readBuilt, type BuiltSite } from '../helpers/built.ts';
import { startStaticServer, type StaticServer } from '../../src/cli/support/static.ts';

let SITE = '';
let BASE = '';
let out = '';
let built: BuiltSite;
const pages = (): readonly string[] => built.pages;
const read = (route: string) => readFileSync(path.join(out, route, 'index.html'), 'utf8');

beforeAll(() => {
  ({ site: SITE, base: BASE } = inject('fixtureSettings'));
  out = inject('fixtureDist');
  built = readBuilt(out, BASE);
});

describe('a build for https://www.example.gov.cn/gz/', () => {
  it('links and loads everything under the base path', () => {
    for (const route of pages()) {
      const { document } = parseHTML(read(route));
      const urls = [...document.querySelectorAll('[href],[src]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '');
      const rooted = urls.filter((u) => u.startsWith('/') && !u.startsWith(BASE));
      expect(rooted, `/${route}`).toEqual([]);
    }
  });

  it('gives every page a canonical URL, Open Graph tags and a QR code of its own address', () => {
    for (const route of ['', 'plan/', 'counties/zhanggongqu/']) {
      const { document } = parseHTML(read(route));
      const url = `${SITE}${BASE}${route}`;
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
      expect(document.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(url);
      expect(document.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBeTruthy();
      const qr = document.querySelector('.qr');
      expect(qr?.getAttribute('aria-label')).toContain(url);
      expect(qr?.querySelector('svg path')).not.toBeNull();
    }
  });

  it('gives every page with a chart share-card tags as WeChat and Weibo read them: title, description and an absolute 1200×630 image', () => {
    let cards = 0;
    for (const route of pages()) {
      const { document } = parseHTML(read(route));
      if (route.startsWith('embed/') || !document.querySelector('figure.chart')) continue;
      cards++;
      const meta = (key: string) => document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';
      const image = meta('og:image');
      expect(image, `/${route}`).toMatch(new RegExp(`^${SITE}${BASE}share/[a-z0-9-]+\\.png$`));
      const file = readFileSync(path.join(out, image.slice(`${SITE}${BASE}`.length)));
      // PNG header: width and height at bytes 16 and 20; WeChat's and Weibo's cards take images well under 300 KB.
      expect([file.readUInt32BE(16), file.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(file.byteLength).toBeLessThan(300 * 1024);
      expect([meta('og:image:width'), meta('og:image:height'), meta('og:image:type'), meta('twitter:card')]).toEqual(['1200', '630', 'image/png', 'summary_large_image']);
      expect(meta('og:image:alt').length).toBeGreaterThan(0);
      // Titles and descriptions within what the cards show before cutting.
      expect([...meta('og:title')].length, `/${route}`).toBeLessThanOrEqual(64);
      const description = meta('og:description');
      expect(description).toBe(meta('description'));
      expect([...description].length, `/${route}`).toBeLessThanOrEqual(120);
      expect(description, `/${route}`).toMatch(/\d套|\d 套/);
    }
    expect(cards).toBeGreaterThan(20);
    expect(parseHTML(read('units/')).document.querySelector('meta[property="og:image"]')).toBeNull();
  });

  it('lists every page in sitemap.xml', () => {
    const sitemap = readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const expected = pages().filter((r) => r !== '404/').map((r) => `${SITE}${BASE}${r}`);
    expect(new Set(locs)).toEqual(new Set(expected));
    expect(readFileSync(path.join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}${BASE}sitemap.xml`);
  });

  it('describes the data as a schema.org Dataset with one distribution per download', () => {
    const { document } = parseHTML(read('data/'));
    const ld = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
    expect(ld['@type']).toBe('Dataset');
    const urls: string[] = ld.distribution.map((d: { contentUrl: string }) => d.contentUrl);
    expect(urls).toContain(`${SITE}${BASE}data/tasks.csv`);
    expect(urls).toContain(`${SITE}${BASE}data/datapackage.json`);
    const sums = readFileSync(path.join(out, 'data/SHA256SUMS'), 'utf8').trim().split('\n').map((l) => `${SITE}${BASE}data/${l.split(/\s+/)[1]}`);
    for (const file of sums) expect(urls).toContain(file);
  });

  it('is served under the sub-path by a plain static server', async () => {
    const server: StaticServer = await startStaticServer({ root: out, basePath: BASE });
    try {
      for (const route of ['', 'plan/', 'data/tasks.csv', 'charts/county-totals.svg']) {
        const res = await fetch(new URL(route, server.url));
        expect(res.status, route).toBe(200);
      }
    } finally {
      await server.close();
    }
  });
});

describe('a site with two releases of the table', () => {
  const text = (route: string) => parseHTML(read(route)).document.querySelector('main')?.textContent?.replace(/\s+/g, ' ') ?? '';

  it('lists every release on /updates/, newest first, with what changed figure by figure', () => {
    const updates = text('updates/');
    expect(updates.indexOf('v2')).toBeLessThan(updates.indexOf('v1'));
    expect(updates).toContain('章贡区 2024年开工 1,487 → 1,600');
    expect(updates).toContain('章贡区 合计开工 3,800 → 3,913');
    const { document } = parseHTML(read('updates/'));
    const links = [...document.querySelectorAll('a[href$="/tasks.csv"]')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([`${BASE}data/releases/v2/tasks.csv`, `${BASE}data/releases/v1/tasks.csv`]);
    expect(readFileSync(path.join(out, 'data/releases/v1/tasks.csv'), 'utf8')).toContain('章贡区,3800,1704,2313,672,1487,1032');
    expect(readFileSync(path.join(out, 'data/releases/v2/tasks.csv'), 'utf8')).toContain('章贡区,3913,1704,2313,672,1600,1032');
    const sums = readFileSync(path.join(out, 'data/SHA256SUMS'), 'utf8');
    expect(sums).toMatch(/^[0-9a-f]{64} {2}releases\/v1\/tasks\.csv$/m);
    expect(sums).toMatch(/^[0-9a-f]{64} {2}releases\/v2\/tasks\.csv$/m);
    const pkg = JSON.parse(readFileSync(path.join(out, 'data/datapackage.json'), 'utf8'));
    expect(pkg.resources.map((r: { path: string }) => r.path)).toEqual(expect.arrayContaining(['releases/v1/tasks.csv', 'releases/v2/tasks.csv']));
    // The published descriptor, releases included, is valid against the official Data Package 2.0 profile.
    const validate = compileDataPackageProfile();
    expect(validate(pkg), JSON.stringify(validate.errors)).toBe(true);
    for (const resource of pkg.resources as { path: string; bytes: number; hash: string }[]) {
      const bytes = readFileSync(path.join(out, 'data', resource.path));
      expect(bytes.length, resource.path).toBe(resource.bytes);
      expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`, resource.path).toBe(resource.hash);
    }
  });

  it('marks adjusted figures against attachment 1-1 as issued on county pages and tables', () => {
    expect(text('counties/zhanggongqu/')).toContain('原计划 1,487，调整为 1,600');
    expect(text('counties/')).toContain('原计划 3,800，调整为 3,913');
    const ownTable = parseHTML(read('counties/nankangqu/')).document.querySelector('main > section.table-wrap')?.textContent ?? '';
    expect(ownTable).toContain('3,162');
    expect(ownTable).not.toContain('原计划');
    // The tables of the charts mark them too.
    const figures = (route: string) => [...parseHTML(read(route)).document.querySelectorAll('figure.chart table')].map((t) => t.textContent?.replace(/\s+/g, ' ') ?? '');
    expect(figures('counties/').join(' ')).toContain('原计划 3,800，调整为 3,913');
    expect(figures('counties/zhanggongqu/').join(' ')).toContain('原计划 1,487，调整为 1,600');
    expect(figures('plan/items/1/').join(' ')).toContain('原计划 1,487，调整为 1,600');
  });

  it('shows the date of the latest release on every page', () => {
    for (const route of pages()) {
      const footer = parseHTML(read(route)).document.querySelector('footer')?.textContent ?? '';
      expect(footer, `/${route}`).toContain('数据更新于 2026-12-01');
    }
  });
});

describe('a build without a site address (the real site)', () => {
  it('writes no sitemap and no absolute URLs', () => {
    const dist = inject('realDist');
    expect(() => readFileSync(path.join(dist, 'sitemap.xml'))).toThrow();
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).not.toContain('rel="canonical"');
  });
});
