/**
 * Raw rows → the validated {@link TaskTable}, collecting every problem in the file at once. A row
 * with the wrong number of cells is reported and otherwise skipped; the sums (a county's 合计
 * against its years, the 合计 row against the counties) are checked only where every figure they
 * involve is valid, so one typo yields one message, not a cascade.
 */
import { issueError, type Issue } from '../errors.ts';
import { assignSlugs } from '../slug.ts';
import { resolveColumns, type FigureColumn, type TaskLayout } from './columns.ts';
import { figureKey, GRID_WORDS } from '../grid.ts';
import { CODES, MESSAGES } from './messages.ts';
import { normalizeName } from './names.ts';
import type { RawTaskRow, RawTaskTable } from './parse.ts';
import { checkSums, type ValidRow } from './sums.ts';
import type { TaskSource, TaskTable } from './types.ts';

/** The table (null when there is any error) and every issue found. */
export interface TaskValidation {
  table: TaskTable | null;
  issues: Issue[];
}

const CONTROL = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2064\uFEFF]/u;
const MARKUP = /[<>&"'`]/u;
/** A first character that makes Excel read the cell as a formula (CSV/formula injection). */
const FORMULA = /^[=+\-@]/u;
/** A name that reads as a total row other than 「合计」 itself: 全市合计, 总计, 小计, 全市. */
const TOTAL_LIKE = /合计|总计|小计|^全市/u;

/**
 * A cell → a whole number of 套, or null. Accepts full-width digits (３８００), surrounding spaces
 * and thousands separators (3,800, only possible in a quoted cell); nothing else — not a space
 * inside the number (`3 800`, `12 34`), which may be two figures run together.
 */
export function parseCount(cell: string): number | null {
  const s = cell.normalize('NFKC').trim();
  const digits = /^\d+$/.test(s) ? s : /^\d{1,3}(,\d{3})+$/.test(s) ? s.replace(/,/g, '') : null;
  if (digits === null) return null;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : null;
}

function showControl(name: string): { shown: string; code: string } {
  const ch = CONTROL.exec(name)?.[0] ?? '';
  const code = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return { shown: name.replace(new RegExp(CONTROL.source, 'gu'), '□'), code };
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
  if (CONTROL.test(name)) {
    const { shown, code } = showControl(name);
    return issueError(file, line, column, CODES.countyControl, MESSAGES.countyControl(shown, code));
  }
  const formula = FORMULA.exec(name)?.[0];
  if (formula) return issueError(file, line, column, CODES.countyFormula, MESSAGES.countyFormula(name, formula));
  if (TOTAL_LIKE.test(normalizeName(name))) return issueError(file, line, column, CODES.countyTotalLike, MESSAGES.countyTotalLike(name));
  const markup = MARKUP.exec(name)?.[0];
  if (markup) return issueError(file, line, column, CODES.countyMarkup, MESSAGES.countyMarkup(name, markup));
  return null;
}

/** Reads a row's figures; null when any is empty or not a whole number (issues pushed). */
function readFigures(row: RawTaskRow, name: string, figures: readonly FigureColumn[], file: string, issues: Issue[]) {
  const values = new Map<string, number>();
  let ok = true;
  for (const f of figures) {
    const cell = row.cells[f.column - 1] ?? '';
    const value = parseCount(cell);
    if (value === null) {
      ok = false;
      const issue =
        cell === ''
          ? issueError(file, row.line, f.column, CODES.emptyCell, MESSAGES.emptyCell(f.label, name))
          : issueError(file, row.line, f.column, CODES.notInteger, MESSAGES.notInteger(f.label, cell));
      issues.push(issue);
    } else values.set(figureKey(f.year, f.indicator), value);
  }
  return ok ? values : null;
}

function describeSource(layout: TaskLayout, file: string, headerLine: number, totalRowLine: number | null): TaskSource {
  const columns: TaskSource['columns'] = { total: {}, years: {} };
  for (const f of layout.figures) {
    if (f.year === null) columns.total[f.indicator] = f.column;
    else columns.years[f.year] = { ...(columns.years[f.year] ?? { started: 0, completed: 0 }), [f.indicator]: f.column };
  }
  return { file, headerLine, countyColumn: layout.countyColumn ?? 0, columns, totalRowLine };
}

/** Validates a raw table. Never throws: the table is null exactly when an issue is an error. */
export function validateTasks(raw: RawTaskTable, file: string): TaskValidation {
  const issues: Issue[] = [...raw.issues];
  if (raw.headerLines.length === 0) return { table: null, issues };
  const layout = resolveColumns(raw, file);
  issues.push(...layout.issues);
  if (layout.countyColumn === null || layout.years.length === 0) return { table: null, issues };
  if (raw.rows.length === 0) {
    issues.push(issueError(file, raw.headerLines.at(-1) ?? 0, 0, CODES.noData, MESSAGES.noData()));
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
    else names.set(normalizeName(name), row.line);
    const values = readFigures(row, isTotal ? GRID_WORDS.total : name, layout.figures, file, issues);
    if (nameIssue || !values) {
      allRowsValid = false;
      continue;
    }
    const valid: ValidRow = { line: row.line, name, values };
    if (isTotal) totalRow = valid;
    else rows.push(valid);
  }

  const sums = checkSums(rows, totalRow, layout, { file, checkTotalRow: allRowsValid && layout.complete });
  issues.push(...sums.issues);
  if (issues.some((i) => i.severity === 'error')) return { table: null, issues };

  const slugs = assignSlugs(rows.map((r) => r.name));
  const table: TaskTable = {
    years: layout.years,
    counties: rows.map((r) => ({ ...sums.countyFigures(r), name: r.name, slug: slugs.get(r.name) ?? '', line: r.line })),
    total: sums.cityTotal,
    source: describeSource(layout, file, raw.headerLines[0] ?? 0, totalRow?.line ?? null),
  };
  return { table, issues };
}
