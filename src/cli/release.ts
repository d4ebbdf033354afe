/**
 * `npm run release -- --date YYYY-MM-DD --note "说明"`: records the edited data/tasks.csv as the
 * next published version. It takes the data folder's lock (`data/.release.lock`), validates the
 * table (the same checks as the build, the release history included), refuses a table identical
 * to the latest release and a date before it or after today (Asia/Shanghai), prints exactly what
 * will be published (the version and every changed figure) and asks for confirmation unless
 * `--yes`; then writes `data/releases/v<N>.csv`, adds the names it publishes for the first time to
 * `data/releases/slugs.csv`, and appends a chained, sealed row to `data/releases.csv` — each through
 * a temporary file and a rename, all taken back on any failure (see src/lib/releases/transaction.ts).
 *
 * `npm run release -- --migrate-index [--yes]` upgrades an index in the old three-column format,
 * recording the SHA-256 of each version's file as it is now, after showing them.
 *
 * Exit 0 when recorded, 1 when the data is not fit to release, the release was not confirmed or a
 * file could not be written, 2 on wrong usage.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeTasksCsv } from '../lib/downloads/index.ts';
import { resolveConfig, type ConfigEnv, type SiteConfig } from '../lib/config/index.ts';
import { DataError, formatIssue, hasErrors, issueError, type Issue } from '../lib/errors.ts';
import { formatTao } from '../lib/format.ts';
import { figureLabel } from '../lib/grid.ts';
import { buildSite, hasTaskTable, type Site } from '../lib/load/index.ts';
import { diffFigures, isEmptyDiff, mapTableFigures, summarizeDiff } from '../lib/releases/diff.ts';
import { isIsoDate } from '../lib/dates.ts';
import { sha256Hex, writeReleaseIndex, type ReleaseRecord } from '../lib/releases/index.ts';
import { CODES, MESSAGES } from '../lib/releases/messages.ts';
import { sealRelease } from '../lib/releases/seal.ts';
import { routes } from '../lib/site/paths.ts';
import { hashVersionSlugs, writeSlugRecord, type SlugRecord } from '../lib/releases/slugs.ts';
import { commitRelease, lockRelease, unlockRelease, type ReleaseFs, type ReleaseWrite } from '../lib/releases/transaction.ts';
import { assignStableSlugs } from '../lib/slug.ts';
import { normalizeName } from '../lib/names.ts';
import { CODES as CLI_CODES, MESSAGES as CLI_MESSAGES } from './messages.ts';
import { parseCommandArgs, UsageError } from './support/args.ts';

export type { ReleaseFs } from '../lib/releases/transaction.ts';

const USAGE = '用法：npm run release -- --date 2024-06-30 --note "本次调整的内容和依据" [--yes]';
const MIGRATE_USAGE = '用法：npm run release -- --migrate-index [--yes]';

export interface ReleaseIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Asks the question and answers whether the person said yes; without it, nothing is confirmed. */
  confirm?: (question: string) => boolean;
  /** Today in Asia/Shanghai, `YYYY-MM-DD`; default the settings' (`SITE_TODAY`, else the clock). Tests pin it. */
  today?: string;
  /** The environment the settings are read from (SITE_PLAN_FILE, SITE_DATA_DIR, SITE_TODAY); default the process's. */
  env?: ConfigEnv;
  /** The file operations; default {@link nodeReleaseFs}. Tests pass one that fails. */
  fs?: ReleaseFs;
  /** Whether a process id is alive (for a lock left behind); default asks the system. */
  isRunning?: (pid: number) => boolean;
}

const OPTIONS = {
  date: { type: 'string', value: '日期' },
  note: { type: 'string', value: '说明' },
  yes: { type: 'boolean' },
} as const;

const MIGRATE_OPTIONS = { 'migrate-index': { type: 'boolean' }, yes: { type: 'boolean' } } as const;

type Request = { kind: 'record'; date: string; note: string; yes: boolean } | { kind: 'migrate'; yes: boolean };

/** `--date YYYY-MM-DD --note "说明" [--yes]`, date and note required, or `--migrate-index [--yes]`; null for `--help`. */
function readRequest(args: readonly string[]): Request | null {
  if (args.some((a) => a === '--migrate-index' || a.startsWith('--migrate-index='))) {
    const parsed = parseCommandArgs('release', MIGRATE_USAGE, MIGRATE_OPTIONS, args);
    return parsed === null ? null : { kind: 'migrate', yes: parsed.values.yes === true };
  }
  const parsed = parseCommandArgs('release', USAGE, OPTIONS, args);
  if (parsed === null) return null;
  const usage = (code: string, message: string) => new UsageError('release', code, message);
  const date = parsed.values.date?.trim();
  const note = parsed.values.note?.trim();
  if (!date) throw usage(CLI_CODES.missingDate, CLI_MESSAGES.missingDate(USAGE));
  if (!isIsoDate(date)) throw usage(CLI_CODES.badDate, CLI_MESSAGES.badDate(date));
  if (!note) throw usage(CLI_CODES.missingNote, CLI_MESSAGES.missingNote(USAGE));
  if (/[\r\n]/.test(note)) throw usage(CLI_CODES.badNote, CLI_MESSAGES.badNote());
  return { kind: 'record', date, note, yes: parsed.values.yes === true };
}

