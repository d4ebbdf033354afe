/** All counties' total targets: started and completed, two bars per county, in derived order by started. */
import * as Plot from '@observablehq/plot';
import { INDICATORS } from '../grid';
import { orderCounties, type DerivedCounty, type DerivedTasks } from '../tasks/derive';
import type { ChartColumn, ChartSpec } from './types';
import type { ChartContext } from '../chartContext';
import { COLORS, WIDTH } from './style';
import { formatTao } from '../format';
import { TEXT, columnLabel } from '../words/charts';
import { groupTail, type BarFigures, type BarRow, type TailOptions } from './rank';
import { barLegend, countyBarMarks, countyLayout, describeTail } from './countyBars';
import { issuedCells } from './yearBars';

/** Options of {@link countyTotalsChart}. */
export interface CountyTotalsOptions extends TailOptions {
  /** Slug of a county to highlight (accent colours, bold label, shaded row). */
  highlight?: string;
}

/** A county's whole-plan figures; one function for every chart, so the tail sums are built once. */
const totalOf: BarFigures = (c) => c.total;

/** The id of chart `county-totals`, or of its copy highlighting one county. */
export function countyTotalsId(slug?: string): string {
  return slug === undefined ? 'county-totals' : `county-totals-${slug}`;
}

/** Chart `county-totals` (or `county-totals-<slug>` with a highlight): every county's totals. */
export function countyTotalsChart(derived: DerivedTasks, context: ChartContext, options: CountyTotalsOptions = {}): ChartSpec {
  const sorted = orderCounties(derived, null, 'started');
  if (sorted.length === 0) throw new Error('no counties in table');
  const highlighted = options.highlight === undefined ? undefined : derived.bySlug.get(options.highlight);
  if (options.highlight !== undefined && !highlighted) throw new Error(`unknown county: 「${options.highlight}」`);
  const grouped = groupTail(sorted, totalOf, { ...options, highlight: highlighted?.slug });
  const rows = grouped.rows;
  const { unit: u, short } = context;
  const n = formatTao(sorted.length);
  const valueText = (r: BarRow) => `${formatTao(r.started)} / ${formatTao(r.completed)}`;
  const layout = countyLayout(rows, valueText, { legend: true });
  const started = (c: DerivedCounty) => ({ name: c.name, figure: formatTao(c.total.started) });
  const name = highlighted?.name;
  const rest = grouped.rest > 0 ? formatTao(grouped.rest) : null;

  const lead = highlighted
    ? TEXT.countyTotals.captionOne(
        highlighted.name,
        { started: formatTao(highlighted.total.started), completed: formatTao(highlighted.total.completed) },
        highlighted.rank.started,
        n,
        u,
      )
    : TEXT.countyTotals.captionAll(n, sorted.slice(0, 3).map(started), sorted.length > 3 ? started(sorted.at(-1) as DerivedCounty) : null, u);
  const caption = lead + describeTail(grouped, options.topN ?? 30, u);

  const marks: Plot.Markish[] = [
    ...barLegend(layout),
    ...countyBarMarks(rows, layout, [
      { key: 'started', color: COLORS.started, muted: COLORS.startedMuted, insetTop: 3, insetBottom: 13.5 },
      { key: 'completed', color: COLORS.completed, muted: COLORS.completedMuted, insetTop: 13.5, insetBottom: 3 },
    ], { anyHighlight: highlighted !== undefined, valueText, valueX: (r) => Math.max(r.started, r.completed) }),
  ];

  const columns: ChartColumn[] = [{ key: 'county', label: TEXT.county, numeric: false }, ...INDICATORS.map((i) => ({ key: i, label: columnLabel(i, context), numeric: true }))];
  const row = (label: string, figures: { started: number; completed: number }, county?: DerivedCounty) => ({
    cells: { county: label, started: figures.started, completed: figures.completed },
    ...(county ? { county: county.name, year: null, ...issuedCells(county.issued, null) } : {}),
  });
  return {
    id: countyTotalsId(highlighted?.slug),
    title: TEXT.countyTotals.title(short, name),
    caption,
    ariaLabel: TEXT.countyTotals.ariaLabel(short, name),
    description: TEXT.countyTotals.description(context.unitFull, name, rest),
    plot: { width: WIDTH, ...layout.frame, marks },
    // A county page of a very long table shows the rows of its chart, the tail summed in one row,
    // and points to the full list: every county page listing every county would grow as n².
    table: highlighted && grouped.rest > 0 ? {
      caption: TEXT.countyTotals.tableCaption(short, u, { shown: formatTao(rows.length - 1), rest: formatTao(grouped.rest) }),
      columns,
      rows: rows.map((r) => row(r.label, r, r.county)),
    } : {
      caption: TEXT.countyTotals.tableCaption(short, u),
      columns,
      rows: sorted.map((c) => row(c.name, c.total, c)),
    },
    source: context.source,
  };
}
