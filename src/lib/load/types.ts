/** The loaded site's types: a site with its task table, or the plan alone. */
import type { SiteFacts } from '../meta/facts.ts';
import type { PlanMeta } from '../meta/index.ts';
import type { Plan } from '../plan/types.ts';
import type { TableDiff } from '../tableDiff.ts';
import type { SlugRecordRow } from '../releases/slugs.ts';
import type { DerivedTasks } from '../tasks/index.ts';
import type { TaskTable } from '../tasks/types.ts';
import type { Issue } from '../errors.ts';
import type { Release, ReleaseIndexKind } from './history.ts';

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
  releaseIndex: ReleaseIndexKind;
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


/**
 * The site of a page or file that only a site with a task table has: the route table lists no path
 * for it on a plan-only site (src/lib/site/routes.ts), so reaching here without one is a bug.
 */
export function requireTaskTable(site: AnySite): Site {
  if (!hasTaskTable(site)) throw new Error('This page shows the task table, and the site has none: src/lib/site/routes.ts should list no path for it.');
  return site;
}
