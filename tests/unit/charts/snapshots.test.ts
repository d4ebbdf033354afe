import { describe, it } from 'vitest';
import {
  countyStartsForYearChart,
  countyTotalsChart,
  countyYearSplitChart,
  renderChart,
  renderStandaloneSvg,
  yearTotalsChart,
  type ChartSpec,
} from '../../../src/lib/charts';
import { realTable, syntheticTable } from '../../fixtures/charts/tables';
import { expectSvgSnapshot } from './snapshot';

const real = realTable();
const province = syntheticTable(100);
const huge = syntheticTable(3000);

const cases: [string, () => ChartSpec][] = [
  ['year-totals', () => yearTotalsChart(real)],
  ['county-totals', () => countyTotalsChart(real)],
  ['county-totals-highlight', () => countyTotalsChart(real, { highlight: '赣州蓉江新区' })],
  ['county-years-zhanggongqu', () => countyYearSplitChart(real, '章贡区')],
  ['county-starts-2024', () => countyStartsForYearChart(real, 2024)],
  ['county-totals-100', () => countyTotalsChart(province)],
  ['county-totals-3000-highlight', () => countyTotalsChart(huge, { highlight: '测试县2999' })],
  ['county-starts-2023-3000', () => countyStartsForYearChart(huge, 2023)],
];

describe('chart snapshots', () => {
  for (const [name, build] of cases) {
    it(`${name} renders as its golden SVG`, () => expectSvgSnapshot(name, renderChart(build())));
  }
  it('standalone year-totals renders as its golden SVG', () =>
    expectSvgSnapshot('standalone-year-totals', renderStandaloneSvg(yearTotalsChart(real))));
  it('standalone county-totals renders as its golden SVG', () =>
    expectSvgSnapshot('standalone-county-totals', renderStandaloneSvg(countyTotalsChart(real))));
});
