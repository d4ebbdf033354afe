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
import { DataError, hasErrors, issueError, issueWarning, type Issue } from './errors.ts';
import { describeSite, type SiteFacts } from './facts.ts';
import { emptyPlanMeta, parsePlanMeta, type PlanMeta } from './meta/index.ts';
import { CODES as PLAN_CODES, MESSAGES as PLAN_MESSAGES } from './plan/messages.ts';
import { parsePlan } from './plan/index.ts';
import type { Plan } from './plan/types.ts';
import { diffFigures, isEmptyDiff, mapAttachmentFigures, mapTableFigures, summarizeDiff, type TableDiff } from './releases/diff.ts';
import { parseReleaseIndex, type ReleaseEntry } from './releases/index.ts';
import { CODES as RELEASE_CODES, MESSAGES as RELEASE_MESSAGES } from './releases/messages.ts';
import { decodeTable } from './tasks/decode.ts';
import { crossCheckTasks, deriveTasks, readTasks, type DerivedTasks } from './tasks/index.ts';
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

/** The file's bytes, or null with an error issue (code and message given) when it is not there. */
function readBytes(file: string, issues: Issue[], code: string, message: string): Uint8Array | null {
  if (!existsSync(file)) {
    issues.push(issueError(file, 0, 0, code, message));
    return null;
  }
  return new Uint8Array(readFileSync(file));
}

/** A CSV file of the data folder as text; null when it cannot be decoded (issues pushed). */
function readText(file: string, issues: Issue[]): string | null {
  const { decoded, issues: found } = decodeTable(new Uint8Array(readFileSync(file)), file);
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
}

function loadReleases(dataDir: string, current: TaskTable | null, issues: Issue[], options: BuildSiteOptions): Release[] {
  const indexFile = path.join(dataDir, 'releases.csv');
  if (!existsSync(indexFile)) {
    issues.push(issueWarning(indexFile, 0, 0, RELEASE_CODES.noReleases, RELEASE_MESSAGES.noReleases(indexFile)));
    return [];
  }
  const text = readText(indexFile, issues);
  if (text === null) return [];
  const { entries, issues: indexIssues } = parseReleaseIndex(text, indexFile);
  pushAll(issues, indexIssues);

  const releases: Release[] = [];
  for (const entry of entries) {
    const file = path.join(dataDir, 'releases', `${entry.version}.csv`);
    const bytes = readBytes(file, issues, RELEASE_CODES.releaseFile, RELEASE_MESSAGES.releaseFile(file, entry.line, entry.version, dataDir));
    if (!bytes) continue;
    const read = readTasks(bytes, file);
    pushAll(issues, read.issues.filter((i) => i.severity === 'error'));
    if (!read.table) continue;
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
          ? issueWarning(file, 0, 0, RELEASE_CODES.unreleasedChanges, RELEASE_MESSAGES.unreleasedChanges(latest.version, latest.date, summary))
          : issueError(file, 0, 0, RELEASE_CODES.unreleasedChangesBlocking, RELEASE_MESSAGES.unreleasedChangesBlocking(latest.version, latest.date, summary)),
      );
    }
  }
  return releases.reverse();
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
  const planBytes = readBytes(planFile, issues, PLAN_CODES.planMissing, PLAN_MESSAGES.planMissing(planFile));
  const parsed = planBytes ? parsePlan(planBytes, planFile) : null;
  if (parsed) pushAll(issues, parsed.issues);
  const plan = parsed?.plan ?? null;

  const tasksFile = path.join(dataDir, 'tasks.csv');
  const tasksBytes = readBytes(tasksFile, issues, TASK_CODES.tasksMissing, TASK_MESSAGES.tasksMissing(tasksFile));
  const read = tasksBytes ? readTasks(tasksBytes, tasksFile) : null;
  if (read) pushAll(issues, read.issues);
  const table = read?.table ?? null;
  if (table && plan) pushAll(issues, crossCheckTasks(table, plan, tasksFile));

  const { meta, releases } = checkDataFolder(dataDir, table, issues, options);

  if (hasErrors(issues) || !plan || !table || !planBytes) throw new DataError(issues);
  const adjustments = plan.attachment
    ? diffFigures(mapAttachmentFigures(plan.attachment), mapTableFigures(table))
    : { added: [], removed: [], changes: [] };
  return {
    planFile,
    planBytes,
    plan,
    meta,
    facts: describeSite(plan, meta.site),
    tasksFile,
    tasks: table,
    derived: deriveTasks(table, { adjustments, units: plan.units }),
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
