/**
 * Header names → the table's layout: which CSV column holds the county, and which holds each
 * figure. Reports unknown, unnamed, duplicated and missing columns. The years are whatever the
 * headers say, so a 2025–2026 table needs no code change; the 合计 columns are optional.
 */
import { issueError, type Issue } from '../errors.ts';
import { classifyHeader, COUNTY_HEADER, keyColumn, labelColumn } from './header.ts';
import { CODES, MESSAGES } from './messages.ts';
import type { RawTaskTable } from './parse.ts';
import type { Indicator } from './types.ts';

/** A figure column: where it is and what it holds. */
export interface FigureColumn {
  column: number;
  year: number | null;
  indicator: Indicator;
  /** Canonical name, e.g. `2023年开工`, used in messages. */
  label: string;
}

/** The layout found in the header. `complete` is false when the header has any problem. */
export interface TaskLayout {
  countyColumn: number | null;
  /** Figure columns in CSV column order, each key once (the first of duplicates). */
  figures: FigureColumn[];
  /** Years, ascending. */
  years: number[];
  complete: boolean;
  issues: Issue[];
}

const INDICATORS: readonly Indicator[] = ['started', 'completed'];

/** Resolves the header of a raw table into its layout, collecting every header problem. */
export function resolveColumns(raw: RawTaskTable, file: string): TaskLayout {
  const line = raw.headerLines[0] ?? 0;
  const issues: Issue[] = [];
  const figures: FigureColumn[] = [];
  const seen = new Map<string, number>();
  let countyColumn: number | null = null;

  for (const { column, label } of raw.columns) {
    const role = classifyHeader(label);
    if (label === '') {
      issues.push(issueError(file, line, column, CODES.columnUnknown, MESSAGES.columnUnnamed()));
      continue;
    }
    if (role === null) {
      issues.push(issueError(file, line, column, CODES.columnUnknown, MESSAGES.columnUnknown(label)));
      continue;
    }
    const key = role.kind === 'county' ? 'county' : keyColumn(role.year, role.indicator);
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push(issueError(file, line, column, CODES.columnDuplicate, MESSAGES.columnDuplicate(label, first)));
      continue;
    }
    seen.set(key, column);
    if (role.kind === 'county') countyColumn = column;
    else figures.push({ column, year: role.year, indicator: role.indicator, label: labelColumn(role.year, role.indicator) });
  }

  const years = [...new Set(figures.flatMap((f) => (f.year === null ? [] : [f.year])))].sort((a, b) => a - b);
  if (countyColumn === null) {
    issues.push(issueError(file, line, 0, CODES.columnMissing, MESSAGES.noCountyColumn(COUNTY_HEADER)));
  }
  if (years.length === 0) {
    issues.push(issueError(file, line, 0, CODES.columnMissing, MESSAGES.noYearColumns()));
  }
  for (const year of years) {
    for (const indicator of INDICATORS) {
      if (seen.has(keyColumn(year, indicator))) continue;
      issues.push(issueError(file, line, 0, CODES.columnMissing, MESSAGES.columnMissing(labelColumn(year, indicator), year)));
    }
  }
  // Any header problem may hide a year (`2024年份开工` is not read), and the sums would then
  // blame every row for a column the header lost: report the header alone.
  return { countyColumn, figures, years, complete: issues.length === 0, issues };
}
