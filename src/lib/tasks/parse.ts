/**
 * CSV text → {@link RawTaskTable}: the header names per column and the data rows with their line
 * numbers, cells trimmed, nothing interpreted yet. Recognises the one-row header
 * (`县（市、区）,合计开工,…`) and the two-row merged header Excel writes (`县（市、区）,合计,,2023年,,…`
 * over `,开工,基本建成,…`). Blank rows, and trailing empty columns of the header, are dropped.
 */
import { issueError, type Issue } from '../errors.ts';
import { tokenizeCsv, type CsvRecord } from './csv.ts';
import { isIndicatorWord } from './header.ts';
import { CODES, MESSAGES } from './messages.ts';

/** One header column as written: the joined name (`2023年开工`) and its 1-based CSV column. */
export interface RawColumn {
  column: number;
  label: string;
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
  /** Problems found while reading (an unclosed quote, an empty file). */
  issues: Issue[];
}

function trimCells(record: CsvRecord): RawTaskRow {
  return { line: record.line, cells: record.cells.map((c) => c.trim()) };
}

function isBlank(row: RawTaskRow): boolean {
  return row.cells.every((c) => c === '');
}

function widthOf(cells: readonly string[]): number {
  let width = cells.length;
  while (width > 0 && cells[width - 1] === '') width--;
  return width;
}

/** True when the row below the first header row holds the indicators of a merged header. */
function isLowerHeader(row: RawTaskRow | undefined): boolean {
  const filled = row?.cells.filter((c) => c !== '') ?? [];
  return filled.length > 0 && filled.every(isIndicatorWord);
}

/** Joins a two-row header: the upper group fills to the right over the merged cells. */
function joinHeader(upper: readonly string[], lower: readonly string[] | undefined): string[] {
  const width = Math.max(widthOf(upper), lower ? widthOf(lower) : 0);
  const labels: string[] = [];
  let group = '';
  for (let c = 0; c < width; c++) {
    const top = upper[c] ?? '';
    const sub = lower?.[c] ?? '';
    if (top !== '') group = top;
    else if (sub === '') group = '';
    labels.push(lower && sub !== '' ? `${group}${sub}` : top);
  }
  return labels;
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
  const rows = tokens.records.map(trimCells).filter((row) => !isBlank(row));
  const upper = rows[0];
  if (!upper) {
    issues.push(issueError(file, 0, 0, CODES.empty, MESSAGES.empty()));
    return { headerLines: [], columns: [], rows: [], issues };
  }
  const lower = isLowerHeader(rows[1]) ? rows[1] : undefined;
  const labels = joinHeader(upper.cells, lower?.cells);
  return {
    headerLines: lower ? [upper.line, lower.line] : [upper.line],
    columns: labels.map((label, i) => ({ column: i + 1, label })),
    rows: rows.slice(lower ? 2 : 1),
    issues,
  };
}
