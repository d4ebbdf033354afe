/**
 * Test shorthands over the parsers, which return their issues instead of throwing: the value
 * when the input is valid (a test failure listing every issue otherwise), or the issues alone.
 */
import { formatIssue, type Issue } from '../../src/lib/errors.ts';
import { parsePlan, type Plan } from '../../src/lib/plan/index.ts';
import { readTasks, type TaskTable } from '../../src/lib/tasks/index.ts';

function fail(issues: readonly Issue[]): never {
  throw new Error(`expected a valid input, got:\n${issues.map(formatIssue).join('\n')}`);
}

/** The plan of a valid plan text. */
export function planOf(input: string | Uint8Array, file: string): Plan {
  const { plan, issues } = parsePlan(input, file);
  return plan ?? fail(issues);
}

/** The table of a valid task CSV. */
export function tableOf(input: string | Uint8Array, file: string): TaskTable {
  const { table, issues } = readTasks(input, file);
  return table ?? fail(issues);
}
