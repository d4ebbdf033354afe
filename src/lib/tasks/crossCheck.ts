/**
 * Warnings that compare the table with the plan. None of them stops a build: a later release may
 * legitimately adjust the targets, and the site shows such adjustments. They catch a figure typed
 * wrong that still adds up, and make every adjustment visible to whoever publishes it.
 */
import { issueWarning, type Issue } from '../errors.ts';
import { nameAttachment } from '../plan/label.ts';
import type { Plan } from '../plan/types.ts';
import { figureLabel, GRID_WORDS } from '../grid.ts';
import { CODES, MESSAGES } from './messages.ts';
import { normalizeName } from '../names.ts';
import { withExcelCells } from '../cells.ts';
import type { CountyTargets, Indicator, TaskTable } from './types.ts';

/**
 * The text gives 万套 to two decimals and sometimes truncates (2.99万 for 29 951), sometimes rounds
 * (1.54万 for 15 360); any difference under one unit of 0.01万 is therefore the text's precision.
 */
export const HEADLINE_TOLERANCE = 100;

function columnOf(table: TaskTable, year: number | null, indicator: Indicator): number {
  const columns = table.source?.columns;
  return (year === null ? columns?.total[indicator] : columns?.years[year]?.[indicator]) ?? 0;
}

function figureOf(county: CountyTargets, year: number | null, indicator: Indicator): number | undefined {
  return year === null ? county.total[indicator] : county.years[year]?.[indicator];
}

function checkCompletion(table: TaskTable, file: string): Issue[] {
  return table.counties
    .filter((c) => c.total.completed > c.total.started)
    .map((c) => {
      const message = MESSAGES.completedExceedsStarted(c.name, c.total.completed, c.total.started);
      const column = columnOf(table, null, 'completed') || (table.source?.countyColumn ?? 0);
      return issueWarning(file, c.line, column, CODES.completedExceedsStarted, message);
    });
}

function checkHeadline(table: TaskTable, plan: Plan, file: string): Issue[] {
  const line = table.source?.totalRowLine ?? 0;
  const issues: Issue[] = [];
  for (const h of plan.headline) {
    const value = h.year === null ? table.total[h.indicator] : table.total.years[h.year]?.[h.indicator];
    if (value === undefined) {
      issues.push(issueWarning(file, 0, 0, CODES.headlineMismatch, MESSAGES.headlineYearAbsent(h.year ?? 0, h.text, h.line)));
      continue;
    }
    const diff = Math.abs(value - h.value);
    if (diff < HEADLINE_TOLERANCE) continue;
    const message = MESSAGES.headlineMismatch(figureLabel(h.year, h.indicator), value, h.text, h.line, diff);
    issues.push(issueWarning(file, line, columnOf(table, h.year, h.indicator), CODES.headlineMismatch, message));
  }
  return issues;
}

function checkIssued(table: TaskTable, plan: Plan, file: string): Issue[] {
  const attachment = plan.attachment;
  if (!attachment) return [];
  const issues: Issue[] = [];
  const warn = (line: number, column: number, message: string) =>
    issues.push(issueWarning(file, line, column, CODES.differsFromIssued, message));
  const name = nameAttachment(attachment);
  const issuedYears = [...new Set(attachment.columns.flatMap((c) => (c.year === null ? [] : [c.year])))];
  for (const year of issuedYears.filter((y) => !table.years.includes(y))) warn(0, 0, MESSAGES.yearRemoved(year, name));

  const issuedRows = attachment.rows.filter((r) => normalizeName(r.name) !== GRID_WORDS.total);
  const counties = new Map(table.counties.map((c) => [normalizeName(c.name), c]));
  for (const row of issuedRows) {
    const county = counties.get(normalizeName(row.name));
    if (!county) {
      warn(0, 0, MESSAGES.countyRemoved(row.name, row.line, name));
      continue;
    }
    attachment.columns.forEach((col, k) => {
      const issued = row.values[k];
      const now = figureOf(county, col.year, col.indicator);
      if (issued === undefined || now === undefined || issued === now) return;
      const label = figureLabel(col.year, col.indicator);
      warn(county.line, columnOf(table, col.year, col.indicator), MESSAGES.figureChanged(county.name, label, issued, now, name));
    });
  }
  const issuedNames = new Set(issuedRows.map((r) => normalizeName(r.name)));
  for (const c of table.counties.filter((c) => !issuedNames.has(normalizeName(c.name)))) {
    warn(c.line, table.source?.countyColumn ?? 0, MESSAGES.countyAdded(c.name, name));
  }
  return issues;
}

/**
 * Compares a validated table with the plan: counties completing more than they start, totals
 * against the headline figures of the text (beyond {@link HEADLINE_TOLERANCE}), and every county
 * or figure that differs from attachment 1-1 as issued. Returns warnings only.
 */
export function crossCheckTasks(table: TaskTable, plan: Plan, file: string): Issue[] {
  const issues = [...checkCompletion(table, file), ...checkHeadline(table, plan, file), ...checkIssued(table, plan, file)];
  return table.source ? withExcelCells(issues, file, table.source.recordLines) : issues;
}
