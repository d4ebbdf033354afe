/** All counties' total targets: started and completed, two bars per county, sorted by started. */
import * as Plot from '@observablehq/plot';
import type { TaskTable } from '../tasks/types';
import type { ChartSpec } from './types';
import { COLORS, WIDTH, formatCount } from './style';
import { TEXT, columnLabel } from './text';
import { findCounty, groupTail, sortCounties, type BarRow, type TailOptions } from './rank';
import { barLegend, countyBarMarks, countyLayout, describeTail } from './countyBars';

/** Options of {@link countyTotalsChart}. */
export interface CountyTotalsOptions extends TailOptions {
  /** Name of a county to highlight (accent colours, bold label, shaded row). */
  highlight?: string;
}

/** Chart `county-totals` (or `county-totals-<slug>` with a highlight): every county's totals. */
export function countyTotalsChart(table: TaskTable, options: CountyTotalsOptions = {}): ChartSpec {
  if (table.counties.length === 0) throw new Error('no counties in table');
  const highlighted = options.highlight === undefined ? undefined : findCounty(table, options.highlight);
  const sorted = sortCounties(table.counties, (c) => c.total.started);
  const grouped = groupTail(sorted, (c) => c.total, { ...options, highlight: highlighted?.name });
  const rows = grouped.rows;
  const u = TEXT.unit;
  const n = formatCount(sorted.length);
  const valueText = (r: BarRow) => `${formatCount(r.started)} / ${formatCount(r.completed)}`;
  const layout = countyLayout(rows, valueText, { legend: true });

  let caption: string;
  if (highlighted) {
    const rank = 1 + sorted.filter((c) => c.total.started > highlighted.total.started).length;
    caption =
      `${highlighted.name}计划开工${formatCount(highlighted.total.started)}${u}、基本建成${formatCount(highlighted.total.completed)}${u}；` +
      `开工任务在${n}个${TEXT.county}中居第${rank}位。`;
  } else {
    const top = sorted.slice(0, 3).map((c) => `${c.name}（${formatCount(c.total.started)}${u}）`);
    const last = sorted.at(-1)!;
    caption = `${n}个${TEXT.county}中，开工任务最多的是${top[0]}`;
    if (top.length > 1) caption += `，其次是${top.slice(1).join('和')}`;
    if (sorted.length > 3) caption += `；最少的是${last.name}（${formatCount(last.total.started)}${u}）`;
    caption += '。';
  }
  caption += describeTail(grouped, options.topN ?? 30, u);

  const marks: Plot.Markish[] = [
    ...barLegend(layout),
    ...countyBarMarks(rows, layout, [
      { key: 'started', color: COLORS.started, muted: COLORS.startedMuted, insetTop: 3, insetBottom: 13.5 },
      { key: 'completed', color: COLORS.completed, muted: COLORS.completedMuted, insetTop: 13.5, insetBottom: 3 },
    ], { anyHighlight: highlighted !== undefined, valueText, valueX: (r) => Math.max(r.started, r.completed) }),
  ];

  return {
    id: highlighted ? `county-totals-${highlighted.slug}` : 'county-totals',
    title: highlighted ? `${highlighted.name}在全市各${TEXT.county}中的棚改任务` : `各${TEXT.county}棚改任务`,
    caption,
    ariaLabel: `条形图：各${TEXT.county}棚改开工与基本建成任务${highlighted ? `，突出显示${highlighted.name}` : ''}`,
    description:
      `横向条形图，每个${TEXT.county}一行，按开工任务从多到少排列；每行上条（蓝色）为开工，下条（橙色）为基本建成，` +
      `条末数字为“开工 / 基本建成”，单位：${u}（户）。` +
      (highlighted ? `${highlighted.name}一行加底色、名称加粗，其余各行颜色变浅。` : '') +
      (grouped.rest > 0 ? `末行「${TEXT.rest(formatCount(grouped.rest))}」为其余各地之和，其条形超出图幅部分被截断。` : ''),
    plot: { width: WIDTH, ...layout.frame, marks },
    // A county page of a very long table shows the rows of its chart, the tail summed in one row,
    // and points to the full list: every county page listing every county would grow as n².
    table: highlighted && grouped.rest > 0 ? {
      caption: `各${TEXT.county}棚改任务合计（单位：${u}，按开工任务排序；前 ${formatCount(rows.length - 1)} 行以外的 ${formatCount(grouped.rest)} 个${TEXT.county}合为一行，完整名单见「各县任务」页）`,
      columns: [
        { key: 'county', label: TEXT.county, numeric: false },
        { key: 'started', label: columnLabel('started'), numeric: true },
        { key: 'completed', label: columnLabel('completed'), numeric: true },
      ],
      rows: rows.map((r) => ({ county: r.label, started: r.started, completed: r.completed })),
    } : {
      caption: `各${TEXT.county}棚改任务合计（单位：${u}，按开工任务排序）`,
      columns: [
        { key: 'county', label: TEXT.county, numeric: false },
        { key: 'started', label: columnLabel('started'), numeric: true },
        { key: 'completed', label: columnLabel('completed'), numeric: true },
      ],
      rows: sorted.map((c) => ({ county: c.name, started: c.total.started, completed: c.total.completed })),
    },
    source: TEXT.source,
  };
}
