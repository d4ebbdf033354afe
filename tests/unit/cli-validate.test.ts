import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runValidate } from '../../src/cli/validate.ts';
import { copyInputs } from '../helpers/project.ts';

/**
 * A project folder holding the seed and data/ as first published (tests/fixtures/site/issued):
 * the commands' defaults are checked there, never against data/, which changes with every release.
 */
const ISSUED = copyInputs('validate-issued-');

/** Runs `npm run validate` with `args` in `cwd` (default the project), its settings from `env` alone. */
function run(args: string[], cwd?: string, env: Record<string, string> = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = runValidate(args, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l), env: { SITE_TODAY: '2026-12-31', ...env }, ...(cwd ? { cwd } : {}) });
  return { code, stdout, stderr };
}

const USAGE = '用法：npm run validate [-- --tasks 任务表.csv] [--plan 方案.txt]';
const SEVERAL = 'tests/fixtures/tasks/rejected/several-problems.csv';
const SEVERAL_LINES = [
  `${SEVERAL}:3:4: E_NOT_INTEGER [Excel D3] 「2023年开工」应为非负整数，实际为「约2313」：请只填写阿拉伯数字，如 3800。`,
  `${SEVERAL}:9:1: E_EMPTY_COUNTY [Excel A9] 县（市、区）名称为空：请填写县（市、区）名称。`,
  `${SEVERAL}:22:5: E_NOT_INTEGER [Excel E22] 「2023年基本建成」应为非负整数，实际为「-5」：请只填写阿拉伯数字，如 3800。`,
];

