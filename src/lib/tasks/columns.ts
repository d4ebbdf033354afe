/**
 * Header names → the table's layout: which CSV column holds the county, and which holds each
 * figure. Reports unknown, unnamed, duplicated and missing columns. The years are whatever the
 * headers say, so a 2025–2026 table needs no code change; the 合计 columns are optional.
 */
import { issueError, type Issue } from '../errors.ts';
import { figureKey, figureLabel, INDICATORS } from '../grid.ts';
import { findForbiddenCharacter, showForbidden } from '../text.ts';
import { classifyHeader, COUNTY_HEADER, FIRST_YEAR, isGroupWord, isIndicatorWord, LAST_YEAR } from './header.ts';
import { CODES, MESSAGES } from './messages.ts';
import type { RawColumn, RawTaskTable } from './parse.ts';
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


/**
 * Most columns a header may have: 1 county column, 2 合计 and 2 per year of 1949–2100 make 307.
 * A wider header is refused as a whole, so that a pasted block cannot yield millions of issues.
 */
export const MAX_COLUMNS = 1000;

/** Where a header problem is, in the file: a cell of the upper or the lower header row. */
interface HeaderCell {
  line: number;
  column: number;
}

/** The cell that holds a column's year (the upper cell of a merged header), and its text. */
function yearCell(raw: RawTaskTable, { column, label, merged }: RawColumn): HeaderCell & { label: string } {
  const line = raw.headerLines[0] ?? 0;
  return merged && merged.sub !== '' ? { line, column: merged.groupColumn, label: merged.group } : { line, column, label };
}

/** The issue for a refused character in a column's name, at the cell that holds it; null when none. */
function checkCharacters(raw: RawTaskTable, { column, label, merged }: RawColumn, file: string): Issue | null {
  const [upper = 0, lower = upper] = raw.headerLines;
  const cells: [string, HeaderCell][] = merged
    ? [[merged.sub, { line: lower, column }], [merged.group, { line: upper, column: merged.groupColumn }]]
    : [[label, { line: upper, column }]];
  for (const [text, at] of cells) {
    const found = findForbiddenCharacter(text);
    if (found) return issueError(file, at.line, at.column, CODES.columnUnknown, MESSAGES.columnCharacter(showForbidden(text), found.codePoint, found.kind));
  }
  return null;
}

/**
 * The cell to blame for an unknown column, and what to say. In a two-row header that is the
 * lower cell when it is not an indicator, else the upper (group) cell it falls under; a group is
 * named once however many columns it spans (`seenGroups`).
 */
function locateUnknown(
  raw: RawTaskTable,
  { column, label, merged }: RawColumn,
  seenGroups: Set<number>,
): (HeaderCell & { message: string }) | null {
  const [upper = 0, lower = upper] = raw.headerLines;
  if (!merged) return { line: upper, column, message: MESSAGES.columnUnknown(label) };
  const { group, groupColumn, sub } = merged;
  if (sub !== '' && !isIndicatorWord(sub)) return { line: lower, column, message: MESSAGES.columnUnknownIndicator(sub) };
  if (sub === '') {
    return isGroupWord(label)
      ? { line: lower, column, message: MESSAGES.columnNoIndicator(label) }
      : { line: upper, column, message: MESSAGES.columnUnknown(label) };
  }
  if (group === '' || classifyHeader(group)?.kind === 'county') return { line: upper, column, message: MESSAGES.columnNoGroup(sub) };
  if (seenGroups.has(groupColumn)) return null;
  seenGroups.add(groupColumn);
  return { line: upper, column: groupColumn, message: MESSAGES.columnUnknownGroup(group) };
}

/** The row of a duplicated column: the lower row when its own upper cell is merged (empty). */
function lineOfDuplicate(raw: RawTaskTable, { column, merged }: RawColumn): number {
  const [upper = 0, lower = upper] = raw.headerLines;
  return merged && merged.sub !== '' && merged.groupColumn !== column ? lower : upper;
}

/** Resolves the header of a raw table into its layout, collecting every header problem. */
export function resolveColumns(raw: RawTaskTable, file: string): TaskLayout {
  const line = raw.headerLines[0] ?? 0;
  const issues: Issue[] = [];
  const figures: FigureColumn[] = [];
  const seen = new Map<string, number>();
  let countyColumn: number | null = null;

  if (raw.columns.length > MAX_COLUMNS) {
    const message = MESSAGES.tooManyColumns(raw.columns.length, MAX_COLUMNS);
    return { countyColumn, figures, years: [], complete: false, issues: [issueError(file, line, MAX_COLUMNS + 1, CODES.tooManyColumns, message)] };
  }
  const seenGroups = new Set<number>();
  // A merged upper cell spans several columns: report a problem in it once.
  const reported = new Set<string>();
  const reportOnce = (issue: Issue) => {
    if (!reported.has(`${issue.line}:${issue.column}`)) issues.push(issue);
    reported.add(`${issue.line}:${issue.column}`);
  };
  for (const rawColumn of raw.columns) {
    const { column, label } = rawColumn;
    const role = classifyHeader(label);
    if (label === '') {
      issues.push(issueError(file, line, column, CODES.columnUnknown, MESSAGES.columnUnnamed()));
      continue;
    }
    if (role === null) {
      const character = checkCharacters(raw, rawColumn, file);
      const at = character ? null : locateUnknown(raw, rawColumn, seenGroups);
      if (character) reportOnce(character);
      else if (at) issues.push(issueError(file, at.line, at.column, CODES.columnUnknown, at.message));
      continue;
    }
    if (role.kind === 'figure' && role.year !== null && (role.year < FIRST_YEAR || role.year > LAST_YEAR)) {
      const at = yearCell(raw, rawColumn);
      const year = String(role.year).padStart(4, '0');
      reportOnce(issueError(file, at.line, at.column, CODES.yearRange, MESSAGES.yearRange(at.label, year, FIRST_YEAR, LAST_YEAR)));
      continue;
    }
    const key = role.kind === 'county' ? 'county' : figureKey(role.year, role.indicator);
    const first = seen.get(key);
    if (first !== undefined) {
      const at = lineOfDuplicate(raw, rawColumn);
      issues.push(issueError(file, at, column, CODES.columnDuplicate, MESSAGES.columnDuplicate(label, first)));
      continue;
    }
    seen.set(key, column);
    if (role.kind === 'county') countyColumn = column;
    else figures.push({ column, year: role.year, indicator: role.indicator, label: figureLabel(role.year, role.indicator) });
  }

  const years = [...new Set(figures.flatMap((f) => (f.year === null ? [] : [f.year])))].sort((a, b) => a - b);
  if (countyColumn === null) {
    issues.push(issueError(file, line, 0, CODES.columnMissing, MESSAGES.noCountyColumn(COUNTY_HEADER)));
  }
  // Out-of-range years were named at their cells: 「没有找到任何年度列」 would only contradict that.
  if (years.length === 0 && !issues.some((i) => i.code === CODES.yearRange)) {
    issues.push(issueError(file, line, 0, CODES.columnMissing, MESSAGES.noYearColumns()));
  }
  for (const year of years) {
    for (const indicator of INDICATORS) {
      if (seen.has(figureKey(year, indicator))) continue;
      issues.push(issueError(file, line, 0, CODES.columnMissing, MESSAGES.columnMissing(figureLabel(year, indicator), year)));
    }
  }
  // Any header problem may hide a year (`2024年份开工` is not read), and the sums would then
  // blame every row for a column the header lost: report the header alone.
  return { countyColumn, figures, years, complete: issues.length === 0, issues };
}
