/** City totals by year: started and completed in each year of the table. */
import { indicatorWord, yearLabel } from '../grid';
import type { DerivedTasks } from '../tasks/derive';
import type { ChartContext, ChartSpec } from './types';
import { formatCount } from './style';
import { TEXT } from './text';
import { compareYears, yearBarsPlot, yearColumns, yearRows } from './yearBars';

/** Chart `year-totals`: the city's started and completed targets in each year. */
export function yearTotalsChart(derived: DerivedTasks, context: ChartContext): ChartSpec {
  const figures = derived.total.years;
  const first = figures[0];
  const last = figures.at(-1);
  if (!first || !last) throw new Error('no years in table');
  const { unit: u, short } = context;
  const [S, D] = [indicatorWord('started'), indicatorWord('completed')];
  const total = derived.total.total;
  const span = figures.length === 1 ? yearLabel(first.year) : `${yearLabel(first.year)}至${yearLabel(last.year)}`;
  const caption =
    `全市计划${S}${formatCount(total.started)}${u}，${compareYears(figures, 'started', context)}；` +
    `${D}${formatCount(total.completed)}${u}，${compareYears(figures, 'completed', context)}。`;
  const list = (k: 'started' | 'completed') => figures.map((f) => `${yearLabel(f.year)}${formatCount(f[k])}${u}`).join('，');
  return {
    id: 'year-totals',
    title: `全市${context.subject}任务（${span}）`,
    caption,
    ariaLabel: `条形图：全市${span}各年${short}${S}与${D}任务`,
    description:
      `条形图分两组：上组为${S}（${TEXT.colour.started}），${list('started')}；` +
      `下组为${D}（${TEXT.colour.completed}），${list('completed')}。单位：${context.unitFull}。`,
    plot: yearBarsPlot(figures, context),
    table: { caption: `全市各年${short}任务（单位：${u}）`, columns: yearColumns(context), rows: yearRows(figures) },
    source: context.source,
  };
}
