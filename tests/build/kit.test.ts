/**
 * The journalists' kit in the built site: every chart offers PNG, SVG and CSV and its embed
 * snippet, and each file exists (PNG at twice the SVG's size); /charts/ lists every chart; each
 * embed page holds only the chart, caption, source and a link back, with no script; every page
 * with a chart states its key figure; /data/ shows no literal backticks and offers all.zip, which
 * unpacks to exactly the published files. On the two-release fixture build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readBuilt } from '../helpers/built.ts';
import { readPngSize } from '../helpers/png.ts';

let dist = '';
let base = '/';
let site = '';
const temps: string[] = [];
const read = (route: string) => parseHTML(readFileSync(path.join(dist, route, 'index.html'), 'utf8')).document;
/** A URL the site writes (site-relative with the base path, or absolute at the site's address) → the file in dist. */
const fileOf = (href: string) => path.join(dist, decodeURIComponent(href.replace(site, '').slice(base.length)));
const pages = (): readonly string[] => readBuilt(dist, base).pages;

beforeAll(() => {
  dist = inject('fixtureDist');
  ({ base, site } = inject('fixtureSettings'));
});
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('charts in the built site', () => {
  it('offer PNG, SVG and CSV beside every chart on every page, each file there, the PNG at 2× the SVG', () => {
    let charts = 0;
    for (const route of pages().filter((r) => !r.startsWith('embed/'))) {
      for (const figure of read(route).querySelectorAll('figure.chart')) {
        charts++;
        const links = [...figure.querySelectorAll('.chart-foot a')].map((a) => a.getAttribute('href') ?? '');
        const png = links.find((l) => l.endsWith('.png'));
        const svg = links.find((l) => l.endsWith('.svg'));
        expect(png, `/${route}`).toBeDefined();
        expect(links.some((l) => l.endsWith('.csv'))).toBe(true);
        const svgText = readFileSync(fileOf(svg ?? ''), 'utf8');
        const size = { width: Number(/<svg[^>]*\swidth="(\d+)"/.exec(svgText)?.[1]), height: Number(/<svg[^>]*\sheight="(\d+)"/.exec(svgText)?.[1]) };
        expect(readPngSize(new Uint8Array(readFileSync(fileOf(png ?? ''))))).toEqual({ width: size.width * 2, height: size.height * 2 });
        const snippet = figure.querySelector('details.chart-embed code')?.textContent ?? '';
        const src = /<iframe src="([^"]+)"/.exec(snippet)?.[1] ?? '';
        expect(src, `/${route}`).toMatch(/\/embed\/[a-z0-9-]+\/$/);
        expect(existsSync(path.join(fileOf(src), 'index.html')), src).toBe(true);
        // The preview link is the snippet's address on this site.
        expect(fileOf(figure.querySelector('details.chart-embed a')?.getAttribute('href') ?? '')).toBe(fileOf(src));
      }
    }
    expect(charts).toBeGreaterThan(40);
  });

  it('/charts/ lists every chart file, and the font licence is published beside the PNGs', () => {
    const listed = new Set([...read('charts/').querySelectorAll('main a')].map((a) => a.getAttribute('href') ?? ''));
    const files = readdirSync(path.join(dist, 'charts')).filter((f) => /\.(png|svg|csv)$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) expect(listed.has(`${base}charts/${file}`), file).toBe(true);
    const license = [...listed].find((href) => href.endsWith('license.txt')) ?? '';
    expect(readFileSync(fileOf(license), 'utf8')).toContain('SIL Open Font License');
  });

  it('gives each chart an embed page with only the chart, caption, source and a link back, and no script', () => {
    const embeds = readdirSync(path.join(dist, 'embed'));
    expect(embeds.length).toBe(readdirSync(path.join(dist, 'charts')).filter((f) => f.endsWith('.svg')).length);
    for (const id of embeds) {
      const html = readFileSync(path.join(dist, 'embed', id, 'index.html'), 'utf8');
      const { document } = parseHTML(html);
      expect(document.querySelectorAll('script, link[rel="stylesheet"], nav, header').length, id).toBe(0);
      expect(document.querySelector('figcaption')?.textContent?.length).toBeGreaterThan(5);
      expect(document.querySelectorAll('figure svg')).toHaveLength(1);
      expect(document.querySelector('figure p')?.textContent).toMatch(/^来源：/);
      const back = document.querySelector('figure a')?.getAttribute('href') ?? '';
      expect(existsSync(path.join(fileOf(back), 'index.html')), `${id} → ${back}`).toBe(true);
    }
  });

  it('states the key figure in the description of each page that shows a chart', () => {
    for (const route of ['', 'counties/', 'plan/2/', 'counties/zhanggongqu/']) {
      const description = read(route).querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      expect(description, `/${route}`).toMatch(/\d{1,3}(,\d{3})* ?套/);
      expect([...description].length).toBeLessThanOrEqual(120);
    }
  });
});

describe('/data/ in the built site', () => {
  it('shows no literal backticks, and the checksum command that works in a download folder', () => {
    const main = read('data/').querySelector('main')?.textContent ?? '';
    expect(main).not.toContain('`');
    expect(main).toContain('sha256sum -c --ignore-missing SHA256SUMS');
    for (const tool of ['Excel', 'WPS', 'LibreOffice', 'pandas', 'read.csv', 'readr', 'certutil', 'Get-FileHash']) expect(main, tool).toContain(tool);
  });

  it('offers all.zip, which unzips to exactly the published files', () => {
    const links = [...read('data/').querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(links).toContain(`${base}data/all.zip`);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kit-zip-'));
    temps.push(dir);
    const run = spawnSync('unzip', ['-q', path.join(dist, 'data', 'all.zip'), '-d', dir], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const listed = spawnSync('unzip', ['-Z1', path.join(dist, 'data', 'all.zip')], { encoding: 'utf8' }).stdout.trim().split('\n');
    expect(listed[0]).toBe('README.txt');
    const published = spawnSync('find', ['.', '-type', 'f', '-not', '-name', 'all.zip', '-not', '-name', 'index.html'], { cwd: path.join(dist, 'data'), encoding: 'utf8' }).stdout.trim().split('\n').map((f) => f.slice(2)).sort();
    expect(listed.slice(1).sort()).toEqual(published);
    for (const file of published) expect(readFileSync(path.join(dir, file)).equals(readFileSync(path.join(dist, 'data', file))), file).toBe(true);
  });
});
