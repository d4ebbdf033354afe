/**
 * Raw rows → the validated {@link TaskTable}, collecting every problem in the file at once. A row
 * with the wrong number of cells is reported and otherwise skipped; the sums (a county's 合计
 * against its years, the 合计 row against the counties) are checked only where every figure they
 * involve is valid, so one typo yields one message, not a cascade. Names follow the text policy
 * (src/lib/text.ts); the limits below keep every file name and every sum the site derives bounded.
 */
import { issueError, type Issue } from '../errors.ts';
import { assignSlugs } from '../slug.ts';
import { findForbiddenCharacter, showForbidden } from '../text.ts';
import { resolveColumns, type FigureColumn, type TaskLayout } from './columns.ts';
import { figureKey, GRID_WORDS } from '../grid.ts';
import { CODES, MESSAGES } from './messages.ts';
import { normalizeName } from '../names.ts';
import type { RawTaskRow, RawTaskTable } from './parse.ts';
import { checkSums, type ValidRow } from './sums.ts';
import { withExcelCells } from '../cells.ts';
import type { TaskSource, TaskTable } from './types.ts';

/** The table (null when there is any error) and every issue found. */
export interface TaskValidation {
  table: TaskTable | null;
  issues: Issue[];
}

/** Most data rows (counties and the 合计 row): China has fewer than 3,000 county-level divisions. */
export const MAX_DATA_ROWS = 10_000;
/**
 * Largest figure in a county's cell, in 套 (the issued plan has 45,311 in all); the 合计 row, a sum
 * of at most {@link MAX_DATA_ROWS} counties, may hold that many times as much. Every total the site
 * derives then stays below 10,000 rows × 152 years × 10^7 ≈ 1.5 × 10^13, far from 2^53.
 */
export const MAX_FIGURE = 10_000_000;
export const MAX_TOTAL_ROW_FIGURE = MAX_FIGURE * MAX_DATA_ROWS;
/** Longest county name, in characters (the longest county-level name in China has 15). */
export const MAX_COUNTY_NAME_LENGTH = 20;
/**
 * Longest slug: 20 characters of the longest syllable (zhuang) make 120. With a `-10000` suffix,
 * `county-totals-<slug>.svg` stays under 160 bytes, far from the 255 a file name may have.
 */
export const MAX_SLUG_LENGTH = 128;

const MARKUP = /[<>&"'`]/u;
/** A first character that makes Excel read the cell as a formula (CSV/formula injection). */
const FORMULA = /^[=+\-@]/u;
/** A name that reads as a total row other than 「合计」 itself: 全市合计, 总计, 小计, 全市. */
const TOTAL_LIKE = /合计|总计|小计|^全市/u;

/**
 * A cell → a whole number of 套, or null. Accepts ASCII and full-width digits (３８００), surrounding
 * spaces and thousands separators (3,800 in a quoted cell, ３，８００); nothing else — not other
 * digits that NFKC would read (②③①③, ²³¹³, 𝟐𝟑𝟏𝟑 as 2313), not a space inside the number
 * (`3 800`, `12 34`), which may be two figures run together. The value is not bounded here (a long
 * run of digits gives Infinity): {@link validateTasks} checks it against {@link MAX_FIGURE}.
 */
export function parseCount(cell: string): number | null {
  const s = cell.trim().replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10)).replace(/，/gu, ',');
  const digits = /^[0-9]+$/.test(s) ? s : /^[0-9]{1,3}(,[0-9]{3})+$/.test(s) ? s.replace(/,/g, '') : null;
  return digits === null ? null : Number(digits);
}

/** Checks a row's length against the header; returns the issue, or null when it fits. */
function checkWidth(row: RawTaskRow, width: number, file: string): Issue | null {
  const extra = row.cells.findIndex((c, i) => i >= width && c !== '');
  if (extra >= 0) {
    const value = row.cells[extra] ?? '';
    return issueError(file, row.line, extra + 1, CODES.rowTooLong, MESSAGES.rowTooLong(value, width));
  }
  if (row.cells.length < width) {
    const n = row.cells.length;
    return issueError(file, row.line, n + 1, CODES.rowTooShort, MESSAGES.rowTooShort(n, width));
  }
  return null;
}

