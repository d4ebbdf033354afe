/** All counties' total targets: started and completed, two bars per county, in derived order by started. */
import * as Plot from '@observablehq/plot';
import { indicatorWord, INDICATORS } from '../grid';
import { orderCounties, type DerivedCounty, type DerivedTasks } from '../tasks/derive';
import type { ChartColumn, ChartContext, ChartSpec } from './types';
import { COLORS, WIDTH, formatCount } from './style';
import { TEXT, columnLabel } from './text';
import { groupTail, type BarRow, type TailOptions } from './rank';
import { barLegend, countyBarMarks, countyLayout, describeTail } from './countyBars';
import { issuedCells } from './yearBars';

/** Options of {@link countyTotalsChart}. */
export interface CountyTotalsOptions extends TailOptions {
  /** Slug of a county to highlight (accent colours, bold label, shaded row). */
  highlight?: string;
}

/** Chart `county-totals` (or `county-totals-<slug>` with a highlight): every county's totals. */
export function countyTotalsChart(derived: DerivedTasks, context: ChartContext, options: CountyTotalsOptions = {}): ChartSpec {
  const sorted = orderCounties(derived, null, 'started');
  if (sorted.length === 0) throw new Error('no counties in table');
  const highlighted = options.highlight === undefined ? undefined : derived.bySlug.get(options.highlight);
  if (options.highlight !== undefined && !highlighted) throw new Error(`unknown county: 「${options.highlight}」`);
  const grouped = groupTail(sorted, (c) => c.total, { ...options, highlight: highlighted?.slug });
  const rows = grouped.rows;
  const { unit: u, short } = context;
  const [S, D] = [indicatorWord('started'), indicatorWord('completed')];
  const C = TEXT.county;
  const n = formatCount(sorted.length);
  const valueText = (r: BarRow) => `${formatCount(r.started)} / ${formatCount(r.completed)}`;
  const layout = countyLayout(rows, valueText, { legend: true });

  let caption: string;
  if (highlighted) {
    caption =
      `${highlighted.name}计划${S}${formatCount(highlighted.total.started)}${u}、${D}${formatCount(highlighted.total.completed)}${u}；` +
      `${S}任务在${n}个${C}中居第${highlighted.rank.started}位。`;
  } else {
    const top = sorted.slice(0, 3).map((c) => `${c.name}（${formatCount(c.total.started)}${u}）`);
    const last = sorted.at(-1) as DerivedCounty;
    caption = `${n}个${C}中，${S}任务最多的是${top[0]}`;
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

  const columns: ChartColumn[] = [{ key: 'county', label: C, numeric: false }, ...INDICATORS.map((i) => ({ key: i, label: columnLabel(i, context), numeric: true }))];
  const row = (label: string, figures: { started: number; completed: number }, county?: DerivedCounty) => ({
    cells: { county: label, started: figures.started, completed: figures.completed },
    ...(county ? { county: county.name, year: null, ...issuedCells(county.issued, null) } : {}),
  });
  return {
    id: highlighted ? `county-totals-${highlighted.slug}` : 'county-totals',
    title: highlighted ? `${highlighted.name}在全市各${C}中的${short}任务` : `各${C}${short}任务`,
    caption,
    ariaLabel: `条形图：各${C}${short}${S}与${D}任务${highlighted ? `，突出显示${highlighted.name}` : ''}`,
    description:
      `横向条形图，每个${C}一行，按${S}任务从多到少排列；每行上条（${TEXT.colour.started}）为${S}，下条（${TEXT.colour.completed}）为${D}，` +
      `条末数字为“${S} / ${D}”，单位：${context.unitFull}。` +
      (highlighted ? `${highlighted.name}一行加底色、名称加粗，其余各行颜色变浅。` : '') +
      (grouped.rest > 0 ? `末行「${TEXT.rest(formatCount(grouped.rest))}」为其余各地之和，其条形超出图幅部分被截断。` : ''),
    plot: { width: WIDTH, ...layout.frame, marks },
    // A county page of a very long table shows the rows of its chart, the tail summed in one row,
    // and points to the full list: every county page listing every county would grow as n².
    table: highlighted && grouped.rest > 0 ? {
      caption: `各${C}${short}任务合计（单位：${u}，按${S}任务排序；前 ${formatCount(rows.length - 1)} 行以外的 ${formatCount(grouped.rest)} 个${C}合为一行，完整名单见「各县任务」页）`,
      columns,
      rows: rows.map((r) => row(r.label, r, r.county)),
    } : {
      caption: `各${C}${short}任务合计（单位：${u}，按${S}任务排序）`,
      columns,
      rows: sorted.map((c) => row(c.name, c.total, c)),
    },
    source: context.source,
  };
}
