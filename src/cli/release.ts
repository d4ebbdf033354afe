/**
 * `npm run release -- --date YYYY-MM-DD --note "说明"`: records the edited data/tasks.csv as the
 * next published version. It validates the table first (the same checks as the build), refuses a
 * table identical to the latest release, prints exactly what will be published (the version and
 * every changed figure) and asks for confirmation unless `--yes`; then writes
 * `data/releases/v<N>.csv` (UTF-8 with BOM, CRLF) and appends a row to `data/releases.csv`.
 * Nothing is written when anything is wrong or the answer is not yes. Exit 0 when recorded, 1 when
 * the data is not fit to release or the release was not confirmed, 2 on wrong usage.
 */
import { existsSync, mkdirSync, readSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeTasksCsv } from '../lib/downloads/index.ts';
import { DataError, formatIssue, issueError, type Issue } from '../lib/errors.ts';
import { buildSite, sitePaths } from '../lib/load.ts';
import { formatTao } from '../lib/format.ts';
import { figureLabel } from '../lib/grid.ts';
import { diffFigures, isEmptyDiff, mapTableFigures, summarizeDiff } from '../lib/releases/diff.ts';
import { isIsoDate, writeReleaseIndex } from '../lib/releases/index.ts';
import { parseCommandArgs, UsageError } from './support/args.ts';

const USAGE = '用法：npm run release -- --date 2024-06-30 --note "本次调整的内容和依据" [--yes]';

export interface ReleaseIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Asks the question and answers whether the person said yes; without it, nothing is confirmed. */
  confirm?: (question: string) => boolean;
}

const OPTIONS = {
  date: { type: 'string', value: '日期' },
  note: { type: 'string', value: '说明' },
  yes: { type: 'boolean' },
} as const;

/** `--date YYYY-MM-DD --note "说明" [--yes]`, date and note required; null for `--help`. */
function readRequest(args: readonly string[]): { date: string; note: string; yes: boolean } | null {
  const parsed = parseCommandArgs('release', USAGE, OPTIONS, args);
  if (parsed === null) return null;
  const usage = (code: string, message: string) => new UsageError('release', code, message);
  const date = parsed.values.date?.trim();
  const note = parsed.values.note?.trim();
  if (!date) throw usage('E_USAGE_MISSING_DATE', `缺少发布日期 --date。${USAGE}`);
  if (!isIsoDate(date)) throw usage('E_USAGE_BAD_DATE', `日期「${date}」无效：请写成 2024-06-30 这样的格式。`);
  if (!note) throw usage('E_USAGE_MISSING_NOTE', `缺少更新说明 --note：请写明本次调整的内容和依据。${USAGE}`);
  if (/[\r\n]/.test(note)) throw usage('E_USAGE_BAD_NOTE', '更新说明请写在一行内。');
  return { date, note, yes: parsed.values.yes === true };
}

/** Writes a file by way of a temporary sibling, so a crash never leaves half a file. */
function writeAtomically(file: string, body: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, body);
  renameSync(tmp, file);
}

/** Runs the command; returns the exit code. */
export function runRelease(args: readonly string[], io: ReleaseIo): number {
  let request: { date: string; note: string; yes: boolean } | null;
  try {
    request = readRequest(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(error.format());
    return 2;
  }
  if (request === null) {
    io.stdout(USAGE);
    return 0;
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
  io.stdout(`将记录 ${version}（${request.date}）：${request.note}`);
  if (diff) {
    io.stdout(`与 ${latest?.version} 相比：${summarizeDiff(diff)}。`);
    for (const c of diff.changes) {
      const show = (v: number | null) => (v === null ? '（无）' : formatTao(v));
      io.stdout(`  ${c.county} ${figureLabel(c.year, c.indicator)} ${show(c.from)} → ${show(c.to)}`);
    }
  } else {
    io.stdout(`首个版本：${site.tasks.counties.length} 个县（市、区）的全部数字。`);
  }
  if (!request.yes && !(io.confirm?.('确认发布以上内容？输入 y 并回车确认，其他任意键取消：') ?? false)) {
    io.stderr(`未确认，没有记录 ${version}，文件均未改动。确认无误后重新运行；在脚本中运行时请加 --yes。`);
    return 1;
  }

  mkdirSync(path.dirname(releaseFile), { recursive: true });
  writeAtomically(releaseFile, writeTasksCsv(site.tasks));
  const entries = [...releases.map(({ version: v, date, note }) => ({ version: v, date, note })), { version, date: request.date, note: request.note }];
  writeAtomically(indexFile, writeReleaseIndex(entries));

  io.stdout(`已记录 ${version}（${request.date}）。`);
  io.stdout('下一步：运行 npm run build 生成网站，再把 dist/ 复制到网站服务器。');
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const code = runRelease(process.argv.slice(2), { stdout: (l) => console.log(l), stderr: (l) => console.error(l), confirm: askOnTerminal });
  process.exit(code);
}


/** Asks on stdout and reads one line from standard input (a terminal or a pipe); end of input is no. */
function askOnTerminal(question: string): boolean {
  process.stdout.write(question);
  const buffer = Buffer.alloc(1);
  let line = '';
  try {
    while (readSync(0, buffer, 0, 1, null) === 1) {
      const ch = buffer.toString('latin1');
      if (ch === '\n') break;
      line += ch;
    }
  } catch {
    return false;
  }
  return /^\s*(y|yes|是)\s*$/i.test(Buffer.from(line, 'latin1').toString('utf8'));
}