/** Checks a county name; returns its issue or null. */
function checkName(name: string, line: number, column: number, file: string): Issue | null {
  if (name === '') return issueError(file, line, column, CODES.emptyCounty, MESSAGES.emptyCounty());
  const found = findForbiddenCharacter(name);
  if (found) {
    const message = MESSAGES.countyControl(showForbidden(name), found.codePoint, found.kind);
    return issueError(file, line, column, CODES.countyControl, message);
  }
  const formula = FORMULA.exec(name)?.[0];
  if (formula) return issueError(file, line, column, CODES.countyFormula, MESSAGES.countyFormula(name, formula));
  if (TOTAL_LIKE.test(normalizeName(name))) return issueError(file, line, column, CODES.countyTotalLike, MESSAGES.countyTotalLike(name));
  const markup = MARKUP.exec(name)?.[0];
  if (markup) return issueError(file, line, column, CODES.countyMarkup, MESSAGES.countyMarkup(name, markup));
  const length = [...name].length;
  if (length > MAX_COUNTY_NAME_LENGTH) return issueError(file, line, column, CODES.countyTooLong, MESSAGES.countyTooLong(name, length, MAX_COUNTY_NAME_LENGTH));
  return null;
}

/** What is wrong with a figure cell (its value as read), or null when it is a whole number up to `max`. */
function checkFigure(cell: string, value: number | null, label: string, county: string, max: number) {
  if (value !== null) return value <= max ? null : { code: CODES.figureTooLarge, message: MESSAGES.figureTooLarge(label, cell, max) };
  if (cell === '') return { code: CODES.emptyCell, message: MESSAGES.emptyCell(label, county) };
  const found = findForbiddenCharacter(cell);
  if (!found) return { code: CODES.notInteger, message: MESSAGES.notInteger(label, cell) };
  return { code: CODES.notInteger, message: MESSAGES.figureCharacter(label, showForbidden(cell), found.codePoint, found.kind) };
}

/** Reads a row's figures; null when any is empty, not a whole number or above `max` (issues pushed). */
function readFigures(row: RawTaskRow, name: string, figures: readonly FigureColumn[], max: number, file: string, issues: Issue[]) {
  const values = new Map<string, number>();
  let ok = true;
  for (const f of figures) {
    const cell = row.cells[f.column - 1] ?? '';
    const value = parseCount(cell);
    const problem = checkFigure(cell, value, f.label, name, max);
    if (problem) issues.push(issueError(file, row.line, f.column, problem.code, problem.message));
    if (problem || value === null) ok = false;
    else values.set(figureKey(f.year, f.indicator), value);
  }
  return ok ? values : null;
}

function describeSource(layout: TaskLayout, file: string, raw: RawTaskTable, totalRowLine: number | null): TaskSource {
  const columns: TaskSource['columns'] = { total: {}, years: {} };
  for (const f of layout.figures) {
    if (f.year === null) columns.total[f.indicator] = f.column;
    else columns.years[f.year] = { ...(columns.years[f.year] ?? { started: 0, completed: 0 }), [f.indicator]: f.column };
  }
  return { file, headerLine: raw.headerLines[0] ?? 0, countyColumn: layout.countyColumn ?? 0, columns, totalRowLine, recordLines: raw.recordLines };
}

/**
 * Validates a raw table. Never throws: the table is null exactly when an issue is an error. Every
 * issue located at a cell also names it as a spreadsheet does (`D7`).
 */
export function validateTasks(raw: RawTaskTable, file: string): TaskValidation {
  const { table, issues } = checkTable(raw, file);
  return { table, issues: withExcelCells(issues, file, raw.recordLines) };
}

