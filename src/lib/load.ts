/**
 * The only place that reads the site's input files. Runs the whole pipeline once
 * (load → parse → validate → derive), memoised, and either returns a finished {@link Site} or
 * throws one {@link DataError} listing every problem in every file.
 *
 * Inputs default to `seeds/000_37d43cbaf8be4606.txt` and `data/`; `SITE_PLAN_FILE` and
 * `SITE_DATA_DIR` redirect them (benchmarks and tests build synthetic sites that way).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { collectIssues, DataError, hasErrors, issueError, issueWarning, type Issue } from './errors.ts';
import { describeSite, type SiteFacts } from './facts.ts';
import { emptyPlanMeta, parsePlanMeta, type PlanMeta } from './meta/index.ts';
import { parsePlan } from './plan/index.ts';
import type { Plan } from './plan/types.ts';
import { diffFigures, isEmptyDiff, mapAttachmentFigures, mapTableFigures, summarizeDiff, type TableDiff } from './releases/diff.ts';
import { parseReleaseIndex, type ReleaseEntry } from './releases/index.ts';
import { decodeTable } from './tasks/decode.ts';
import { crossCheckTasks, deriveTasks, readTasks, type DerivedTasks } from './tasks/index.ts';
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

export interface Site {
  planFile: string;
  planBytes: Uint8Array;
  plan: Plan;
  meta: PlanMeta;
  /** What the site says about itself, settled once from the plan and the metadata. */
  facts: SiteFacts;
  tasksFile: string;
  tasks: TaskTable;
  derived: DerivedTasks;
  /** Newest first. Empty only for synthetic data folders that keep no release index. */
  releases: Release[];
  /** Today's figures against attachment 1-1 as issued (empty when nothing was adjusted). */
  adjustments: TableDiff;
  warnings: Issue[];
}

/** Where the inputs are read from, as paths relative to the working directory when possible. */
export function sitePaths(): { planFile: string; dataDir: string } {
  return {
    planFile: process.env.SITE_PLAN_FILE || DEFAULT_PLAN_FILE,
    dataDir: (process.env.SITE_DATA_DIR || DEFAULT_DATA_DIR).replace(/\/+$/, ''),
  };
}

function readBytes(file: string, issues: Issue[], code: string, hint: string): Uint8Array | null {
  if (!existsSync(file)) {
    issues.push(issueError(file, 0, 0, code, `找不到文件「${file}」：${hint}`));
    return null;
  }
  return new Uint8Array(readFileSync(file));
}


/** Options of {@link buildSite}. */
export interface BuildSiteOptions {
  /**
   * Whether a table that differs from the latest release is acceptable: yes for validating and
   * recording a release (a warning), no for building the site (an error).
   */
  allowUnreleased?: boolean;
}

function loadReleases(dataDir: string, current: TaskTable | null, issues: Issue[], options: BuildSiteOptions): Release[] {
  const indexFile = path.join(dataDir, 'releases.csv');
  if (!existsSync(indexFile)) {
    issues.push(issueWarning(indexFile, 0, 0, 'W_NO_RELEASES', `没有发布记录「${indexFile}」：页面将不显示“数据更新于”。请用 npm run release 记录首次发布。`));
    return [];
  }
  const decoded = collectIssues(issues, () => decodeTable(new Uint8Array(readFileSync(indexFile)), indexFile));
  if (!decoded) return [];
  const { entries, issues: indexIssues } = parseReleaseIndex(decoded.text, indexFile);
  issues.push(...indexIssues);

  const releases: Release[] = [];
  for (const entry of entries) {
    const file = path.join(dataDir, 'releases', `${entry.version}.csv`);
    const bytes = readBytes(file, issues, 'E_RELEASE_FILE', `发布记录第 ${entry.line} 行的版本 ${entry.version} 缺少数据文件。请勿删除 ${dataDir}/releases/ 中的文件。`);
    if (!bytes) continue;
    const read = collectIssues(issues, () => readTasks(bytes, file));
    if (!read) continue;
    const previous = releases[releases.length - 1];
    const diff = previous ? diffFigures(mapTableFigures(previous.table), mapTableFigures(read.table)) : null;
    releases.push({ ...entry, table: read.table, diff });
  }

  const latest = releases[releases.length - 1];
  if (latest && current) {
    const pending = diffFigures(mapTableFigures(latest.table), mapTableFigures(current));
    if (!isEmptyDiff(pending)) {
      const file = path.join(dataDir, 'tasks.csv');
      const summary = summarizeDiff(pending);
      issues.push(
        options.allowUnreleased
          ? issueWarning(file, 0, 0, 'W_UNRELEASED_CHANGES', `任务表与最新发布版本 ${latest.version}（${latest.date}）相比 ${summary}：校验通过后请运行 npm run release -- --date 日期 --note "说明" 记录为新版本。`)
          : issueError(file, 0, 0, 'E_UNRELEASED_CHANGES', `任务表与最新发布版本 ${latest.version}（${latest.date}）相比 ${summary}，尚未记录为新版本：请先运行 npm run release -- --date 日期 --note "说明"，再构建网站。`),
      );
    }
  }
  return releases.reverse();
}