/** The real file system: whole files, flushed to disk before they are renamed into place. */
export const nodeReleaseFs: ReleaseFs = {
  writeFile(file, body, options = {}) {
    const fd = openSync(file, options.exclusive ? 'wx' : 'w');
    try {
      writeSync(fd, Buffer.from(body, 'utf8'));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  },
  rename: (from, to) => renameSync(from, to),
  unlink: (file) => unlinkSync(file),
  mkdir: (dir) => mkdirSync(dir, { recursive: true }),
  rmdir: (dir) => rmdirSync(dir),
  readFile: (file) => readFileSync(file, 'utf8'),
  exists: (file) => existsSync(file),
  list: (dir) => (existsSync(dir) ? readdirSync(dir) : []),
};

/** Whether `pid` is a running process: signal 0 checks without sending anything. */
function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Runs the command; returns the exit code. */
export function runRelease(args: readonly string[], io: ReleaseIo): number {
  let request: Request | null;
  try {
    request = readRequest(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(error.format());
    return 2;
  }
  if (request === null) {
    io.stdout(args.includes('--migrate-index') ? MIGRATE_USAGE : USAGE);
    return 0;
  }

  const resolved = resolveConfig(io.env ?? process.env);
  // A date the caller pins stands for SITE_TODAY, which is then not read.
  const settings = resolved.issues.filter((i) => io.today === undefined || i.file !== 'SITE_TODAY');
  if (hasErrors(settings)) {
    settings.forEach((issue) => io.stderr(formatIssue(issue)));
    return 1;
  }
  const config: SiteConfig = { ...resolved.config, today: io.today ?? resolved.config.today };
  const { dataDir } = config;
  const fs = io.fs ?? nodeReleaseFs;
  // No data folder, no lock to take: the loader says what is missing.
  if (!fs.exists(dataDir)) {
    loadForRelease(io, config);
    return 1;
  }
  // One release at a time, from reading the data folder to writing it.
  const lock = lockRelease(dataDir, fs, process.pid, io.isRunning ?? isProcessRunning);
  for (const notice of lock.notices) io.stderr(formatIssue(notice));
  if (lock.issue) {
    io.stderr(formatIssue(lock.issue));
    return 1;
  }
  try {
    return request.kind === 'migrate' ? migrateIndex(request.yes, io, fs, config) : recordRelease(request, io, fs, config);
  } finally {
    unlockRelease(dataDir, fs);
  }
}

/** The site as the build would read it (changes not yet released allowed), or null after printing why not. */
function loadForRelease(io: ReleaseIo, config: SiteConfig, acceptLegacyIndex = false): Site | null {
  const { planFile, dataDir, today } = config;
  try {
    const site = buildSite(planFile, dataDir, { allowUnreleased: true, today, acceptLegacyIndex });
    if (hasTaskTable(site)) return site;
    io.stderr(`未记录新版本：数据目录「${dataDir}」中没有任务表 tasks.csv，没有可发布的数据（网站只发布方案全文）。要发布任务表，请先把它存为「${path.join(dataDir, 'tasks.csv')}」。`);
    return null;
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    for (const issue of error.issues) io.stderr(formatIssue(issue));
    io.stderr('未记录新版本：请先按上面的提示改正，再运行 npm run release。');
    return null;
  }
}

/** The log's rows as recorded, oldest first. */
function recordsOf(site: Site): ReleaseRecord[] {
  return [...site.releases].reverse().map(({ version, date, note, fileSha256, slugsSha256, previousSha256, rowSha256 }) => ({ version, date, note, fileSha256, slugsSha256, previousSha256, rowSha256 }));
}

function recordRelease(request: Extract<Request, { kind: 'record' }>, io: ReleaseIo, fs: ReleaseFs, config: SiteConfig): number {
  const { dataDir, today: now } = config;
  const indexFile = path.join(dataDir, 'releases.csv');
  const tasksFile = path.join(dataDir, 'tasks.csv');
  const site = loadForRelease(io, config);
  if (site === null) return 1;
  for (const warning of site.warnings.filter((w) => w.code !== CODES.unreleasedChanges)) io.stderr(formatIssue(warning));

  const releases = [...site.releases].reverse();
  const latest = releases[releases.length - 1];
  const problems: Issue[] = [];
  const diff = latest ? diffFigures(mapTableFigures(latest.table), mapTableFigures(site.tasks)) : null;
  if (latest && diff && isEmptyDiff(diff)) {
    problems.push(issueError(tasksFile, 0, 0, CODES.releaseNoChange, MESSAGES.releaseNoChange(latest.version, latest.date, tasksFile)));
  }
  if (latest && request.date < latest.date) {
    problems.push(issueError(indexFile, 0, 0, CODES.releaseDateOrder, MESSAGES.requestDateOrder(request.date, latest.version, latest.date)));
  }
  if (request.date > now) {
    problems.push(issueError(indexFile, 0, 0, CODES.releaseDateFuture, MESSAGES.requestDateFuture(request.date, now)));
  }
  if (problems.length > 0) {
    problems.forEach((p) => io.stderr(formatIssue(p)));
    return 1;
  }

  const version = `v${releases.length + 1}`;
  const releaseFile = path.join(dataDir, 'releases', `${version}.csv`);
  if (fs.exists(releaseFile)) {
    io.stderr(formatIssue(issueError(releaseFile, 0, 0, CODES.releaseExists, MESSAGES.releaseExists(releaseFile))));
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
  const published = new Set(site.publishedSlugs.map((r) => normalizeName(r.name)));
  const added = site.tasks.counties.filter((c) => !published.has(normalizeName(c.name))).map((c) => ({ name: c.name, slug: c.slug, version }));
  if (releases.length > 0 && added.length > 0) io.stdout(`新的网址：${added.map((a) => `${a.name} ${routes.county(a.slug)}`).join('、')}`);
  if (!request.yes && !(io.confirm?.('确认发布以上内容？输入 y 并回车确认，其他任意键取消：') ?? false)) {
    io.stderr(`未确认，没有记录 ${version}，文件均未改动。确认无误后重新运行；在脚本中运行时请加 --yes。`);
    return 1;
  }

  const table = writeTasksCsv(site.tasks);
  const slugs: SlugRecord[] = [...site.publishedSlugs.map(({ name, slug, version: v }) => ({ name, slug, version: v })), ...added];
  const records = recordsOf(site);
  const row = sealRelease({ version, date: request.date, note: request.note, fileSha256: sha256Hex(table), slugsSha256: hashVersionSlugs(slugs, version) }, records.at(-1) ?? null);
  const writes: ReleaseWrite[] = [
    { file: releaseFile, body: table },
    { file: path.join(dataDir, 'releases', 'slugs.csv'), body: writeSlugRecord(slugs) },
    { file: indexFile, body: writeReleaseIndex([...records, row]) },
  ];
  const failure = commitRelease(dataDir, version, writes, fs, process.pid);
  if (failure) {
    io.stderr(formatIssue(failure));
    return 1;
  }
  io.stdout(`已记录 ${version}（${request.date}）。`);
  io.stdout('下一步：运行 npm run build 生成网站，再把 dist/ 复制到网站服务器。');
  return 0;
}

/**
 * Upgrades an index in the old format: each row gets the SHA-256 of its table file as it is now,
 * the URLs each version first published (slugs assigned in history order, as the site assigned
 * them), and the chain. Shows every hash so they can be compared with the published site first.
 */
function migrateIndex(yes: boolean, io: ReleaseIo, fs: ReleaseFs, config: SiteConfig): number {
  const { dataDir } = config;
  const indexFile = path.join(dataDir, 'releases.csv');
  const site = loadForRelease(io, config, true);
  if (site === null) return 1;
  if (site.releaseIndex !== 'legacy') {
    io.stderr(formatIssue(issueError(indexFile, 1, 1, CODES.releaseIndexCurrent, MESSAGES.releaseIndexCurrent(indexFile))));
    return 1;
  }
  const history = [...site.releases].reverse();
  const slugs: SlugRecord[] = [];
  const records: ReleaseRecord[] = [];
  io.stdout(`将把 ${indexFile} 升级为新格式，并记下各版本文件现在的 SHA-256：`);
  for (const release of history) {
    const names = release.table.counties.map((c) => c.name);
    const assigned = assignStableSlugs(names, slugs);
    const known = new Set(slugs.map((s) => normalizeName(s.name)));
    for (const name of names) if (!known.has(normalizeName(name))) slugs.push({ name, slug: assigned.get(name) ?? '', version: release.version });
    const { version, date, note, fileSha256 } = release;
    records.push(sealRelease({ version, date, note, fileSha256, slugsSha256: hashVersionSlugs(slugs, version) }, records.at(-1) ?? null));
    io.stdout(`  ${version} ${path.join(dataDir, 'releases', `${version}.csv`)} SHA-256 ${fileSha256}`);
  }
  io.stdout('请先核对：这些值应与已发布网站 data/SHA256SUMS 中 releases/v1/tasks.csv 等行相同。');
  if (!yes && !(io.confirm?.('确认升级？输入 y 并回车确认，其他任意键取消：') ?? false)) {
    io.stderr(`未确认，${indexFile} 没有改动。核对无误后重新运行；在脚本中运行时请加 --yes。`);
    return 1;
  }
  const writes: ReleaseWrite[] = [
    { file: path.join(dataDir, 'releases', 'slugs.csv'), body: writeSlugRecord(slugs) },
    { file: indexFile, body: writeReleaseIndex(records) },
  ];
  const failure = commitRelease(dataDir, null, writes, fs, process.pid);
  if (failure) {
    io.stderr(formatIssue(failure));
    return 1;
  }
  io.stdout(`已升级 ${indexFile}（${records.length} 个版本）。`);
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