function checkTable(raw: RawTaskTable, file: string): TaskValidation {
  const issues: Issue[] = [...raw.issues];
  if (raw.headerLines.length === 0) return { table: null, issues };
  const layout = resolveColumns(raw, file);
  for (const issue of layout.issues) issues.push(issue);
  if (layout.countyColumn === null || layout.years.length === 0) return { table: null, issues };
  if (raw.rows.length === 0) {
    issues.push(issueError(file, raw.headerLines.at(-1) ?? 0, 0, CODES.noData, MESSAGES.noData()));
    return { table: null, issues };
  }
  const beyond = raw.rows[MAX_DATA_ROWS];
  if (beyond) {
    issues.push(issueError(file, beyond.line, 0, CODES.tooManyRows, MESSAGES.tooManyRows(raw.rows.length, MAX_DATA_ROWS)));
    return { table: null, issues };
  }

  const countyColumn = layout.countyColumn;
  const isTotalRow = (row: RawTaskRow) => normalizeName(row.cells[countyColumn - 1] ?? '') === GRID_WORDS.total;
  const onlyTotal = raw.rows.every(isTotalRow) ? raw.rows[0] : undefined;
  if (onlyTotal) {
    issues.push(issueError(file, onlyTotal.line, countyColumn, CODES.noCounties, MESSAGES.noCounties()));
    return { table: null, issues };
  }
  const rows: ValidRow[] = [];
  /** Rows whose name passed, in file order: their slugs are checked even when a figure is wrong. */
  const named: { name: string; line: number }[] = [];
  const names = new Map<string, number>();
  let totalRow: ValidRow | null = null;
  let totalLine: number | undefined;
  let allRowsValid = true;
  for (const row of raw.rows) {
    const widthIssue = checkWidth(row, raw.columns.length, file);
    if (widthIssue) {
      issues.push(widthIssue);
      allRowsValid = false;
      continue;
    }
    const name = row.cells[countyColumn - 1] ?? '';
    const isTotal = isTotalRow(row);
    let nameIssue = isTotal ? null : checkName(name, row.line, countyColumn, file);
    const firstLine = isTotal ? totalLine : names.get(normalizeName(name));
    if (!nameIssue && firstLine !== undefined) {
      nameIssue = isTotal
        ? issueError(file, row.line, countyColumn, CODES.duplicateTotalRow, MESSAGES.duplicateTotalRow(firstLine))
        : issueError(file, row.line, countyColumn, CODES.duplicateCounty, MESSAGES.duplicateCounty(name, firstLine));
    }
    if (nameIssue) issues.push(nameIssue);
    else if (isTotal) totalLine = row.line;
    else {
      names.set(normalizeName(name), row.line);
      named.push({ name, line: row.line });
    }
    const max = isTotal ? MAX_TOTAL_ROW_FIGURE : MAX_FIGURE;
    const values = readFigures(row, isTotal ? GRID_WORDS.total : name, layout.figures, max, file, issues);
    if (nameIssue || !values) {
      allRowsValid = false;
      continue;
    }
    const valid: ValidRow = { line: row.line, name, values };
    if (isTotal) totalRow = valid;
    else rows.push(valid);
  }

  const slugs = assignSlugs(named.map((n) => n.name));
  for (const { name, line } of named) {
    const length = slugs.get(name)?.length ?? 0;
    if (length > MAX_SLUG_LENGTH) issues.push(issueError(file, line, countyColumn, CODES.countyTooLong, MESSAGES.countySlugTooLong(name, length, MAX_SLUG_LENGTH)));
  }
  const sums = checkSums(rows, totalRow, layout, { file, checkTotalRow: allRowsValid && layout.complete });
  for (const issue of sums.issues) issues.push(issue);
  // Without an error every named row is valid, so `slugs` covers exactly `rows`, in the same order.
  if (issues.some((i) => i.severity === 'error')) return { table: null, issues };

  const table: TaskTable = {
    years: layout.years,
    counties: rows.map((r) => ({ ...sums.countyFigures(r), name: r.name, slug: slugs.get(r.name) ?? '', line: r.line })),
    total: sums.cityTotal,
    source: describeSource(layout, file, raw, totalRow?.line ?? null),
  };
  return { table, issues };
}
