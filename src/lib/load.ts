/**
 * The only place that reads the site's input files. Runs the whole pipeline once
 * (load → parse → validate → derive), memoised, and either returns a finished {@link Site} or
 * throws one {@link DataError} listing every problem in every file.
 *
 * Inputs default to `seeds/000_37d43cbaf8be4606.txt` and `data/`; `SITE_PLAN_FILE` and
 * `SITE_DATA_DIR` redirect them (benchmarks and tests build synthetic sites that way).
 */
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import path from 'node:path';
import { DataError, hasErrors, issueError, issueWarning, type Issue } from './errors.ts';
import { describeSite, type SiteFacts } from './facts.ts';
import { emptyPlanMeta, fillFromText, parsePlanMeta, type PlanMeta, type TextFact } from './meta/index.ts';
import { MAX_PLAN_BYTES } from './plan/decode.ts';
import { CODES as PLAN_CODES, MESSAGES as PLAN_MESSAGES } from './plan/messages.ts';
import { parsePlan } from './plan/index.ts';
import type { Notice, Plan } from './plan/types.ts';
import { diffFigures, isEmptyDiff, mapAttachmentFigures, mapTableFigures, summarizeDiff, type TableDiff } from './releases/diff.ts';
import { isIsoDate, parseReleaseIndex, releasesDirOf, sha256Hex, todayInShanghai, type ReleaseEntry } from './releases/index.ts';
import { findUnlistedFiles, verifyReleaseLog } from './releases/log.ts';
import { CODES as RELEASE_CODES, MESSAGES as RELEASE_MESSAGES } from './releases/messages.ts';
import { parseSlugRecord, type SlugRecordRow } from './releases/slugs.ts';
import { assignStableSlugs } from './slug.ts';
import { decodeTable, MAX_CSV_BYTES } from './tasks/decode.ts';
import { crossCheckTasks, deriveTasks, readTasks, type DerivedTasks } from './tasks/index.ts';
import { checkPairing, pairAttachment } from './tasks/pairing.ts';
import { nameAttachment } from './plan/label.ts';
import { CODES as TASK_CODES, MESSAGES as TASK_MESSAGES } from './tasks/messages.ts';
import type { TaskTable } from './tasks/types.ts';

export const DEFAULT_PLAN_FILE = 'seeds/000_37d43cbaf8be4606.txt';
export const DEFAULT_DATA_DIR = 'data';
export const DEFAULT_TASKS_FILE = `${DEFAULT_DATA_DIR}/tasks.csv`;

/** A published version of the table with what changed against the one before. */
export interface Release extends ReleaseEntry {
  table: TaskTable;
  /** Against the previous release; null for the first. */
  diff: TableDiff | null;
}

/** What every site has: the plan, its metadata and what the site says about itself. */
interface SiteBase {
  planFile: string;
  planBytes: Uint8Array;
  plan: Plan;
  meta: PlanMeta;
  /** What the site says about itself, settled once from the plan and the metadata. */
  facts: SiteFacts;
  /** Newest first. Empty for a plan-only site, and for synthetic data folders that keep no release index. */
  releases: Release[];
  /** `current` for a verified log; `legacy` only when read with `acceptLegacyIndex`; `none` without an index. */
  releaseIndex: 'none' | 'legacy' | 'current';
  /** Every county name published so far with its slug (data/releases/slugs.csv); empty without releases. */
  publishedSlugs: SlugRecordRow[];
  warnings: Issue[];
}

/** A site with its task table: the plan, the table, its derived figures and its releases. */
export interface Site extends SiteBase {
  tasksFile: string;
  tasks: TaskTable;
  derived: DerivedTasks;
  /** Today's figures against attachment 1-1 as issued (empty when nothing was adjusted). */
  adjustments: TableDiff;
}

/**
 * A site without a task table (the data folder has no tasks.csv and has never published one):
 * the plan's text, parts, items and units, and the text downloads; no county, chart or table.
 */
export interface PlanOnlySite extends SiteBase {
  tasksFile: null;
  tasks: null;
  derived: null;
  adjustments: null;
}

/** Either kind of site; {@link hasTaskTable} tells them apart. */
export type AnySite = Site | PlanOnlySite;

/** True for a site that publishes a task table. */
export function hasTaskTable(site: AnySite): site is Site {
  return site.tasks !== null;
}

