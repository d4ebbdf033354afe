import { rmSync } from 'node:fs';
import { WIDTH } from '../../../src/lib/charts/style.ts';
import { afterAll, describe, expect, it } from 'vitest';
import type { Site } from '../../../src/lib/load/index.ts';
import { buildSyntheticSite } from '../../helpers/synthetic.ts';
import { chartFile, chartForEmbed, chartsForCounty, listChartFiles, listChartIds } from '../../../src/lib/site/charts.ts';
import { chartLedger, PNG_COUNTY_LIMIT } from '../../../src/lib/site/chartStore.ts';
import { chartHome, describeWithFigure, embedSnippet, MAX_DESCRIPTION, shareCardFor } from '../../../src/lib/site/kit.ts';
import { readPngSize } from '../../helpers/png.ts';

const dirs: string[] = [];
function syntheticSite(n: number): Site {
  const { site, root } = buildSyntheticSite(n, 'site-kit-');
  dirs.push(root);
  return site;
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('chart images and embeds', () => {
  it('serves a county chart to its page, embed page, SVG, CSV, PNG and card from one drawing, then forgets it', () => {
    const site = syntheticSite(3);
    const files = listChartFiles(site);
    expect(files.filter((f) => !f.id.includes('ceshi')).every((f) => f.png && f.card)).toBe(true);
    const county = site.derived.counties[0];
    if (!county) throw new Error('no county');
    const [totals, years] = chartsForCounty(site, county);
    expect(totals?.png && years?.png).toBe(true);
    for (const chart of [totals, years]) {
      const id = chart?.id ?? '';
      expect(files.find((f) => f.id === id)).toEqual({ id, png: true, card: id.startsWith('county-years-'), embed: true });
      expect(chartFile(site, id, 'svg')).toContain('<svg');
      expect(chartFile(site, id, 'csv')).toContain('开工');
      expect(chartForEmbed(site, id)).toEqual(chart);
      const png = chartFile(site, id, 'png');
      expect(png && readPngSize(png).width).toBe(2 * WIDTH);
      const card = chartFile(site, id, 'card');
      if (id.startsWith('county-years-')) expect(card && readPngSize(card)).toEqual({ width: 1200, height: 630 });
      else expect(card).toBeUndefined();
    }
    expect(chartLedger(site)).toMatchObject({ waiting: 0, waitingBytes: 0 });
    const city = chartFile(site, 'county-totals', 'card');
    expect(city).toBe(chartFile(site, 'county-totals', 'card'));
  });

  it(`gives county charts no PNG above ${PNG_COUNTY_LIMIT} counties, and county pages the city-wide card`, () => {
    const site = syntheticSite(PNG_COUNTY_LIMIT + 1);
    const county = site.derived.counties[PNG_COUNTY_LIMIT];
    if (!county) throw new Error('no county');
    const shown = chartsForCounty(site, county);
    expect(shown.map((c) => c.png)).toEqual([false, false]);
    expect(chartFile(site, shown[1]?.id ?? '', 'png')).toBeUndefined();
    expect(listChartFiles(site).filter((f) => f.png).map((f) => f.id)).toEqual(listChartIds(site).filter((id) => !id.includes('ceshi')));
    expect(shareCardFor(site, `/counties/${county.slug}/`, county.name)).toMatchObject({ image: '/share/county-totals.png', figure: null });
  });

  it('links each chart back to its own page and gives each page with a chart its card', () => {
    const site = syntheticSite(2);
    const slug = site.derived.counties[1]?.slug;
    expect(chartHome(site, 'year-totals')).toBe('/');
    expect(chartHome(site, 'county-totals')).toBe('/counties/');
    expect(chartHome(site, `county-years-${slug}`)).toBe(`/counties/${slug}/`);
    expect(chartHome(site, 'county-starts-2023')).toMatch(/^\/plan\/items\/\d+\/$/);
    expect(shareCardFor(site, '/', 'x')).toMatchObject({ image: '/share/year-totals.png', width: 1200, height: 630 });
    expect(shareCardFor(site, '/', 'x')?.figure).toMatch(/套/);
    expect(shareCardFor(site, `/counties/${slug}/`, 'x')).toMatchObject({ image: `/share/county-years-${slug}.png`, alt: 'x', figure: null });
    expect(shareCardFor(site, '/units/', 'x')).toBeNull();
  });
});

describe('describeWithFigure', () => {
  it('adds the figure after the description when both fit, else keeps the figure, cut at a clause', () => {
    expect(describeWithFigure('页面。', null)).toBe('页面。');
    expect(describeWithFigure('页面。', '全市开工100套。')).toBe('页面。全市开工100套。');
    const long = '甲'.repeat(115);
    expect(describeWithFigure(long, '全市开工100套。')).toBe('全市开工100套。');
    const figure = `${'全市开工100套，'.repeat(20)}完。`;
    const cut = describeWithFigure('页面。', figure);
    expect([...cut].length).toBeLessThanOrEqual(MAX_DESCRIPTION);
    expect(cut).toMatch(/100套。$/);
    expect([...describeWithFigure('', '乙'.repeat(200))].length).toBe(MAX_DESCRIPTION);
  });
});

describe('embedSnippet', () => {
  it('writes an iframe as wide as the frame allows and tall enough for the chart, its attributes escaped', () => {
    const snippet = embedSnippet('https://example.org/embed/a/?x=1&y="2"', { title: '图 "甲" <乙>', svg: '<svg viewBox="0 0 480 200" height="200" width="480">' });
    expect(snippet).toBe(
      '<iframe src="https://example.org/embed/a/?x=1&amp;y=&quot;2&quot;" title="图 &quot;甲&quot; &lt;乙&gt;" width="100%" height="390" style="border:0;max-width:512px" loading="lazy"></iframe>',
    );
  });
});
