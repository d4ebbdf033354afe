/** Per-county start targets for one year (e.g. an item that sets a start deadline for listed projects). */
import { indicatorWord, yearLabel } from '../grid';
import { countyFigure, orderCounties, type DerivedCounty, type DerivedTasks } from '../tasks/derive';
import type { ChartContext, ChartSpec } from './types';
import { COLORS, WIDTH, formatCount } from './style';
import { TEXT, columnLabel } from './text';
import { groupTail, type BarRow, type TailOptions } from './rank';
import { countyBarMarks, countyLayout, describeTail } from './countyBars';
import { issuedCells } from './yearBars';

/** Chart `county-starts-<year>`: each county's start target for the year, in derived order, long tails grouped. */
export function countyStartsForYearChart(derived: DerivedTasks, year: number, context: ChartContext, options: TailOptions = {}): ChartSpec {
  const sorted = orderCounties(derived, year, 'started');
  if (sorted.length === 0) throw new Error('no counties in table');
  const startedIn = (c: DerivedCounty) => countyFigure(c, year, 'started');
  const grouped = groupTail(sorted, (c) => ({ started: startedIn(c), completed: 0 }), options);
  const valueText = (r: BarRow) => formatCount(r.started);
  const layout = countyLayout(grouped.rows, valueText, { legend: false });
  const { unit: u, short } = context;
  const S = indicatorWord('started');
  const C = TEXT.county;
  const y = yearLabel(year);
  const total = derived.total.years.find((t) => t.year === year)?.started ?? 0;
  const first = sorted[0] as DerivedCounty;
  const last = sorted.at(-1) as DerivedCounty;
  const zero = sorted.filter((c) => startedIn(c) === 0);
  let caption = `${y}各${C}计划${S}合计${formatCount(total)}${u}，最多的是${first.name}（${formatCount(startedIn(first))}${u}）`;
  if (sorted.length > 1) {
    caption +=
      zero.length === 0
        ? `，最少的是${last.name}（${formatCount(startedIn(last))}${u}）`
        : zero.length <= 3
          ? `，${zero.map((c) => c.name).join('、')}当年无${S}任务`
          : `，${formatCount(zero.length)}个${C}当年无${S}任务`;
  }
  caption += '。' + describeTail(grouped, options.topN ?? 30, u, false);

  return {
    id: `county-starts-${year}`,
    title: `${y}各${C}${short}${S}任务`,
    caption,
    ariaLabel: `条形图：${y}各${C}${short}${S}任务`,
    description:
      `横向条形图，每个${C}一行，按${y}${S}任务从多到少排列，条末数字为${S}${u}数，单位：${context.unitFull}。` +
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
      caption: `${y}各${C}${short}${S}任务（单位：${u}，按${S}任务排序）`,
      columns: [
        { key: 'county', label: C, numeric: false },
        { key: 'started', label: `${y}${columnLabel('started', context)}`, numeric: true },
      ],
      rows: sorted.map((c) => ({ cells: { county: c.name, started: startedIn(c) }, county: c.name, year, ...issuedCells(c.issued, year, ['started']) })),
    },
    source: context.source,
  };
}