/** Where the inputs are read from, as paths relative to the working directory when possible. */
export function sitePaths(): { planFile: string; dataDir: string } {
  return {
    planFile: process.env.SITE_PLAN_FILE || DEFAULT_PLAN_FILE,
    dataDir: (process.env.SITE_DATA_DIR || DEFAULT_DATA_DIR).replace(/\/+$/, ''),
  };
}

/** The largest file a reader takes, and the issue (at line 0) for a larger one. */
interface SizeLimit {
  maxBytes: number;
  tooLarge: (file: string, size: number) => Issue;
}

/** Every CSV of the data folder (tasks.csv, releases, plan-meta.csv): 10 MB, see tasks/decode.ts. */
const CSV_LIMIT: SizeLimit = {
  maxBytes: MAX_CSV_BYTES,
  tooLarge: (file, size) => issueError(file, 0, 0, TASK_CODES.fileTooLarge, TASK_MESSAGES.fileTooLarge(size, MAX_CSV_BYTES)),
};
/** The plan text: 20 MB, see plan/decode.ts. */
const PLAN_LIMIT: SizeLimit = {
  maxBytes: MAX_PLAN_BYTES,
  tooLarge: (file, size) => issueError(file, 0, 0, PLAN_CODES.planTooLarge, PLAN_MESSAGES.planTooLarge(size, MAX_PLAN_BYTES)),
};

/**
 * A file's bytes, or null with the limit's issue when it is larger: the size is checked (fstat)
 * before reading, and at most one byte past the limit is ever read, so neither a 1 GiB file nor
 * one that grows while read, or a device without end, is taken into memory.
 */
