/** One county's targets per year: started and completed in each year. */
import { indicatorWord, yearLabel } from '../grid';
import type { DerivedCounty } from '../tasks/derive';
import type { ChartContext, ChartSpec } from './types';
import { formatCount } from './style';
import { TEXT } from './text';
import { compareYears, yearBarsPlot, yearColumns, yearRows } from './yearBars';

/** Chart `county-years-<slug>`: the county's started and completed targets per year. */
export function countyYearSplitChart(county: DerivedCounty, context: ChartContext): ChartSpec {
  const figures = county.years;
  if (figures.length === 0) throw new Error('no years in table');
  const { unit: u, short } = context;
  const [S, D] = [indicatorWord('started'), indicatorWord('completed')];
  const name = county.name;
  const list = (k: 'started' | 'completed') => figures.map((f) => `${yearLabel(f.year)}${formatCount(f[k])}${u}`).join('，');
  return {
    id: `county-years-${county.slug}`,
    title: `${name}各年${short}任务`,
    caption:
      `${name}计划${S}${formatCount(county.total.started)}${u}，${compareYears(figures, 'started', context)}；` +
      `${D}${formatCount(county.total.completed)}${u}，${compareYears(figures, 'completed', context)}。`,
    ariaLabel: `条形图：${name}各年${short}${S}与${D}任务`,
    description:
      `条形图分两组：上组为${S}（${TEXT.colour.started}），${list('started')}；` +
      `下组为${D}（${TEXT.colour.completed}），${list('completed')}。单位：${context.unitFull}。`,
    plot: yearBarsPlot(figures, context),
    table: { caption: `${name}各年${short}任务（单位：${u}）`, columns: yearColumns(context), rows: yearRows(figures, county) },
    source: context.source,
  };
}
