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
import { CONTEXT, countyNamed, realDerived, slugOf, syntheticDerived } from '../../fixtures/charts/tables';
import { countyFigureChart } from '../../../src/lib/charts/countyFigure';
import { expectSvgSnapshot } from './snapshot';

const real = realDerived();
const province = syntheticDerived(100);
const huge = syntheticDerived(3000);

const cases: [string, () => ChartSpec][] = [
  ['year-totals', () => yearTotalsChart(real, CONTEXT)],
  ['county-totals', () => countyTotalsChart(real, CONTEXT)],
  ['county-totals-highlight', () => countyTotalsChart(real, CONTEXT, { highlight: slugOf(real, '赣州蓉江新区') })],
  ['county-years-zhanggongqu', () => countyYearSplitChart(countyNamed(real, '章贡区'), CONTEXT)],
  ['county-starts-2024', () => countyStartsForYearChart(real, 2024, CONTEXT)],
  ['county-totals-100', () => countyTotalsChart(province, CONTEXT)],
  ['county-totals-3000-highlight', () => countyTotalsChart(huge, CONTEXT, { highlight: slugOf(huge, '测试县2999') })],
  ['county-starts-2023-3000', () => countyStartsForYearChart(huge, 2023, CONTEXT)],
  ['county-completed-2024', () => countyFigureChart(real, 2024, 'completed', CONTEXT)],
  ['county-completed-total-3000', () => countyFigureChart(huge, null, 'completed', CONTEXT)],
];

describe('chart snapshots', () => {
  for (const [name, build] of cases) {
    it(`${name} renders as its golden SVG`, () => expectSvgSnapshot(name, renderChart(build())));
  }
  it('standalone year-totals renders as its golden SVG', () =>
    expectSvgSnapshot('standalone-year-totals', renderStandaloneSvg(yearTotalsChart(real, CONTEXT))));
  it('standalone county-totals renders as its golden SVG', () =>
    expectSvgSnapshot('standalone-county-totals', renderStandaloneSvg(countyTotalsChart(real, CONTEXT))));
});
