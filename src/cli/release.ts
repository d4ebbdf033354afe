/**
 * `npm run release -- --date YYYY-MM-DD --note "说明"`: records the edited data/tasks.csv as the
 * next published version. It validates the table first (the same checks as the build), refuses a
 * table identical to the latest release, then writes `data/releases/v<N>.csv` (UTF-8 with BOM,
 * CRLF) and appends a row to `data/releases.csv`. Nothing is written when anything is wrong.
 * Exit 0 when recorded, 1 when the data is not fit to release, 2 on wrong usage.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeTasksCsv } from '../lib/downloads/index.ts';
import { DataError, formatIssue, issueError, type Issue } from '../lib/errors.ts';
import { buildSite, sitePaths } from '../lib/load.ts';
import { formatTao } from '../lib/format.ts';
import { describeFigure, diffFigures, isEmptyDiff, mapTableFigures, summarizeDiff } from '../lib/releases/diff.ts';
import { isIsoDate, writeReleaseIndex } from '../lib/releases/index.ts';

const USAGE = '用法：npm run release -- --date 2024-06-30 --note "本次调整的内容和依据"';

export interface ReleaseIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

class UsageError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function parseArgs(args: readonly string[]): { date: string; note: string } {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (flag !== '--date' && flag !== '--note') throw new UsageError('E_USAGE_UNKNOWN_FLAG', `未知参数「${arg}」。${USAGE}`);
    const value = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError('E_USAGE_MISSING_ARGUMENT', `参数「${flag}」后缺少内容。${USAGE}`);
    values[flag.slice(2)] = value.trim();
  }
  if (!values.date) throw new UsageError('E_USAGE_MISSING_DATE', `缺少发布日期 --date。${USAGE}`);
  if (!isIsoDate(values.date)) throw new UsageError('E_USAGE_BAD_DATE', `日期「${values.date}」无效：请写成 2024-06-30 这样的格式。`);
  if (!values.note) throw new UsageError('E_USAGE_MISSING_NOTE', `缺少更新说明 --note：请写明本次调整的内容和依据。${USAGE}`);
  if (/[\r\n]/.test(values.note)) throw new UsageError('E_USAGE_BAD_NOTE', '更新说明请写在一行内。');
  return { date: values.date, note: values.note };
}

/** Writes a file by way of a temporary sibling, so a crash never leaves half a file. */
function writeAtomically(file: string, body: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, body);
  renameSync(tmp, file);
}

/** Runs the command; returns the exit code. */
export function runRelease(args: readonly string[], io: ReleaseIo): number {
  let request: { date: string; note: string };
  try {
    request = parseArgs(args);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`release: ${error.code} ${error.message}`);
      return 2;
    }
    throw error;
  }

  const { planFile, dataDir } = sitePaths();
  const indexFile = path.join(dataDir, 'releases.csv');
  const tasksFile = path.join(dataDir, 'tasks.csv');
  let site;
  try {
    site = buildSite(planFile, dataDir, { allowUnreleased: true });
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    for (const issue of error.issues) io.stderr(formatIssue(issue));
    io.stderr('未记录新版本：请先按上面的提示改正，再运行 npm run release。');
    return 1;
  }
  for (const warning of site.warnings.filter((w) => w.code !== 'W_UNRELEASED_CHANGES')) io.stderr(formatIssue(warning));

  const releases = [...site.releases].reverse();
  const latest = releases[releases.length - 1];
  const problems: Issue[] = [];
  const diff = latest ? diffFigures(mapTableFigures(latest.table), mapTableFigures(site.tasks)) : null;
  if (latest && diff && isEmptyDiff(diff)) {
    problems.push(issueError(tasksFile, 0, 0, 'E_RELEASE_NO_CHANGE', `任务表与最新版本 ${latest.version}（${latest.date}）完全相同，无需发布：请先修改 ${tasksFile} 并保存。`));
  }
  if (latest && request.date < latest.date) {
    problems.push(issueError(indexFile, 0, 0, 'E_RELEASE_DATE_ORDER', `发布日期 ${request.date} 早于最新版本 ${latest.version} 的 ${latest.date}：发布日期不能倒退。`));
  }
  if (problems.length > 0) {
    problems.forEach((p) => io.stderr(formatIssue(p)));
    return 1;
  }

  const version = `v${releases.length + 1}`;
  const releaseFile = path.join(dataDir, 'releases', `${version}.csv`);
  if (existsSync(releaseFile)) {
    io.stderr(formatIssue(issueError(releaseFile, 0, 0, 'E_RELEASE_EXISTS', `文件已存在：${releaseFile} 不在发布记录中，可能是上次发布中断留下的。请确认后删除它再重试。`)));
    return 1;
  }
  mkdirSync(path.dirname(releaseFile), { recursive: true });
  writeAtomically(releaseFile, writeTasksCsv(site.tasks));
  const entries = [...releases.map(({ version: v, date, note }) => ({ version: v, date, note })), { version, ...request }];
  writeAtomically(indexFile, writeReleaseIndex(entries));

  io.stdout(`已记录 ${version}（${request.date}）：${request.note}`);
  if (diff) {
    io.stdout(`与 ${latest?.version} 相比：${summarizeDiff(diff)}。`);
    for (const c of diff.changes) {
      const show = (v: number | null) => (v === null ? '（无）' : formatTao(v));
      io.stdout(`  ${c.county} ${describeFigure(c.year, c.indicator)} ${show(c.from)} → ${show(c.to)}`);
    }
  }
  io.stdout('下一步：运行 npm run build 生成网站，再把 dist/ 复制到网站服务器。');
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const code = runRelease(process.argv.slice(2), { stdout: (l) => console.log(l), stderr: (l) => console.error(l) });
  process.exit(code);
}

