/**
 * The only place that reads the site's input files: runs the whole pipeline (load → parse →
 * validate → derive) on a plan text and a data folder and either returns a finished site or every
 * problem found in every file. It keeps nothing between calls: the commands call it once, and
 * hand the site to the pages (src/lib/load/current.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from '../config/index.ts';
import { DataError, hasErrors, issueError, issueWarning, type Issue } from '../errors.ts';
import { describeSite } from '../meta/facts.ts';
import { emptyPlanMeta, fillFromText, parsePlanMeta, type PlanMeta, type TextFact } from '../meta/index.ts';
import { CODES as PLAN_CODES, MESSAGES as PLAN_MESSAGES } from '../plan/messages.ts';
import { parsePlan } from '../plan/index.ts';
import { nameAttachment } from '../plan/label.ts';
import type { Notice, Plan } from '../plan/types.ts';
import { diffFigures, mapAttachmentFigures, mapTableFigures } from '../releases/diff.ts';
import { releasesDirOf } from '../releases/index.ts';
import { crossCheckTasks, deriveTasks, readTasks } from '../tasks/index.ts';
import { checkPairing, pairAttachment } from '../tasks/pairing.ts';
import { CODES as TASK_CODES, MESSAGES as TASK_MESSAGES } from '../tasks/messages.ts';
import { checkUnreleased, loadReleases, withPublishedSlugs, type ReleaseHistory } from './history.ts';
import { listFolder, PLAN_LIMIT, pushAll, readBytes, readText } from './read.ts';
import type { AnySite, Site } from './types.ts';

export type { Release, ReleaseIndexKind } from './history.ts';
export { hasTaskTable, requireTaskTable, type AnySite, type PlanOnlySite, type Site } from './types.ts';

/** Options of {@link inspectSite}. */
export interface InspectOptions {
  /** Today in Asia/Shanghai, `YYYY-MM-DD`: a release dated later is refused. */
  today: string;
  /**
   * Whether a table that differs from the latest release is acceptable: yes for validating and
   * recording a release (a warning), no for building the site (an error).
   */
  allowUnreleased?: boolean;
  /**
   * Only for `npm run release -- --migrate-index`: read an index in the old three-column format
   * without the error, each row given the SHA-256 of its table file as it is now.
   */
  acceptLegacyIndex?: boolean;
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
 * Runs the pipeline on the given inputs: the site, or null with every issue found.
 * `npm run build` (through {@link buildSite}) and `npm run validate` both run exactly this.
 * A data folder without a task table that never published one gives a {@link PlanOnlySite}, with
 * a warning that says so; a table that belongs to another document than the plan is an error.
 */
export function inspectSite(inputs: SiteInputs, options: InspectOptions): { site: AnySite | null; issues: Issue[] } {
  const { planFile, dataDir } = inputs;
  const issues: Issue[] = [];
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

  const history: ReleaseHistory = dataDir === null ? { index: 'none', releases: [], slugs: null } : loadReleases(dataDir, issues, options);
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
  if (dataDir !== null) checkUnreleased(dataDir, history.releases.at(-1), table, issues, options.allowUnreleased === true);
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

/** Runs the pipeline on the plan text and data folder `dataDir`; throws a {@link DataError} listing every issue. */
export function buildSite(planFile: string, dataDir: string, options: InspectOptions): AnySite {
  const { site, issues } = inspectSite({ planFile, dataDir }, options);
  if (!site) throw new DataError(issues);
  return site;
}

/** The site the settings name (their plan text, data folder and today); throws a {@link DataError} listing every issue. */
export function loadConfiguredSite(config: Pick<SiteConfig, 'planFile' | 'dataDir' | 'today'>): AnySite {
  return buildSite(config.planFile, config.dataDir, { today: config.today });
}
