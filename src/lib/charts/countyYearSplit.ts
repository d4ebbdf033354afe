/** One county's targets per year: started and completed in each year. */
import type { TaskTable } from '../tasks/types';
import type { ChartSpec } from './types';
import { formatCount } from './style';
import { TEXT } from './text';
import { findCounty } from './rank';
import { YEAR_COLUMNS, compareYears, yearBarsPlot, yearLabel, yearRows, type YearFigures } from './yearBars';

/** Chart `county-years-<slug>`: the county's started and completed targets per year. */
export function countyYearSplitChart(table: TaskTable, countyName: string): ChartSpec {
  const county = findCounty(table, countyName);
  const figures: YearFigures[] = table.years.map((year) => {
    const f = county.years[year];
    if (!f) throw new Error(`missing year ${year} for county: 「${county.name}」`);
    return { year, started: f.started, completed: f.completed };
  });
  if (figures.length === 0) throw new Error('no years in table');
  const u = TEXT.unit;
  const name = county.name;
  const list = (k: 'started' | 'completed') => figures.map((f) => `${yearLabel(f.year)}${formatCount(f[k])}${u}`).join('，');
  return {
    id: `county-years-${county.slug}`,
    title: `${name}各年棚改任务`,
    caption:
      `${name}计划开工${formatCount(county.total.started)}${u}，${compareYears(figures, 'started')}；` +
      `基本建成${formatCount(county.total.completed)}${u}，${compareYears(figures, 'completed')}。`,
    ariaLabel: `条形图：${name}各年棚改开工与基本建成任务`,
    description:
      `条形图分两组：上组为开工（蓝色），${list('started')}；` +
      `下组为基本建成（橙色），${list('completed')}。单位：${u}（户）。`,
    plot: yearBarsPlot(figures),
    table: { caption: `${name}各年棚改任务（单位：${u}）`, columns: YEAR_COLUMNS, rows: yearRows(figures) },
    source: TEXT.source,
  };
}
