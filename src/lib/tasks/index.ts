/**
 * The task-table pipeline: bytes → text ({@link decodeTable}) → raw rows ({@link parseTaskCsv})
 * → validated table ({@link validateTasks}); then {@link crossCheckTasks} against the plan and
 * {@link deriveTasks} for the pages. {@link readTasks} runs the first three and returns the table
 * with every issue (the table null when any is an error).
 */
import { hasErrors, type Issue } from '../errors.ts';
import { decodeTable, type TableEncoding } from './decode.ts';
import { parseTaskCsv } from './parse.ts';
import type { TaskTable } from './types.ts';
import { validateTasks } from './validate.ts';

export { decodeTable, type DecodedTable, type TableEncoding } from './decode.ts';
export { classifyHeader, COUNTY_HEADER, type ColumnRole } from './header.ts';
export { parseTaskCsv, type RawColumn, type RawTaskRow, type RawTaskTable } from './parse.ts';
export { resolveColumns, type FigureColumn, type TaskLayout } from './columns.ts';
export { parseCount, validateTasks, type TaskValidation } from './validate.ts';
export { crossCheckTasks, HEADLINE_TOLERANCE } from './crossCheck.ts';
export { deriveTasks, type DerivedCounty, type DerivedTasks, type Pair, type YearSplit } from './derive.ts';
export { CODES } from './messages.ts';
export type { CountyTargets, Indicator, TaskSource, TaskTable } from './types.ts';

/** A table read from a file: the table (null when any issue is an error), every issue, the encoding. */
export interface ReadTasks {
  table: TaskTable | null;
  /** Errors and warnings, in file order of the steps that found them. */
  issues: Issue[];
  /** `utf-8`, `utf-8-bom` or `gb18030`; for a string input, `utf-8` (or `utf-8-bom` if it starts with U+FEFF); null when undecodable. */
  encoding: TableEncoding | null;
}

/**
 * Reads a task CSV (bytes as saved, or text already decoded) into a validated table. Never
 * throws: problems come back as issues, and the table is null when any of them is an error.
 */
export function readTasks(input: Uint8Array | string, file: string): ReadTasks {
  const { decoded, issues: decodeIssues } =
    typeof input === 'string'
      ? { decoded: { text: input, encoding: (input.startsWith('\uFEFF') ? 'utf-8-bom' : 'utf-8') as TableEncoding }, issues: [] }
      : decodeTable(input, file);
  if (!decoded) return { table: null, issues: decodeIssues, encoding: null };
  const { table, issues } = validateTasks(parseTaskCsv(decoded.text, file), file);
  return { table: hasErrors(issues) ? null : table, issues, encoding: decoded.encoding };
}
