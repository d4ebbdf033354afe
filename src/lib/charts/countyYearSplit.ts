/** One county's targets per year: started and completed in each year. */
import type { DerivedCounty } from '../tasks/derive';
import type { ChartSpec } from './types';
import type { ChartContext } from '../chartContext';
import { TEXT } from '../words/charts';
import { describeYearBars, yearBarsPlot, yearColumns, yearRows } from './yearBars';

/** The id of chart `county-years-<slug>`. */
export function countyYearsId(slug: string): string {
  return `county-years-${slug}`;
}

/** Chart `county-years-<slug>`: the county's started and completed targets per year. */
export function countyYearSplitChart(county: DerivedCounty, context: ChartContext): ChartSpec {
  const figures = county.years;
  if (figures.length === 0) throw new Error('no years in table');
  const { unit: u, short } = context;
  const name = county.name;
  const { caption, description } = describeYearBars(name, county.total, figures, context);
  return {
    id: countyYearsId(county.slug),
    title: TEXT.countyYears.title(name, short),
    caption,
    ariaLabel: TEXT.countyYears.ariaLabel(name, short),
    description,
    plot: yearBarsPlot(figures, context),
    table: { caption: TEXT.countyYears.tableCaption(name, short, u), columns: yearColumns(context), rows: yearRows(figures, county) },
    source: context.source,
  };
}
