/** Per-county start targets for one year (e.g. an item that sets a start deadline for listed projects). */
import { yearLabel } from '../grid';
import { countyFigure, orderCounties, type DerivedCounty, type DerivedTasks } from '../tasks/derive';
import type { ChartSpec } from './types';
import type { ChartContext } from '../chartContext';
import { COLORS, WIDTH } from './style';
import { formatTao } from '../format';
import { TEXT, columnLabel } from '../words/charts';
import { groupTail, type BarFigures, type BarRow, type TailOptions } from './rank';
import { countyBarMarks, countyLayout, describeTail } from './countyBars';
import { issuedCells } from './yearBars';

/** A county's start target in a year as bar figures; one function per year, so the tail sums are built once. */
const startsByYear = new Map<number, BarFigures>();
function startsIn(year: number): BarFigures {
  let figures = startsByYear.get(year);
  if (!figures) {
    figures = (c) => ({ started: countyFigure(c, year, 'started'), completed: 0 });
    startsByYear.set(year, figures);
  }
  return figures;
}

/** Chart `county-starts-<year>`: each county's start target for the year, in derived order, long tails grouped. */
export function countyStartsForYearChart(derived: DerivedTasks, year: number, context: ChartContext, options: TailOptions = {}): ChartSpec {
  const sorted = orderCounties(derived, year, 'started');
  if (sorted.length === 0) throw new Error('no counties in table');
  const startedIn = (c: DerivedCounty) => countyFigure(c, year, 'started');
  const grouped = groupTail(sorted, startsIn(year), options);
  const valueText = (r: BarRow) => formatTao(r.started);
  const layout = countyLayout(grouped.rows, valueText, { legend: false });
  const { unit: u, short } = context;
  const y = yearLabel(year);
  const total = derived.total.years.find((t) => t.year === year)?.started ?? 0;
  const first = sorted[0] as DerivedCounty;
  const last = sorted.at(-1) as DerivedCounty;
  const zero = sorted.filter((c) => startedIn(c) === 0);
  const named = (c: DerivedCounty) => ({ name: c.name, figure: formatTao(startedIn(c)) });
  const clause =
    sorted.length <= 1
      ? ''
      : zero.length === 0
        ? TEXT.countyStarts.least(named(last), u)
        : zero.length <= 3
          ? TEXT.countyStarts.noneNamed(zero.map((c) => c.name))
          : TEXT.countyStarts.noneCounted(formatTao(zero.length));
  const caption = TEXT.countyStarts.caption(y, formatTao(total), named(first), u, clause) + describeTail(grouped, options.topN ?? 30, u, false);

  return {
    id: `county-starts-${year}`,
    title: TEXT.countyStarts.title(y, short),
    caption,
    ariaLabel: TEXT.countyStarts.ariaLabel(y, short),
    description: TEXT.countyStarts.description(y, context, grouped.rest > 0 ? formatTao(grouped.rest) : null),
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
      caption: TEXT.countyStarts.tableCaption(y, short, u),
      columns: [
        { key: 'county', label: TEXT.county, numeric: false },
        { key: 'started', label: `${y}${columnLabel('started', context)}`, numeric: true },
      ],
      rows: sorted.map((c) => ({ cells: { county: c.name, started: startedIn(c) }, county: c.name, year, ...issuedCells(c.issued, year, ['started']) })),
    },
    source: context.source,
  };
}
