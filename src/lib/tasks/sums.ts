/**
 * The two sums of the task table: each county's 合计 columns must equal the sum of its years, and
 * the 合计 row must equal the sum of the counties, column by column. Both are optional in the
 * file: absent, they are derived here; present, they are checked.
 */
import { issueError, type Issue } from '../errors.ts';
import type { TaskLayout } from './columns.ts';
import { figureKey, figureLabel, INDICATORS } from '../grid.ts';
import { CODES, MESSAGES } from './messages.ts';
import type { CountyTargets, Indicator, TaskTable } from './types.ts';

/** A row whose name and figures are valid; values keyed by {@link figureKey}. */
export interface ValidRow {
  line: number;
  name: string;
  values: Map<string, number>;
}

/** Issues found, plus the figures of each county and of the city, totals derived. */
export interface SumCheck {
  issues: Issue[];
  countyFigures: (row: ValidRow) => Pick<CountyTargets, 'years' | 'total'>;
  cityTotal: TaskTable['total'];
}


/** Checks the county totals and (when asked) the 合计 row; derives the figures either way. */
export function checkSums(
  rows: readonly ValidRow[],
  totalRow: ValidRow | null,
  layout: TaskLayout,
  options: { file: string; checkTotalRow: boolean },
): SumCheck {
  const { file } = options;
  const issues: Issue[] = [];
  const figure = (row: ValidRow, year: number | null, indicator: Indicator) =>
    row.values.get(figureKey(year, indicator)) ?? 0;
  const totalColumns = layout.figures.filter((f) => f.year === null);

  if (layout.complete) {
    for (const row of rows) {
      for (const f of totalColumns) {
        const parts = layout.years.map((y) => figure(row, y, f.indicator));
        const sum = parts.reduce((a, b) => a + b, 0);
        const value = figure(row, null, f.indicator);
        if (value === sum) continue;
        const message = MESSAGES.countyTotalMismatch(row.name, f.label, value, sum, parts.join(' + '));
        issues.push(issueError(file, row.line, f.column, CODES.countyTotalMismatch, message));
      }
    }
  }

  // The 合计 row is checked even when a county's 合计 is wrong, so that one edit that forgot both
  // totals is reported in full at once; its 合计 columns are compared with the sum of every
  // county's years, which is what they must hold whatever the counties' own 合计 cells say.
  if (options.checkTotalRow && totalRow) {
    for (const f of layout.figures) {
      const years = f.year === null ? layout.years : [f.year];
      const sum = rows.reduce((acc, row) => acc + years.reduce((n, y) => n + figure(row, y, f.indicator), 0), 0);
      const value = figure(totalRow, f.year, f.indicator);
      if (value === sum) continue;
      const message = MESSAGES.totalRowMismatch(figureLabel(f.year, f.indicator), value, sum);
      issues.push(issueError(file, totalRow.line, f.column, CODES.totalRowMismatch, message));
    }
  }

  const countyFigures = (row: ValidRow) => {
    const years: CountyTargets['years'] = {};
    for (const y of layout.years) years[y] = { started: figure(row, y, 'started'), completed: figure(row, y, 'completed') };
    const total = { started: 0, completed: 0 };
    for (const y of layout.years) for (const i of INDICATORS) total[i] += years[y]?.[i] ?? 0;
    return { years, total };
  };
  const cityTotal: TaskTable['total'] = { years: {}, started: 0, completed: 0 };
  for (const y of layout.years) cityTotal.years[y] = { started: 0, completed: 0 };
  for (const row of rows) {
    const { years } = countyFigures(row);
    for (const y of layout.years) {
      for (const i of INDICATORS) {
        const v = years[y]?.[i] ?? 0;
        (cityTotal.years[y] as { started: number; completed: number })[i] += v;
        cityTotal[i] += v;
      }
    }
  }
  return { issues, countyFigures, cityTotal };
}
