import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { chartCsv, countyTotalsChart, countyYearSplitChart, renderChart, renderStandaloneSvg, type ChartSpec } from '../../../src/lib/charts/index.ts';
import type { Site } from '../../../src/lib/load/index.ts';
import { buildSyntheticSite } from '../../helpers/synthetic.ts';
import type { ShownChart } from '../../../src/lib/site/chartReaders.ts';
import { chartFile, chartsForCounty, cityCharts, listChartIds } from '../../../src/lib/site/charts.ts';
import { chartContext, chartLedger } from '../../../src/lib/site/chartStore.ts';

const COUNTIES = 120;
const dirs: string[] = [];

/** A site of `n` synthetic counties (more than 100, so county charts group their tail). */
function syntheticSite(n: number): Site {
  const { site, root } = buildSyntheticSite(n, 'site-charts-');
  dirs.push(root);
  return site;
}

afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const decode = (body: string | Uint8Array | undefined) => (typeof body === 'string' || body === undefined ? body : new TextDecoder('utf-8', { ignoreBOM: true }).decode(body));

/** What a page, /charts/<id>.svg and /charts/<id>.csv would show, made the slow way: one drawing each (no PNG: above the limit). */
function expected(spec: ChartSpec): { shown: ShownChart; svg: string; csv: string } {
  return { shown: { id: spec.id, title: spec.title, caption: spec.caption, table: spec.table, source: spec.source, svg: renderChart(spec), png: false, embed: false }, svg: renderStandaloneSvg(spec), csv: chartCsv(spec) };
}

describe('site charts', () => {
  it('lists every chart once, naming the county charts without drawing them', () => {
    const site = syntheticSite(COUNTIES);
    const ids = listChartIds(site);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith('county-totals-') || id.startsWith('county-years-'))).toHaveLength(2 * COUNTIES);
    expect(chartLedger(site).drawn).toBe(ids.length - 2 * COUNTIES);
  });

  it('draws each county chart once and serves its page, SVG and CSV from that drawing, in either order (no embed page above the limit)', () => {
    const site = syntheticSite(COUNTIES);
    const ids = listChartIds(site);
    const context = chartContext(site.facts);
    site.derived.counties.forEach((county, i) => {
      const specs = [countyTotalsChart(site.derived, context, { highlight: county.slug }), countyYearSplitChart(county, context)];
      const files = () => specs.map((spec) => ({ svg: decode(chartFile(site, spec.id, 'svg')), csv: decode(chartFile(site, spec.id, 'csv')) }));
      // Astro renders /charts/ before /counties/; a page rendered first must work as well.
      const [shown, served] = i % 2 === 0 ? [chartsForCounty(site, county), files()] : ((f) => [chartsForCounty(site, county), f])(files());
      specs.forEach((spec, k) => {
        const want = expected(spec);
        expect(shown[k]).toEqual(want.shown);
        expect(served[k]).toEqual({ svg: want.svg, csv: want.csv });
        expect(chartFile(site, spec.id, 'png')).toBeUndefined();
      });
    });
    const ledger = chartLedger(site);
    expect(ledger.drawn).toBe(ids.length);
    expect(ledger).toMatchObject({ waiting: 0, waitingBytes: 0 });
  });

  it('keeps a county chart as bytes only until its last reader, and the shared charts for every page', () => {
    const site = syntheticSite(COUNTIES);
    listChartIds(site);
    const county = site.derived.counties[COUNTIES - 1];
    if (!county) throw new Error('no county');
    const [totals] = chartsForCounty(site, county);
    expect(chartLedger(site).waiting).toBe(2);
    chartFile(site, totals?.id ?? '', 'svg');
    expect(chartLedger(site).waiting).toBe(2);
    chartFile(site, totals?.id ?? '', 'csv');
    expect(chartLedger(site).waiting).toBe(1);
    const city = cityCharts(site).counties;
    expect(cityCharts(site).counties).toBe(city);
    expect(decode(chartFile(site, city.id, 'svg'))).toBe(decode(chartFile(site, city.id, 'svg')));
  });

  it('answers undefined for a chart the site does not have', () => {
    expect(chartFile(syntheticSite(3), 'county-totals-nowhere', 'svg')).toBeUndefined();
  });
});
