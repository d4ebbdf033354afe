/** Per-county start targets for one year (plan item （一）: listed projects start by the end of June). */
import type { TaskTable } from '../tasks/types';
import type { ChartSpec } from './types';
import { COLORS, WIDTH, formatCount } from './style';
import { TEXT, columnLabel } from './text';
import { groupTail, requireYear, sortCounties, type BarRow, type TailOptions } from './rank';
import { countyBarMarks, countyLayout, describeTail } from './countyBars';
import { yearLabel } from './yearBars';

/** Chart `county-starts-<year>`: each county's start target for the year, sorted, long tails grouped. */
export function countyStartsForYearChart(table: TaskTable, year: number, options: TailOptions = {}): ChartSpec {
  requireYear(table, year);
  if (table.counties.length === 0) throw new Error('no counties in table');
  const startedIn = (c: TaskTable['counties'][number]) => c.years[year]?.started ?? 0;
  const sorted = sortCounties(table.counties, startedIn);
  const grouped = groupTail(sorted, (c) => ({ started: startedIn(c), completed: 0 }), options);
  const valueText = (r: BarRow) => formatCount(r.started);
  const layout = countyLayout(grouped.rows, valueText, { legend: false });
  const u = TEXT.unit;
  const y = yearLabel(year);
  const total = sorted.reduce((s, c) => s + startedIn(c), 0);
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  const zero = sorted.filter((c) => startedIn(c) === 0);
  let caption = `${y}各${TEXT.county}计划开工合计${formatCount(total)}${u}，最多的是${first.name}（${formatCount(startedIn(first))}${u}）`;
  if (sorted.length > 1) {
    caption +=
      zero.length === 0
        ? `，最少的是${last.name}（${formatCount(startedIn(last))}${u}）`
        : zero.length <= 3
          ? `，${zero.map((c) => c.name).join('、')}当年无开工任务`
          : `，${formatCount(zero.length)}个${TEXT.county}当年无开工任务`;
  }
  caption += '。' + describeTail(grouped, options.topN ?? 30, u, false);

  return {
    id: `county-starts-${year}`,
    title: `${y}各${TEXT.county}棚改开工任务`,
    caption,
    ariaLabel: `条形图：${y}各${TEXT.county}棚改开工任务`,
    description:
      `横向条形图，每个${TEXT.county}一行，按${y}开工任务从多到少排列，条末数字为开工套数，单位：${u}（户）。` +
      (grouped.rest > 0 ? `末行「${TEXT.rest(formatCount(grouped.rest))}」为其余各地之和，其条形超出图幅部分被截断。` : ''),
    plot: {
      width: WIDTH,
      ...layout.frame,
      marks: countyBarMarks(
        grouped.rows,
        layout,
        [{ key: 'started', color: COLORS.started, muted: COLORS.startedMuted, insetTop: 4, insetBottom: 4 }],
        { anyHighlight: false, valueText, valueX: (r) => r.started },
      ),
    },
    table: {
      caption: `${y}各${TEXT.county}棚改开工任务（单位：${u}，按开工任务排序）`,
      columns: [
        { key: 'county', label: TEXT.county, numeric: false },
        { key: 'started', label: `${y}${columnLabel('started')}`, numeric: true },
      ],
      rows: sorted.map((c) => ({ county: c.name, started: startedIn(c) })),
    },
    source: TEXT.source,
  };
}
