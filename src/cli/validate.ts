/**
 * `npm run validate`: checks the plan and the task table without building anything.
 *
 *   npm run validate                               seeds/000_37d43cbaf8be4606.txt and data/tasks.csv
 *   npm run validate -- --tasks FILE               another task table (with the default plan)
 *   npm run validate -- --plan FILE [--tasks FILE] another plan
 *
 * A file not named on the command line is the default one, so the cross-checks (table against
 * the plan's headline figures and attachment 1-1) always run. Every problem is one line on
 * stderr, `FILE:LINE:COLUMN: CODE message`, warnings marked `warning`. Exit 0 when valid, 1 when
 * an input has an error, 2 on wrong usage (unknown flag, missing argument, unreadable file).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatIssue, hasErrors, type Issue } from '../lib/errors.ts';
import { checkDataFolder, DEFAULT_PLAN_FILE, DEFAULT_TASKS_FILE } from '../lib/load.ts';
import { parsePlan } from '../lib/plan/index.ts';
import type { Plan } from '../lib/plan/types.ts';
import { crossCheckTasks, readTasks, type TaskTable } from '../lib/tasks/index.ts';
import { parseCommandArgs, UsageError } from './support/args.ts';

export const DEFAULT_PLAN = DEFAULT_PLAN_FILE;
export const DEFAULT_TASKS = DEFAULT_TASKS_FILE;

const USAGE = '用法：npm run validate [-- --tasks 任务表.csv] [--plan 方案.txt]';

/** Where the CLI writes and reads; tests pass their own. */
export interface ValidateIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Reads a file's bytes; throws (e.g. ENOENT) when it cannot. Defaults to the file system. */
  readFile?: (file: string) => Uint8Array;
  /** Directory that relative paths are read from; defaults to the process's. */
  cwd?: string;
}

/** `--tasks FILE` and `--plan FILE` (or `--tasks=FILE`); a file not named is the default one. */
const OPTIONS = {
  tasks: { type: 'string', value: '文件名' },
  plan: { type: 'string', value: '文件名' },
} as const;

function readInput(file: string, io: ValidateIo): Uint8Array {
  const read = io.readFile ?? ((f: string) => new Uint8Array(readFileSync(f)));
  try {
    return read(path.resolve(io.cwd ?? process.cwd(), file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError('validate', 'E_USAGE_FILE_NOT_FOUND', `找不到文件「${file}」：请检查路径和文件名。`, file);
    const reason = code ?? String(error);
    throw new UsageError('validate', 'E_USAGE_FILE_UNREADABLE', `无法读取文件「${file}」（${reason}）：请确认它是一个普通文件。`, file);
  }
}


function summarizePlan(plan: Plan, file: string): string {
  const items = plan.parts.reduce((n, p) => n + p.items.length, 0);
  return `${file}：${plan.parts.length} 个部分，${items} 项重点工作，${plan.headline.length} 个目标数字，校验通过。`;
}

function summarizeTasks(table: TaskTable, file: string): string {
  const years = table.years.length > 1 ? `${table.years[0]}—${table.years.at(-1)}` : `${table.years[0] ?? ''}`;
  return `${file}：${table.counties.length} 个县（市、区），${table.years.length} 个年度（${years}），校验通过。`;
}

/** Runs the validate command; returns the exit code (0 valid, 1 invalid, 2 wrong usage). */
export function runValidate(args: readonly string[], io: ValidateIo): number {
  let files: { plan: string; tasks: string };
  let planBytes: Uint8Array;
  let tasksBytes: Uint8Array;
  try {
    const parsed = parseCommandArgs('validate', USAGE, OPTIONS, args);
    if (parsed === null) {
      io.stdout(USAGE);
      return 0;
    }
    files = { plan: parsed.values.plan ?? DEFAULT_PLAN, tasks: parsed.values.tasks ?? DEFAULT_TASKS };
    planBytes = readInput(files.plan, io);
    tasksBytes = readInput(files.tasks, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(error.format());
    return 2;
  }

  // Both readers return every issue instead of throwing; plan and table are null after an error.
  const { plan, issues: planIssues } = parsePlan(planBytes, files.plan);
  const { table, issues: tableIssues } = readTasks(tasksBytes, files.tasks);
  const issues: Issue[] = [...planIssues, ...tableIssues];
  if (plan && table) issues.push(...crossCheckTasks(table, plan, files.tasks));
  // The default table is checked as the build will publish it: with its release history and metadata.
  if (files.tasks === DEFAULT_TASKS && io.readFile === undefined) {
    const dataDir = path.dirname(DEFAULT_TASKS);
    checkDataFolder(io.cwd ? path.join(io.cwd, dataDir) : dataDir, table, issues, { allowUnreleased: true });
  }
  for (const issue of issues) io.stderr(formatIssue(issue));

  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const warned = warnings > 0 ? `另有 ${warnings} 条警告（见上）。` : '';
  if (hasErrors(issues)) {
    io.stdout(`校验未通过：${errors} 个错误。${warned}`);
    return 1;
  }
  if (plan) io.stdout(summarizePlan(plan, files.plan));
  if (table) io.stdout(summarizeTasks(table, files.tasks));
  if (warned) io.stdout(warned);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runValidate(process.argv.slice(2), {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
  });
}
