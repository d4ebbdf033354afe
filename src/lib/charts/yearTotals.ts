/** City totals by year: started and completed in each year of the table. */
import type { TaskTable } from '../tasks/types';
import type { ChartSpec } from './types';
import { formatCount } from './style';
import { TEXT } from './text';
import { YEAR_COLUMNS, compareYears, yearBarsPlot, yearLabel, yearRows, type YearFigures } from './yearBars';

/** Figures per year from the table's city totals. */
function cityFigures(table: TaskTable): YearFigures[] {
  return table.years.map((year) => {
    const f = table.total.years[year];
    if (!f) throw new Error(`missing city total for year: ${year}`);
    return { year, started: f.started, completed: f.completed };
  });
}

/** Chart `year-totals`: the city's started and completed targets in each year. */
export function yearTotalsChart(table: TaskTable): ChartSpec {
  const figures = cityFigures(table);
  if (figures.length === 0) throw new Error('no years in table');
  const u = TEXT.unit;
  const span = figures.length === 1 ? yearLabel(figures[0]!.year) : `${yearLabel(table.years[0]!)}至${yearLabel(table.years.at(-1)!)}`;
  const caption =
    `全市计划开工${formatCount(table.total.started)}${u}，${compareYears(figures, 'started')}；` +
    `基本建成${formatCount(table.total.completed)}${u}，${compareYears(figures, 'completed')}。`;
  const list = (k: 'started' | 'completed') => figures.map((f) => `${yearLabel(f.year)}${formatCount(f[k])}${u}`).join('，');
  return {
    id: 'year-totals',
    title: `全市城市棚户区改造任务（${span}）`,
    caption,
    ariaLabel: `条形图：全市${span}各年棚改开工与基本建成任务`,
    description:
      `条形图分两组：上组为开工（蓝色），${list('started')}；` +
      `下组为基本建成（橙色），${list('completed')}。单位：${u}（户）。`,
    plot: yearBarsPlot(figures),
    table: { caption: `全市各年棚改任务（单位：${u}）`, columns: YEAR_COLUMNS, rows: yearRows(figures) },
    source: TEXT.source,
  };
}
