/**
 * Per-county figures for one indicator and one year (or the whole plan), sorted from most to
 * fewest: the charts /counties/ uses to compare counties figure by figure.
 */
import { formatYearSpan } from '../format';
import { figureKey, yearLabel, type Indicator } from '../grid';
import { countyFigure, orderCounties, type DerivedCounty, type DerivedTasks } from '../tasks/derive';
import type { ChartSpec } from './types';
import type { ChartContext } from '../chartContext';
import { COLORS, WIDTH } from './style';
import { formatTao } from '../format';
import { TEXT, columnLabel } from '../words/charts';
import { groupTail, type BarFigures, type BarRow, type TailOptions } from './rank';
import { countyBarMarks, countyLayout } from './countyBars';
import { issuedCells } from './yearBars';

/** The id of chart `county-<indicator>-<year>` (`county-completed-2024`, `county-completed-total`). */
export function countyFigureId(year: number | null, indicator: Indicator): string {
  return `county-${indicator}-${year ?? 'total'}`;
}

/** One bar figure function per figure, so the tail's running sums are built once per build. */
const figureFunctions = new Map<string, BarFigures>();
function barFigures(year: number | null, indicator: Indicator): BarFigures {
  const key = figureKey(year, indicator);
  let figures = figureFunctions.get(key);
  if (!figures) {
    figures = (c) => ({ started: 0, completed: 0, [indicator]: countyFigure(c, year, indicator) });
    figureFunctions.set(key, figures);
  }
  return figures;
}

/** Chart `county-<indicator>-<year|total>`: every county's figure, in derived order, a long tail grouped. */
export function countyFigureChart(derived: DerivedTasks, year: number | null, indicator: Indicator, context: ChartContext, options: TailOptions = {}): ChartSpec {
  const sorted = orderCounties(derived, year, indicator);
  if (sorted.length === 0) throw new Error('no counties in table');
  const figureOf = (c: DerivedCounty) => countyFigure(c, year, indicator);
  const grouped = groupTail(sorted, barFigures(year, indicator), options);
  const valueText = (r: BarRow) => formatTao(r[indicator]);
  const layout = countyLayout(grouped.rows, valueText, { legend: false });
  const { unit: u, short } = context;
  const when = year === null ? formatYearSpan(derived.years) : yearLabel(year);
  const totals = year === null ? derived.total.total : derived.total.years.find((t) => t.year === year);
  const first = sorted[0] as DerivedCounty;
  const last = sorted.at(-1) as DerivedCounty;
  const zero = sorted.filter((c) => figureOf(c) === 0);
  const named = (c: DerivedCounty) => ({ name: c.name, figure: formatTao(figureOf(c)) });
  const clause =
    sorted.length <= 1
      ? ''
      : zero.length === 0
        ? TEXT.countyFigure.least(named(last), u)
        : zero.length <= 3
          ? TEXT.countyFigure.noneNamed(zero.map((c) => c.name), indicator)
          : TEXT.countyFigure.noneCounted(formatTao(zero.length), indicator);
  const restSum = indicator === 'started' ? grouped.restStarted : grouped.restCompleted;
  const tail = grouped.rest > 0 ? TEXT.countyFigure.tail(options.topN ?? 30, indicator, formatTao(grouped.rest), formatTao(restSum), u) : '';
  const caption = TEXT.countyFigure.caption(when, indicator, formatTao(totals?.[indicator] ?? 0), named(first), u, clause) + tail;
  const series = { key: indicator, color: COLORS[indicator], muted: COLORS[`${indicator}Muted`], insetTop: 4, insetBottom: 4 };

  return {
    id: countyFigureId(year, indicator),
    title: TEXT.countyFigure.title(when, indicator, short),
    caption,
    ariaLabel: TEXT.countyFigure.ariaLabel(when, indicator, short),
    description: TEXT.countyFigure.description(when, indicator, context, grouped.rest > 0 ? formatTao(grouped.rest) : null),
    plot: {
      width: WIDTH,
      ...layout.frame,
      marks: countyBarMarks(grouped.rows, layout, [series], { anyHighlight: false, valueText, valueX: (r) => r[indicator] }),
    },
    table: {
      caption: TEXT.countyFigure.tableCaption(when, indicator, short, u),
      columns: [
        { key: 'county', label: TEXT.county, numeric: false },
        { key: indicator, label: `${year === null ? '' : when}${columnLabel(indicator, context)}`, numeric: true },
      ],
      rows: sorted.map((c) => ({ cells: { county: c.name, [indicator]: figureOf(c) }, county: c.name, year, ...issuedCells(c.issued, year, [indicator]) })),
    },
    source: context.source,
  };
}
