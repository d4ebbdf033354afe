/** City totals by year: started and completed in each year of the table. */
import { yearLabel } from '../grid';
import type { DerivedTasks } from '../tasks/derive';
import type { ChartSpec } from './types';
import type { ChartContext } from '../chartContext';
import { TEXT } from '../words/charts';
import { describeYearBars, yearBarsPlot, yearColumns, yearRows } from './yearBars';

/** Chart `year-totals`: the city's started and completed targets in each year. */
export function yearTotalsChart(derived: DerivedTasks, context: ChartContext): ChartSpec {
  const figures = derived.total.years;
  const first = figures[0];
  const last = figures.at(-1);
  if (!first || !last) throw new Error('no years in table');
  const { unit: u, short } = context;
  const span = figures.length === 1 ? yearLabel(first.year) : TEXT.yearTotals.span(yearLabel(first.year), yearLabel(last.year));
  const { caption, description } = describeYearBars(TEXT.yearTotals.who, derived.total.total, figures, context);
  return {
    id: 'year-totals',
    title: TEXT.yearTotals.title(context.subject, span),
    caption,
    ariaLabel: TEXT.yearTotals.ariaLabel(span, short),
    description,
    plot: yearBarsPlot(figures, context),
    table: { caption: TEXT.yearTotals.tableCaption(short, u), columns: yearColumns(context), rows: yearRows(figures) },
    source: context.source,
  };
}
