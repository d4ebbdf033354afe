/**
 * CSV text → {@link RawTaskTable}: the header names per column and the data rows with their line
 * numbers, cells trimmed, nothing interpreted yet. Recognises the one-row header
 * (`县（市、区）,合计开工,…`) and the two-row merged header Excel writes (`县（市、区）,合计,,2023年,,…`
 * over `,开工,基本建成,…`). Blank rows, title and unit rows above the header, and trailing empty
 * columns of the header, are dropped.
 */
import { issueError, type Issue } from '../errors.ts';
import { tokenizeCsv, type CsvRecord } from '../csv.ts';
import { classifyHeader, isNearIndicatorWord } from './header.ts';
import { CODES, MESSAGES } from './messages.ts';

/**
 * One header column as written: the joined name (`2023年开工`) and its 1-based CSV column. In a
 * two-row header, `merged` says which upper cell the column falls under and what its lower cell
 * says, so a problem can be reported at the cell that causes it.
 */
export interface RawColumn {
  column: number;
  label: string;
  merged?: { group: string; groupColumn: number; sub: string };
}

/** One data row as written: cells trimmed, in file order. */
export interface RawTaskRow {
  line: number;
  cells: string[];
}

/** What the file says, before validation. */
export interface RawTaskTable {
  /** Lines of the header rows (one or two); empty when the file has no non-blank row. */
  headerLines: number[];
  /** Header columns, up to the last non-empty header cell. */
  columns: RawColumn[];
  rows: RawTaskRow[];
  /** First line of every record, blank ones included, in file order: record i is spreadsheet row i + 1. */
  recordLines: number[];
  /** Problems found while reading (an unclosed quote, an empty file). */
  issues: Issue[];
}

function trimCells(record: CsvRecord): RawTaskRow {
  return { line: record.line, cells: record.cells.map((c) => c.trim()) };
}

function filledCount(row: RawTaskRow): number {
  return row.cells.filter((c) => c !== '').length;
}

function widthOf(cells: readonly string[]): number {
  let width = cells.length;
  while (width > 0 && cells[width - 1] === '') width--;
  return width;
}

/**
 * How many rows above the header are a title or a unit line (`…任务表,,,,,,`, `单位：套（户）,,,`),
 * as an Excel export of the attachment keeps them: rows with one filled cell that is not a header
 * name, before the first row with two or more. None when no such row follows.
 */
function countTitleRows(rows: readonly RawTaskRow[]): number {
  const header = rows.findIndex((row) => filledCount(row) > 1);
  if (header <= 0) return 0;
  const titles = rows.slice(0, header);
  return titles.every((row) => row.cells.every((c) => c === '' || classifyHeader(c) === null)) ? header : 0;
}

/**
 * True when the row below the first header row is the lower row of a merged header: the cell
 * under the county column (or the first cell) is empty, no cell holds a digit, and at least one
 * cell is an indicator word or a near miss of one (so one typo does not turn it into data).
 */
function isLowerHeader(upper: RawTaskRow, row: RawTaskRow | undefined): boolean {
  if (!row) return false;
  const county = upper.cells.findIndex((c) => classifyHeader(c)?.kind === 'county');
  if ((row.cells[Math.max(county, 0)] ?? '') !== '') return false;
  const filled = row.cells.filter((c) => c !== '');
  return filled.some(isNearIndicatorWord) && !filled.some((c) => /\d/u.test(c.normalize('NFKC')));
}

/** Joins a two-row header: the upper group fills to the right over the merged cells. */
function joinHeader(upper: readonly string[], lower: readonly string[] | undefined): RawColumn[] {
  const width = Math.max(widthOf(upper), lower ? widthOf(lower) : 0);
  const columns: RawColumn[] = [];
  let group = '';
  let groupColumn = 0;
  for (let c = 0; c < width; c++) {
    const top = upper[c] ?? '';
    const sub = lower?.[c] ?? '';
    if (top !== '') [group, groupColumn] = [top, c + 1];
    else if (sub === '') [group, groupColumn] = ['', 0];
    if (!lower) columns.push({ column: c + 1, label: top });
    else columns.push({ column: c + 1, label: sub !== '' ? `${group}${sub}` : top, merged: { group, groupColumn, sub } });
  }
  return columns;
}

/** Reads the header and the data rows of a task CSV. Never throws; problems land in `issues`. */
export function parseTaskCsv(text: string, file: string): RawTaskTable {
  const tokens = tokenizeCsv(text);
  const issues: Issue[] = [];
  if (tokens.unclosedQuote) {
    const { line, column } = tokens.unclosedQuote;
    issues.push(issueError(file, line, column, CODES.unclosedQuote, MESSAGES.unclosedQuote()));
  }
  for (const { line, column, text: after } of tokens.textAfterQuote) {
    issues.push(issueError(file, line, column, CODES.textAfterQuote, MESSAGES.textAfterQuote(after)));
  }
  const recordLines = tokens.records.map((r) => r.line);
  const nonBlank = tokens.records.map(trimCells).filter((row) => filledCount(row) > 0);
  const rows = nonBlank.slice(countTitleRows(nonBlank));
  const upper = rows[0];
  if (!upper) {
    issues.push(issueError(file, 0, 0, CODES.empty, MESSAGES.empty()));
    return { headerLines: [], columns: [], rows: [], recordLines, issues };
  }
  const lower = isLowerHeader(upper, rows[1]) ? rows[1] : undefined;
  return {
    headerLines: lower ? [upper.line, lower.line] : [upper.line],
    columns: joinHeader(upper.cells, lower?.cells),
    rows: rows.slice(lower ? 2 : 1),
    recordLines,
    issues,
  };
}