describe('runValidate', () => {
  it('runValidate with no arguments checks the seed plan and data/tasks.csv and passes', () => {
    expect(run([], ISSUED)).toEqual({
      code: 0,
      stdout: [
        `${ISSUED}/seeds/000_37d43cbaf8be4606.txt：4 个部分，12 项重点工作，18 个责任单位，1 个附件表格，6 个目标数字；整理时移除页码、页眉等 0 行，接续断行 3 处；校验通过。`,
        `${ISSUED}/data/tasks.csv：20 个县（市、区），2 个年度（2023—2024），校验通过。`,
      ],
      stderr: [],
    });
  });

  it('runValidate --tasks FILE prints every error as FILE:LINE:COLUMN: CODE message and exits 1', () => {
    expect(run(['--tasks', SEVERAL])).toEqual({ code: 1, stdout: ['校验未通过：3 个错误。'], stderr: SEVERAL_LINES });
  });

  it('runValidate accepts --tasks=FILE and --plan FILE', () => {
    const result = run(['--plan', 'seeds/000_37d43cbaf8be4606.txt', '--tasks=tests/fixtures/tasks/accepted/gbk-excel-export.csv']);
    expect(result.code).toBe(0);
    expect(result.stdout[1]).toBe('tests/fixtures/tasks/accepted/gbk-excel-export.csv：20 个县（市、区），2 个年度（2023—2024），校验通过。');
  });

  it('runValidate prints what it found in a plan of the genre: parts, items, units, attachments, the notice, lines removed and joined', () => {
    const tasks = 'tests/fixtures/tasks/accepted/gbk-excel-export.csv';
    const debris = run(['--plan', 'tests/fixtures/plan/page-debris.txt', '--tasks', tasks]);
    expect(debris.stdout[0]).toBe(
      'tests/fixtures/plan/page-debris.txt：3 个部分，2 项重点工作，5 个责任单位，0 个附件表格，0 个目标数字；整理时移除页码、页眉等 5 行，接续断行 2 处；校验通过。',
    );
    const notice = run(['--plan', 'tests/fixtures/plan/notice-wrapper.txt', '--tasks', tasks]);
    expect(notice.stdout[0]).toBe(
      'tests/fixtures/plan/notice-wrapper.txt：3 个部分，2 项重点工作，4 个责任单位，0 个附件表格，0 个目标数字，含印发通知；整理时移除页码、页眉等 2 行，接续断行 2 处；校验通过。',
    );
    expect(notice.stderr.map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual([
      'tests/fixtures/plan/notice-wrapper.txt:1:1: warning W_PLAN_WEB_DEBRIS',
      'tests/fixtures/plan/notice-wrapper.txt:2:1: warning W_PLAN_WEB_DEBRIS',
    ]);
    const planOnly = { SITE_DATA_DIR: 'tests/fixtures/site/plan-only' };
    {
      const signed = run(['--plan', 'tests/fixtures/plan/direct-issue-signed.txt'], undefined, planOnly);
      expect(signed.stdout[0]).toBe(
        'tests/fixtures/plan/direct-issue-signed.txt：3 个部分，4 项重点工作，8 个责任单位，1 个附件表格，0 个目标数字，含方案自身的文号和落款；整理时移除页码、页眉等 0 行，接续断行 0 处；校验通过。',
      );
      const untitled = run(['--plan', 'tests/fixtures/plan/notice-names-untitled-plan.txt'], undefined, planOnly);
      expect(untitled.stdout[0]).toContain('含印发通知，标题取自印发通知；');
      expect(untitled.stderr[0]).toMatch(/^tests\/fixtures\/plan\/notice-names-untitled-plan\.txt:4:1: warning W_PLAN_TITLE_FROM_NOTICE /);
    }
    // Its target tables are of other places than the task table's: checked as a plan-only site.
    const tables = run(['--plan', 'tests/fixtures/plan/attachment-several-tables.txt'], undefined, planOnly);
    expect(tables.stdout[0]).toBe(
      'tests/fixtures/plan/attachment-several-tables.txt：2 个部分，2 项重点工作，4 个责任单位，4 个附件表格，0 个目标数字；整理时移除页码、页眉等 0 行，接续断行 1 处；校验通过。',
    );
    const unread = run(['--plan', 'tests/fixtures/plan/heading-unread.txt', '--tasks', tasks]);
    expect(unread.stderr.map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual(['tests/fixtures/plan/heading-unread.txt:19:1: warning W_PLAN_HEADING_UNREAD']);
  });

  it('runValidate prints warnings marked as such and still exits 0', () => {
    const result = run(['--tasks', 'tests/fixtures/site/two-releases/tasks.csv']);
    expect(result.code).toBe(0);
    expect(result.stderr.map((l) => l.split(' ').slice(0, 4).join(' '))).toEqual([
      'tests/fixtures/site/two-releases/tasks.csv:2:2: warning W_HEADLINE_MISMATCH [Excel',
      'tests/fixtures/site/two-releases/tasks.csv:3:2: warning W_DIFFERS_FROM_ISSUED [Excel',
      'tests/fixtures/site/two-releases/tasks.csv:3:6: warning W_DIFFERS_FROM_ISSUED [Excel',
    ]);
    expect(result.stderr[0]).toBe(
      'tests/fixtures/site/two-releases/tasks.csv:2:2: warning W_HEADLINE_MISMATCH [Excel B2] 表中「合计开工」全市合计为 45424 套，与方案正文第 13 行的「4.53万套」相差 124 套，超出正文 0.01 万套的精度。如是有意调整：无需改动方案正文，网站首页会在正文数字旁注明现在的数字，请在 npm run release 的 --note 说明中写明调整依据；如不是，请核对该列各县（市、区）的数字。',
    );
    expect(result.stdout.at(-1)).toBe('另有 3 条警告（见上）。');
  });

  it('runValidate refuses a table that belongs to another plan, naming both files and what differs, and exits 1', () => {
    const result = run(['--tasks', 'tests/fixtures/tasks/accepted/years-2025-2026.csv']);
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([
      'tests/fixtures/tasks/accepted/years-2025-2026.csv:0:0: E_TABLE_NOT_OF_PLAN 任务表「tests/fixtures/tasks/accepted/years-2025-2026.csv」与方案「seeds/000_37d43cbaf8be4606.txt」的附件1-1（方案第 55 行起）不是同一份表：附件1-1列有 20 个县（市、区），任务表有 2 个，两者共有的只有 0 个（任务表中的「甲县」「乙区」等不在附件1-1中，附件1-1中的「章贡区」「赣州经开区」「赣州蓉江新区」等不在任务表中）；附件1-1的年度为 2023、2024 年，任务表的年度为 2025、2026 年。请确认两者属于同一方案：换方案时，方案原文和任务表要一起换；如确是本方案的任务表，请对照附件1-1核对县（市、区）名称、年度和数字。',
    ]);
    expect(result.stdout).toEqual(['校验未通过：1 个错误。']);
  });

  it('runValidate checks a plan-only data folder: the plan, and a warning that no table is published', () => {
    const result = run([], undefined, { SITE_PLAN_FILE: 'tests/fixtures/plan/unit-roles-deadlines.txt', SITE_DATA_DIR: 'tests/fixtures/site/plan-only' });
    expect(result.code).toBe(0);
    expect(result.stderr.filter((l) => l.includes('W_NO_TASK_TABLE'))).toEqual([
      'tests/fixtures/site/plan-only/tasks.csv:0:0: warning W_NO_TASK_TABLE 没有任务表「tests/fixtures/site/plan-only/tasks.csv」：本次只发布方案全文（各部分、重点工作、责任单位和文本下载），网站会写明未发布任务表，没有县（市、区）页面和图表。如要发布任务表，请把它存为 tests/fixtures/site/plan-only/tasks.csv 后重新运行。',
    ]);
    expect(result.stdout.at(-2)).toBe('tests/fixtures/site/plan-only/tasks.csv：没有任务表，只发布方案全文；校验通过。');
  });

  it('runValidate reports a plan that is not a plan and exits 1', () => {
    const result = run(['--plan', 'tests/fixtures/tasks/accepted/utf8-no-bom-lf.csv']);
    expect(result.code).toBe(1);
    expect(result.stderr.length).toBeGreaterThan(0);
    expect(result.stderr.every((l) => l.startsWith('tests/fixtures/tasks/accepted/utf8-no-bom-lf.csv:'))).toBe(true);
  });

  it.each<[string, string[], string]>([
    ['an unknown flag', ['--csv', 'x'], `validate: E_USAGE_UNKNOWN_FLAG 未知参数「--csv」：只支持 --tasks 和 --plan。${USAGE}`],
    ['a flag without its file', ['--tasks'], `validate: E_USAGE_MISSING_ARGUMENT 参数「--tasks」后缺少文件名。${USAGE}`],
    ['a flag followed by another flag', ['--plan', '--tasks', 'x.csv'], `validate: E_USAGE_MISSING_ARGUMENT 参数「--plan」后缺少文件名。${USAGE}`],
    ['a stray argument', ['data/tasks.csv'], `validate: E_USAGE_UNEXPECTED_ARGUMENT 多余的参数「data/tasks.csv」：值要跟在参数名之后，如 --tasks data/tasks.csv。${USAGE}`],
    ['a repeated flag', ['--tasks', 'a.csv', '--tasks', 'b.csv'], `validate: E_USAGE_REPEATED_FLAG 参数「--tasks」给了两次：每个参数只能给一次。${USAGE}`],
    ['a file that does not exist', ['--tasks', 'data/nope.csv'], 'data/nope.csv:0:0: E_USAGE_FILE_NOT_FOUND 找不到文件「data/nope.csv」：请检查路径和文件名。'],
    ['a directory', ['--tasks', 'data'], 'data:0:0: E_USAGE_FILE_UNREADABLE 无法读取文件「data」（EISDIR）：请确认它是一个普通文件。'],
  ])('runValidate exits 2 on %s', (_what, args, line) => {
    expect(run(args)).toEqual({ code: 2, stdout: [], stderr: [line] });
  });

  it('runValidate --help and -h print the usage and exit 0', () => {
    expect(run(['--help'])).toEqual({ code: 0, stdout: [USAGE], stderr: [] });
    expect(run(['-h'])).toEqual({ code: 0, stdout: [USAGE], stderr: [] });
  });
});

describe('npm run validate (spawned: the one run of the command itself)', () => {
  it('the validate command exits 1 and writes one line per problem on stderr, the summary on stdout', () => {
    const result = spawnSync('node_modules/.bin/tsx', ['src/cli/validate.ts', '--tasks', SEVERAL], { encoding: 'utf-8' });
    expect(result.status).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toEqual(SEVERAL_LINES);
    expect(result.stdout).toBe('校验未通过：3 个错误。\n');
  });

  it('runValidate exits 0 on data/ as first published, with no line on stderr', () => {
    const result = run([], ISSUED);
    expect(result.code).toBe(0);
    expect(result.stderr).toEqual([]);
  });
});

describe('runValidate checks what the build would publish', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** A copy of the project's inputs: seeds/ and, as data/, the issued fixture with `edit` applied. */
  function project(edit: (data: string) => void = () => undefined): string {
    const root = copyInputs('validate-inputs-');
    dirs.push(root);
    edit(path.join(root, 'data'));
    return root;
  }

  /** A release file that no longer matches the log: caught only by the data-folder checks. */
  const tamper = (data: string) => {
    const file = path.join(data, 'releases', 'v1.csv');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('章贡区,3800,1704,2313,672,1487,1032', '章贡区,3800,1704,2312,672,1488,1032')
        .replace('合计,45311,20600,29951,8700,15360,11900', '合计,45311,20600,29950,8700,15361,11900'),
    );
  };

  function runIn(cwd: string, args: string[]) {
    const lines: string[] = [];
    const code = runValidate(args, { stdout: (l) => lines.push(l), stderr: (l) => lines.push(l), cwd, env: { SITE_TODAY: '2026-12-31' } });
    return { code, lines };
  }

  it('reads SITE_DATA_DIR and SITE_PLAN_FILE like the build', () => {
    const result = run([], undefined, { SITE_PLAN_FILE: 'tests/fixtures/plan/other-city-three-years.txt', SITE_DATA_DIR: 'tests/fixtures/site/other-city' });
    expect(result.code).toBe(0);
    expect(result.stdout[0]).toMatch(/^tests\/fixtures\/plan\/other-city-three-years\.txt：/);
    expect(result.stdout[1]).toMatch(/^tests\/fixtures\/site\/other-city\/tasks\.csv：4 个县（市、区），3 个年度/);
  });

  it('fails on a SITE_DATA_DIR whose table has an error, though data/ is fine', () => {
    const root = project((data) => cpSync('tests/fixtures/tasks/rejected/not-integer-approx.csv', path.join(data, 'tasks.csv')));
    const result = run([], undefined, { SITE_DATA_DIR: path.join(root, 'data') });
    expect(result.code).toBe(1);
    expect(result.stderr.some((l) => l.includes('E_NOT_INTEGER'))).toBe(true);
  });

  it.each([['./data/tasks.csv'], ['data//tasks.csv'], ['ABSOLUTE']])('runs the release-history checks for --tasks %s, the data folder’s own table', (given) => {
    const root = project(tamper);
    const tasks = given === 'ABSOLUTE' ? path.join(root, 'data', 'tasks.csv') : given;
    const result = runIn(root, ['--tasks', tasks]);
    expect(result.code).toBe(1);
    expect(result.lines.some((l) => l.includes('E_RELEASE_FILE_CHANGED'))).toBe(true);
  });

  it('runs the release-history checks with no arguments, in the given folder', () => {
    expect(runIn(project(), []).code).toBe(0);
    expect(runIn(project(tamper), []).lines.some((l) => l.includes('E_RELEASE_FILE_CHANGED'))).toBe(true);
  });

  it('checks another table on its own, without the data folder’s history', () => {
    const root = project(tamper);
    cpSync(path.join(root, 'data', 'tasks.csv'), path.join(root, 'other.csv'));
    expect(runIn(root, ['--tasks', 'other.csv']).code).toBe(0);
  });
});
