/**
 * Writers for the tabular downloads: the wide Chinese table for Excel and WPS (UTF-8 with BOM,
 * CRLF), one such table per county, and the long English table for code (UTF-8, LF, no BOM).
 */
import type { CountyTargets, TaskTable } from '../tasks/types.ts';
import { CODE_CSV, EXCEL_CSV, writeCsv, type CsvCell } from '../csv.ts';
import { figureLabel, GRID_WORDS, INDICATORS, listFigures } from '../grid.ts';
import { UNIT_EN } from '../words/downloads.ts';

type Figures = { started: number; completed: number };
type Row = CsvCell[];

/** Line ending and BOM of the wide tables: what Excel and WPS on Chinese Windows open cleanly. */
export const WIDE_CSV = EXCEL_CSV;
/** Line ending and BOM of the long table: what code expects. */
export const LONG_CSV = CODE_CSV;

function requireYear(years: Record<number, Figures>, year: number, name: string): Figures {
  const figures = years[year];
  if (!figures) throw new RangeError(`missing year ${year} for ${JSON.stringify(name)}`);
  return figures;
}

function formatWideRow(name: string, total: Figures, years: Record<number, Figures>, table: TaskTable): Row {
  const row: Row = [name, ...INDICATORS.map((i) => total[i])];
  for (const year of table.years) {
    const figures = requireYear(years, year, name);
    for (const indicator of INDICATORS) row.push(figures[indicator]);
  }
  return row;
}

function formatWideHeaderRow(table: TaskTable): Row {
  return [GRID_WORDS.county, ...listFigures(table.years).map((f) => figureLabel(f.year, f.indicator))];
}

/**
 * `data/tasks.csv`: header `县（市、区）,合计开工,合计基本建成,2023年开工,…`, the 合计 row, then
 * every county in table order.
 */
export function writeTasksCsv(table: TaskTable): string {
  const rows: Row[] = [
    formatWideHeaderRow(table),
    formatWideRow(GRID_WORDS.total, table.total, table.total.years, table),
    ...table.counties.map((county) => formatWideRow(county.name, county.total, county.years, table)),
  ];
  return writeCsv(rows, WIDE_CSV);
}

/** `data/counties/<slug>.csv`: the same header as tasks.csv and the county's one row. */
export function writeCountyCsv(table: TaskTable, county: CountyTargets): string {
  const rows = [formatWideHeaderRow(table), formatWideRow(county.name, county.total, county.years, table)];
  return writeCsv(rows, WIDE_CSV);
}

/** Header of `data/tasks-long.csv`. */
export const LONG_HEADER = ['county', 'county_slug', 'year', 'indicator', 'value', 'unit'] as const;

/**
 * `data/tasks-long.csv`: one row per county × year × indicator (`started`, then `completed`),
 * counties in table order, years ascending. The 合计 row and the all-years totals are left out
 * so that summing `value` never counts a figure twice.
 */
export function writeTasksLongCsv(table: TaskTable): string {
  const rows: Row[] = [[...LONG_HEADER]];
  for (const county of table.counties) {
    for (const year of table.years) {
      const figures = requireYear(county.years, year, county.name);
      for (const indicator of INDICATORS) rows.push([county.name, county.slug, year, indicator, figures[indicator], UNIT_EN]);
    }
  }
  return writeCsv(rows, LONG_CSV);
}
