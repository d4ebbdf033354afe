/** The site's charts: one function per chart (derived data → ChartSpec), and the renderers. */
export type { ChartColumn, ChartRow, ChartSpec, ChartTable } from './types';
export { yearTotalsChart } from './yearTotals';
export { countyTotalsChart, type CountyTotalsOptions } from './countyTotals';
export { countyYearSplitChart } from './countyYearSplit';
export { countyStartsForYearChart } from './countyStartsForYear';
export type { TailOptions } from './rank';
export { renderChart, renderStandaloneSvg } from './render';
export { chartCsv } from './csv';