function readWithin(file: string, limit: SizeLimit, issues: Issue[]): Uint8Array | null {
  const fd = openSync(file, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > limit.maxBytes) {
      issues.push(limit.tooLarge(file, size));
      return null;
    }
    // Read to the end, but never past one byte over the limit: the file may have grown since
    // fstat, or be a pipe or device that reports no size.
    const chunks: Uint8Array[] = [];
    let length = 0;
    while (length <= limit.maxBytes) {
      const chunk = new Uint8Array(Math.min(limit.maxBytes + 1 - length, Math.max(size + 1 - length, 1 << 16)));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      length += n;
    }
    if (length > limit.maxBytes) {
      issues.push(limit.tooLarge(file, length));
      return null;
    }
    const bytes = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/**
 * The file's bytes, or null with an error issue when it is not there (code and message given) or
 * larger than `limit` (a CSV's 10 MB unless told).
 */
function readBytes(file: string, issues: Issue[], code: string, message: string, limit: SizeLimit = CSV_LIMIT): Uint8Array | null {
  if (!existsSync(file)) {
    issues.push(issueError(file, 0, 0, code, message));
    return null;
  }
  return readWithin(file, limit, issues);
}

/** A CSV file of the data folder as text; null when it is too large or cannot be decoded (issues pushed). */
function readText(file: string, issues: Issue[]): string | null {
  const bytes = readWithin(file, CSV_LIMIT, issues);
  if (bytes === null) return null;
  const { decoded, issues: found } = decodeTable(bytes, file);
  pushAll(issues, found);
  return decoded?.text ?? null;
}

/** Appends without spreading, so that a file with a very large number of issues cannot overflow the stack. */
function pushAll(issues: Issue[], more: readonly Issue[]): void {
  for (const issue of more) issues.push(issue);
}

/** Options of {@link buildSite}. */
export interface BuildSiteOptions {
  /**
   * Whether a table that differs from the latest release is acceptable: yes for validating and
   * recording a release (a warning), no for building the site (an error).
   */
  allowUnreleased?: boolean;
  /** Today in Asia/Shanghai, `YYYY-MM-DD`: a release dated later is refused. Default {@link resolveToday}. */
  today?: string;
  /**
   * Only for `npm run release -- --migrate-index`: read an index in the old three-column format
   * without the error, each row given the SHA-256 of its table file as it is now.
   */
  acceptLegacyIndex?: boolean;
}

/**
 * Today for the release checks: `given` when a caller pins it, else `SITE_TODAY` (tests and
 * builds of fixtures pin the clock with it), else the clock in Asia/Shanghai. A `SITE_TODAY` that
 * is not a date is an error (pushed to `issues`), never silently ignored.
 */
export function resolveToday(given: string | undefined, issues: Issue[], now: Date = new Date()): string {
  if (given !== undefined) return given;
  const pinned = process.env.SITE_TODAY;
  if (pinned === undefined || pinned === '') return todayInShanghai(now);
  if (isIsoDate(pinned)) return pinned;
  issues.push(issueError('SITE_TODAY', 0, 0, RELEASE_CODES.releaseToday, RELEASE_MESSAGES.releaseToday(pinned)));
  return todayInShanghai(now);
}

/** File names in a folder; none when it is not there. */
function listFolder(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** The data folder's release history: every version's table, verified against the log, and the URLs published so far. */
interface ReleaseHistory {
  index: Site['releaseIndex'];
  releases: Release[];
  /** null when the folder keeps no verifiable log (none at all, or an index in the old format). */
  slugs: SlugRecordRow[] | null;
}

function loadReleases(dataDir: string, issues: Issue[], today: string, options: BuildSiteOptions): ReleaseHistory {
  const indexFile = path.join(dataDir, 'releases.csv');
  const releasesDir = releasesDirOf(indexFile);
  if (!existsSync(indexFile)) {
    issues.push(issueWarning(indexFile, 0, 0, RELEASE_CODES.noReleases, RELEASE_MESSAGES.noReleases(indexFile)));
    // Version files without an index: the whole log was removed, not never kept.
    pushAll(issues, findUnlistedFiles(listFolder(releasesDir), [], releasesDir, indexFile));
    return { index: 'none', releases: [], slugs: null };
  }
  const text = readText(indexFile, issues);
  if (text === null) return { index: 'current', releases: [], slugs: null };
  const { entries, issues: indexIssues, legacy } = parseReleaseIndex(text, indexFile, { today });
  const upgrading = legacy && options.acceptLegacyIndex === true;
  pushAll(issues, upgrading ? indexIssues.filter((i) => i.code !== RELEASE_CODES.releaseIndexLegacy) : indexIssues);

  const files = new Map<string, Uint8Array>();
  const tables = new Map<string, TaskTable>();
  const releases: Release[] = [];
  for (const entry of entries) {
    const file = path.join(releasesDir, `${entry.version}.csv`);
    const bytes = readBytes(file, issues, RELEASE_CODES.releaseFile, RELEASE_MESSAGES.releaseFile(file, entry.line, entry.version, dataDir));
    if (!bytes) continue;
    files.set(entry.version, bytes);
    const read = readTasks(bytes, file);
    pushAll(issues, read.issues.filter((i) => i.severity === 'error'));
    if (!read.table) continue;
    tables.set(entry.version, read.table);
    const previous = releases[releases.length - 1];
    const diff = previous ? diffFigures(mapTableFigures(previous.table), mapTableFigures(read.table)) : null;
    releases.push({ ...entry, ...(upgrading ? { fileSha256: sha256Hex(bytes) } : {}), table: read.table, diff });
  }
  if (legacy) return { index: 'legacy', releases, slugs: null };

  const slugsFile = path.join(releasesDir, 'slugs.csv');
  const slugText = existsSync(slugsFile) ? readText(slugsFile, issues) : null;
  const record = slugText === null ? null : parseSlugRecord(slugText, slugsFile);
  if (record) pushAll(issues, record.issues);
  const slugs = record ? { file: slugsFile, rows: record.rows } : null;
  pushAll(issues, verifyReleaseLog({ indexFile, entries, releasesDir, listing: listFolder(releasesDir), files, tables, slugs }));
  return { index: 'current', releases, slugs: record?.rows ?? [] };
}

/** A table with every county's slug as published (see assignStableSlugs). */
function withPublishedSlugs(table: TaskTable, published: readonly SlugRecordRow[]): TaskTable {
  const slugs = assignStableSlugs(table.counties.map((c) => c.name), published);
  return { ...table, counties: table.counties.map((c) => ({ ...c, slug: slugs.get(c.name) ?? c.slug })) };
}

/** Warns (validating, releasing) or stops (building) when `current` differs from the latest release. */
function checkUnreleased(dataDir: string, latest: Release | undefined, current: TaskTable | null, issues: Issue[], options: BuildSiteOptions): void {
  if (!latest || !current) return;
  const pending = diffFigures(mapTableFigures(latest.table), mapTableFigures(current));
  if (isEmptyDiff(pending)) return;
  const file = path.join(dataDir, 'tasks.csv');
  const summary = summarizeDiff(pending);
  issues.push(
    options.allowUnreleased
      ? issueWarning(file, 0, 0, RELEASE_CODES.unreleasedChanges, RELEASE_MESSAGES.unreleasedChanges(latest.version, latest.date, summary))
      : issueError(file, 0, 0, RELEASE_CODES.unreleasedChangesBlocking, RELEASE_MESSAGES.unreleasedChangesBlocking(latest.version, latest.date, summary)),
  );
}

function loadMeta(dataDir: string, issues: Issue[]): PlanMeta {
  const file = path.join(dataDir, 'plan-meta.csv');
  if (!existsSync(file)) return emptyPlanMeta();
  const text = readText(file, issues);
  if (text === null) return emptyPlanMeta();
  const { meta, issues: metaIssues } = parsePlanMeta(text, file);
  pushAll(issues, metaIssues);
  return meta;
}

/** What {@link inspectSite} reads. */
export interface SiteInputs {
  planFile: string;
  /**
   * The data folder: its tasks.csv, metadata and release history. null checks `tasksFile` on its
   * own (`npm run validate -- --tasks other.csv`), without any data folder.
   */
  dataDir: string | null;
  /** The task table when `dataDir` is null. */
  tasksFile?: string;
}

/**
 * True when the data folder exists, has no tasks.csv and has never published one (no release index, no
 * release files): the site is the plan alone. A folder that once published a table must keep it.
 */
function isPlanOnlyFolder(dataDir: string): boolean {
  const indexFile = path.join(dataDir, 'releases.csv');
  // A folder that is not there at all is a wrong path, not a plan without a table.
  return existsSync(dataDir) && !existsSync(path.join(dataDir, 'tasks.csv')) && !existsSync(indexFile) && listFolder(releasesDirOf(indexFile)).length === 0;
}

/** The task table's bytes; when the file is missing, the error says whether a published table was removed. */
function readTasksBytes(tasksFile: string, history: ReleaseHistory, dataDir: string | null, issues: Issue[]): Uint8Array | null {
  const latest = history.releases.at(-1);
  if (!existsSync(tasksFile) && latest && dataDir !== null) {
    const latestFile = path.join(releasesDirOf(path.join(dataDir, 'releases.csv')), `${latest.version}.csv`);
    const message = TASK_MESSAGES.tasksMissingPublished(tasksFile, path.join(dataDir, 'releases.csv'), latestFile);
    issues.push(issueError(tasksFile, 0, 0, TASK_CODES.tasksMissing, message));
    return null;
  }
  return readBytes(tasksFile, issues, TASK_CODES.tasksMissing, TASK_MESSAGES.tasksMissing(tasksFile));
}

/**
 * Runs the pipeline on the given inputs (not memoised): the site, or null with every issue found.
 * `npm run build` (through {@link buildSite}) and `npm run validate` both run exactly this.
 * A data folder without a task table that never published one gives a {@link PlanOnlySite}, with
 * a warning that says so; a table that belongs to another document than the plan is an error.
 */
export function inspectSite(inputs: SiteInputs, options: BuildSiteOptions = {}): { site: AnySite | null; issues: Issue[] } {
  const { planFile, dataDir } = inputs;
  const issues: Issue[] = [];
  const today = resolveToday(options.today, issues);
  const planBytes = readBytes(planFile, issues, PLAN_CODES.planMissing, PLAN_MESSAGES.planMissing(planFile), PLAN_LIMIT);
  const parsed = planBytes ? parsePlan(planBytes, planFile) : null;
  if (parsed) pushAll(issues, parsed.issues);
  const parsedPlan = parsed?.plan ?? null;
  const meta = dataDir === null ? emptyPlanMeta() : loadMeta(dataDir, issues);

  const tasksFile = dataDir === null ? (inputs.tasksFile ?? '') : path.join(dataDir, 'tasks.csv');
  if (dataDir !== null && isPlanOnlyFolder(dataDir)) {
    const target = parsedPlan?.attachment ? nameAttachment(parsedPlan.attachment) : null;
    issues.push(issueWarning(tasksFile, 0, 0, TASK_CODES.noTaskTable, TASK_MESSAGES.noTaskTable(tasksFile, target)));
    if (hasErrors(issues) || !parsedPlan || !planBytes) return { site: null, issues };
    const base = describeBase(planFile, planBytes, parsedPlan, meta, issues);
    return { site: { ...base, releases: [], releaseIndex: 'none', publishedSlugs: [], tasksFile: null, tasks: null, derived: null, adjustments: null }, issues };
  }

  const history: ReleaseHistory = dataDir === null ? { index: 'none', releases: [], slugs: null } : loadReleases(dataDir, issues, today, options);
  const tasksBytes = readTasksBytes(tasksFile, history, dataDir, issues);
  const read = tasksBytes ? readTasks(tasksBytes, tasksFile) : null;
  if (read) pushAll(issues, read.issues);
  let table = read?.table ?? null;
  // Of a plan's several target tables, the one this task table is the table of.
  const plan = parsedPlan && table ? pairAttachment(table, parsedPlan) : parsedPlan;
  if (table && plan) {
    // A table of another document gets that one error, not a warning for each of its differences.
    const pairing = checkPairing(table, plan, tasksFile, planFile);
    pushAll(issues, pairing.length > 0 ? pairing : crossCheckTasks(table, plan, tasksFile));
  }
  if (dataDir !== null) checkUnreleased(dataDir, history.releases.at(-1), table, issues, options);
  const published = history.slugs ?? [];
  // Published names keep their URL; new names take the next free one. Without a log, the table's own slugs stand.
  if (table && history.slugs) table = withPublishedSlugs(table, published);
  const releases = history.slugs ? history.releases.map((r) => ({ ...r, table: withPublishedSlugs(r.table, published) })) : history.releases;

  if (hasErrors(issues) || !plan || !table || !planBytes) return { site: null, issues };
  const adjustments = plan.attachment
    ? diffFigures(mapAttachmentFigures(plan.attachment), mapTableFigures(table))
    : { added: [], removed: [], changes: [] };
  const site: Site = {
    ...describeBase(planFile, planBytes, plan, meta, issues),
    tasksFile,
    tasks: table,
    derived: deriveTasks(table, { adjustments, units: plan.units }),
    releases: releases.reverse(),
    releaseIndex: history.index,
    publishedSlugs: published,
    adjustments,
  };
  return { site, issues };
}

/** What both kinds of site settle from the plan and the metadata. */
function describeBase(planFile: string, planBytes: Uint8Array, plan: Plan, meta: PlanMeta, issues: readonly Issue[]) {
  return {
    planFile,
    planBytes,
    plan,
    meta: fillFromText(meta, listTextFacts(plan)),
    facts: describeSite(plan, meta.site),
    warnings: issues.filter((i) => i.severity === 'warning'),
  };
}

/**
 * The facts the source states, as metadata fields (used where data/plan-meta.csv leaves them
 * empty): the 印发通知's, else the plan's own (its 文号 above the title, its signature).
 */
function listTextFacts(plan: Plan): TextFact[] {
  const { notice, issued } = plan;
  const facts: [TextFact['field'], Notice['office'] | undefined][] = [
    ['发布机构', notice?.office ?? issued?.office],
    ['成文日期', notice?.date ?? issued?.date],
    ['发文字号', notice?.docNumber ?? issued?.docNumber],
    ['公开方式', notice?.openness ?? issued?.openness],
  ];
  return facts.flatMap(([field, fact]) => (fact ? [{ field, value: fact.text, line: fact.line }] : []));
}

/** Runs the pipeline on the data folder `dataDir` (not memoised); throws a {@link DataError} listing every issue. */
export function buildSite(planFile: string, dataDir: string, options: BuildSiteOptions = {}): AnySite {
  const { site, issues } = inspectSite({ planFile, dataDir }, options);
  if (!site) throw new DataError(issues);
  return site;
}

let memo: AnySite | null = null;

/** The site's data, read and validated once per process: with its task table, or the plan alone. */
export function loadSite(): AnySite {
  if (!memo) {
    const { planFile, dataDir } = sitePaths();
    memo = buildSite(planFile, dataDir);
  }
  return memo;
}

/** The site with its task table, or null for a plan-only site (pages of counties and charts are then not built). */
export function loadDataSite(): Site | null {
  const site = loadSite();
  return hasTaskTable(site) ? site : null;
}
