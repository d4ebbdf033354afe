/**
 * The project's one error type. Every problem found in an input is an {@link Issue}: where it is
 * (file, 1-based line and column), a stable English code, and a Chinese message that quotes the
 * bad value and says how to fix it. Parsers and validators return their issues and never throw;
 * only the loading step (src/lib/load.ts) and the commands turn errors into a failure, a
 * {@link DataError} carrying every issue found.
 */

export type Severity = 'error' | 'warning';

export interface Issue {
  /** Path as the user named it, e.g. `data/tasks.csv`. */
  file: string;
  /** 1-based line; 0 when the problem concerns the file as a whole. */
  line: number;
  /** 1-based column (a CSV column number for tables, a character column for text); 0 when none. */
  column: number;
  /** For a CSV table, the cell as Excel and WPS name it (`D7`); absent for text files and whole rows. */
  cell?: string;
  /** Stable code: `E_…` for errors, `W_…` for warnings. */
  code: string;
  /** Chinese, quoting the bad value and saying how to fix it. */
  message: string;
  severity: Severity;
}

/** Thrown when an input has at least one error; carries every issue found (warnings too). */
export class DataError extends Error {
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    super(issues.filter((i) => i.severity === 'error').map(formatIssue).join('\n'));
    this.name = 'DataError';
    this.issues = issues;
  }
}

/** Builds an error issue. */
export function issueError(file: string, line: number, column: number, code: string, message: string): Issue {
  return { file, line, column, code, message, severity: 'error' };
}

/** Builds a warning issue. */
export function issueWarning(file: string, line: number, column: number, code: string, message: string): Issue {
  return { file, line, column, code, message, severity: 'warning' };
}

/**
 * One line per issue: `FILE:LINE:COLUMN: CODE message`, warnings marked `warning`, and the
 * spreadsheet cell after the code when there is one: `data/tasks.csv:7:4: E_… [Excel D7] …`.
 */
export function formatIssue(issue: Issue): string {
  const mark = issue.severity === 'warning' ? 'warning ' : '';
  const cell = issue.cell ? ` [Excel ${issue.cell}]` : '';
  return `${issue.file}:${issue.line}:${issue.column}: ${mark}${issue.code}${cell} ${issue.message}`;
}

/** True when any issue is an error (warnings alone never fail a run). */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
