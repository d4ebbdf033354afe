/**
 * Where a problem sits as a spreadsheet shows it: Excel and WPS name a cell by its column letters
 * and its row (`D7`). A CSV row is a record, not a line: a quoted cell may hold a line break, and
 * every line after it then belongs to a row one less than its line number. Blank lines are rows
 * too (Excel shows them as empty rows), so the row of a record is its place among all records.
 */
import type { Issue } from './errors.ts';

/** Excel's letters for a 1-based column: 1 → `A`, 26 → `Z`, 27 → `AA`, 16384 → `XFD`. */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new RangeError(`column must be a positive integer, got ${column}`);
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The 1-based spreadsheet row of a physical line, given the first line of every record in file
 * order (ascending): the last record that starts at or before the line. 0 for a line before the
 * first record.
 */
export function rowOfLine(recordLines: readonly number[], line: number): number {
  let lo = 0;
  let hi = recordLines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((recordLines[mid] ?? Infinity) <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `D7` for a CSV line and column; null when the issue names no cell (line or column 0). */
export function excelCell(recordLines: readonly number[], line: number, column: number): string | null {
  if (line < 1 || column < 1) return null;
  const row = rowOfLine(recordLines, line);
  return row < 1 ? null : `${columnLetters(column)}${row}`;
}

/** The issues of one CSV file with the spreadsheet cell of each located one filled in. */
export function withExcelCells(issues: readonly Issue[], file: string, recordLines: readonly number[]): Issue[] {
  return issues.map((issue) => {
    if (issue.file !== file || issue.cell !== undefined) return issue;
    const cell = excelCell(recordLines, issue.line, issue.column);
    return cell === null ? issue : { ...issue, cell };
  });
}