function loadMeta(dataDir: string, issues: Issue[]): PlanMeta {
  const file = path.join(dataDir, 'plan-meta.csv');
  if (!existsSync(file)) return emptyPlanMeta();
  const decoded = collectIssues(issues, () => decodeTable(new Uint8Array(readFileSync(file)), file));
  if (!decoded) return emptyPlanMeta();
  const { meta, issues: metaIssues } = parsePlanMeta(decoded.text, file);
  issues.push(...metaIssues);
  return meta;
}

/**
 * Reads the rest of the data folder besides tasks.csv: the metadata block and the releases (each
 * release table validated, and `current` compared with the latest). Problems go into `issues`.
 */
export function checkDataFolder(dataDir: string, current: TaskTable | null, issues: Issue[], options: BuildSiteOptions = {}): { meta: PlanMeta; releases: Release[] } {
  return { meta: loadMeta(dataDir, issues), releases: loadReleases(dataDir, current, issues, options) };
}

/** Runs the pipeline on the given inputs (not memoised). */
export function buildSite(planFile: string, dataDir: string, options: BuildSiteOptions = {}): Site {
  const issues: Issue[] = [];
  const planBytes = readBytes(planFile, issues, 'E_PLAN_MISSING', '方案原文应放在 seeds/ 目录中。');
  const plan = planBytes ? collectIssues(issues, () => parsePlan(planBytes, planFile)) : null;

  const tasksFile = path.join(dataDir, 'tasks.csv');
  const tasksBytes = readBytes(tasksFile, issues, 'E_TASKS_MISSING', '任务表应为 data/tasks.csv。');
  const read = tasksBytes ? collectIssues(issues, () => readTasks(tasksBytes, tasksFile)) : null;
  if (read) issues.push(...read.warnings);
  if (read && plan) issues.push(...crossCheckTasks(read.table, plan, tasksFile));

  const { meta, releases } = checkDataFolder(dataDir, read?.table ?? null, issues, options);

  if (hasErrors(issues) || !plan || !read || !planBytes) throw new DataError(issues);
  const adjustments = plan.attachment
    ? diffFigures(mapAttachmentFigures(plan.attachment), mapTableFigures(read.table))
    : { added: [], removed: [], changes: [] };
  return {
    planFile,
    planBytes,
    plan,
    meta,
    facts: describeSite(plan, meta.site),
    tasksFile,
    tasks: read.table,
    derived: deriveTasks(read.table, { adjustments, units: plan.units }),
    releases,
    adjustments,
    warnings: issues.filter((i) => i.severity === 'warning'),
  };
}

let memo: Site | null = null;

/** The site's data, read and validated once per process. */
export function loadSite(): Site {
  if (!memo) {
    const { planFile, dataDir } = sitePaths();
    memo = buildSite(planFile, dataDir);
  }
  return memo;
}
