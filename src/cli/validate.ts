/**
 * `npm run validate`: runs exactly the checks `npm run build` runs, on the same inputs, through
 * the same loading step (src/lib/load), without building anything.
 *
 *   npm run validate                               the build's inputs: SITE_PLAN_FILE (default
 *                                                  seeds/000_37d43cbaf8be4606.txt) and SITE_DATA_DIR (default data/)
 *   npm run validate -- --tasks FILE               another task table (with the build's plan)
 *   npm run validate -- --plan FILE [--tasks FILE] another plan
 *
 * When the table is the data folder's own tasks.csv, however its path is written (`./data/tasks.csv`,
 * an absolute path, a link), the data folder's checks run too: metadata, the release history and
 * its hashes, the published URLs. Another table is checked on its own against the plan. The one
 * difference from the build: changes not yet recorded as a release are a warning, not an error.
 * Every problem is one line on stderr, `FILE:LINE:COLUMN: CODE message`, warnings marked
 * `warning`. Exit 0 when valid, 1 when an input has an error, 2 on wrong usage (unknown flag,
 * missing argument, unreadable file).
 */
import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_PLAN_FILE, DEFAULT_TASKS_FILE, resolveConfig, type ConfigEnv } from '../lib/config/index.ts';
import { formatIssue, hasErrors } from '../lib/errors.ts';
import { inspectSite } from '../lib/load/index.ts';
import { listAttachmentTables } from '../lib/plan/text.ts';
import type { Plan } from '../lib/plan/types.ts';
import type { TaskTable } from '../lib/tasks/index.ts';
import { CODES, MESSAGES } from './messages.ts';
import { parseCommandArgs, UsageError } from './support/args.ts';

export const DEFAULT_PLAN = DEFAULT_PLAN_FILE;
export const DEFAULT_TASKS = DEFAULT_TASKS_FILE;

const USAGE = '用法：npm run validate [-- --tasks 任务表.csv] [--plan 方案.txt]';

/** Where the CLI writes, and the folder it runs in; tests pass their own. */
export interface ValidateIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Directory that relative paths (arguments and SITE_* variables) are read from; defaults to the process's. */
  cwd?: string;
  /** The environment the settings are read from (SITE_PLAN_FILE, SITE_DATA_DIR, SITE_TODAY); default the process's. */
  env?: ConfigEnv;
}

/** `--tasks FILE` and `--plan FILE` (or `--tasks=FILE`); a file not named is the build's. */
const OPTIONS = {
  tasks: { type: 'string', value: '文件名' },
  plan: { type: 'string', value: '文件名' },
} as const;

/** Wrong usage unless `file` (as the person wrote it: `shown`) is a readable file. */
function checkReadable(file: string, shown: string): void {
  try {
    if (statSync(file).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    accessSync(file, constants.R_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError('validate', CODES.fileNotFound, MESSAGES.fileNotFound(shown), shown);
    throw new UsageError('validate', CODES.fileUnreadable, MESSAGES.fileUnreadable(shown, code ?? String(error)), shown);
  }
}

/** Whether two paths name the same file (links and `./` resolved). */
function isSameFile(a: string, b: string): boolean {
  const real = (file: string) => {
    try {
      return realpathSync(file);
    } catch {
      return path.resolve(file);
    }
  };
  return real(a) === real(b);
}

/** What was read: parts, items, units, attachments and headline figures, so that a plan read wrong shows at once. */
function summarizePlan(plan: Plan, file: string): string {
  const items = plan.parts.reduce((n, p) => n + p.items.length, 0);
  const parts = plan.parts.filter((p) => !p.implicit).length;
  const attachments = listAttachmentTables(plan).length;
  const cleanup = plan.cleanup ?? [];
  const joined = cleanup.filter((c) => c.kind === 'joined').length;
  const removed = cleanup.length - joined;
  const own = [plan.issued?.docNumber && '文号', (plan.issued?.signature.length ?? 0) > 0 && '落款'].filter(Boolean).join('和');
  const notice = `${plan.notice ? '，含印发通知' : ''}${own ? `，含方案自身的${own}` : ''}${plan.titleFromNotice ? '，标题取自印发通知' : ''}`;
  return `${file}：${parts} 个部分，${items} 项重点工作，${plan.units.length} 个责任单位，${attachments} 个附件表格，${plan.headline.length} 个目标数字${notice}；整理时移除页码、页眉等 ${removed} 行，接续断行 ${joined} 处；校验通过。`;
}

function summarizeTasks(table: TaskTable, file: string): string {
  const years = table.years.length > 1 ? `${table.years[0]}—${table.years.at(-1)}` : `${table.years[0] ?? ''}`;
  return `${file}：${table.counties.length} 个县（市、区），${table.years.length} 个年度（${years}），校验通过。`;
}

/** Runs the validate command; returns the exit code (0 valid, 1 invalid, 2 wrong usage). */
export function runValidate(args: readonly string[], io: ValidateIo): number {
  const { config, issues: settings } = resolveConfig(io.env ?? process.env);
  let inputs: { planFile: string; tasksFile: string; dataDir: string | null };
  try {
    const parsed = parseCommandArgs('validate', USAGE, OPTIONS, args);
    if (parsed === null) {
      io.stdout(USAGE);
      return 0;
    }
    const at = (file: string) => (io.cwd === undefined ? file : path.resolve(io.cwd, file));
    const build = config;
    const dataDir = at(build.dataDir);
    const dataTasks = path.join(dataDir, 'tasks.csv');
    const planFile = at(parsed.values.plan ?? build.planFile);
    const tasksFile = parsed.values.tasks === undefined ? dataTasks : at(parsed.values.tasks);
    checkReadable(planFile, parsed.values.plan ?? planFile);
    // The data folder's own tasks.csv may be absent (a plan-only site): the pipeline says what that means.
    if (parsed.values.tasks !== undefined) checkReadable(tasksFile, parsed.values.tasks);
    // The data folder's own table is checked with its history, whichever way its path was written.
    inputs = isSameFile(tasksFile, dataTasks) ? { planFile, tasksFile: dataTasks, dataDir } : { planFile, tasksFile, dataDir: null };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(error.format());
    return 2;
  }

  const inspected = hasErrors(settings) ? { site: null, issues: [] } : inspectSite(inputs, { allowUnreleased: true, today: config.today });
  const { site } = inspected;
  const issues = [...settings, ...inspected.issues];
  for (const issue of issues) io.stderr(formatIssue(issue));

  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const warned = warnings > 0 ? `另有 ${warnings} 条警告（见上）。` : '';
  if (hasErrors(issues) || !site) {
    io.stdout(`校验未通过：${errors} 个错误。${warned}`);
    return 1;
  }
  io.stdout(summarizePlan(site.plan, inputs.planFile));
  io.stdout(site.tasks ? summarizeTasks(site.tasks, inputs.tasksFile) : `${inputs.tasksFile}：没有任务表，只发布方案全文；校验通过。`);
  if (warned) io.stdout(warned);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runValidate(process.argv.slice(2), {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
  });
}
