/**
 * The data folder's release history: every published version of the task table, verified against
 * the hash-chained log (data/releases.csv), the URLs published so far (data/releases/slugs.csv),
 * and whether the table in hand has been released.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { issueError, issueWarning, type Issue } from '../errors.ts';
import { diffFigures, isEmptyDiff, mapTableFigures, summarizeDiff } from '../releases/diff.ts';
import type { TableDiff } from '../tableDiff.ts';
import { parseReleaseIndex, releasesDirOf, sha256Hex, type ReleaseEntry } from '../releases/index.ts';
import { findUnlistedFiles, verifyReleaseLog } from '../releases/log.ts';
import { CODES as RELEASE_CODES, MESSAGES as RELEASE_MESSAGES } from '../releases/messages.ts';
import { parseSlugRecord, type SlugRecordRow } from '../releases/slugs.ts';
import { assignStableSlugs } from '../slug.ts';
import { readTasks } from '../tasks/index.ts';
import type { TaskTable } from '../tasks/types.ts';
import { listFolder, pushAll, readBytes, readText } from './read.ts';

/** A published version of the table with what changed against the one before. */
export interface Release extends ReleaseEntry {
  table: TaskTable;
  /** Against the previous release; null for the first. */
  diff: TableDiff | null;
}

/** How the history was read: `current` for a verified log; `legacy` only when read with `acceptLegacyIndex`; `none` without an index. */
export type ReleaseIndexKind = 'none' | 'legacy' | 'current';

/** Every version's table, oldest first, verified against the log, and the URLs published so far. */
export interface ReleaseHistory {
  index: ReleaseIndexKind;
  releases: Release[];
  /** null when the folder keeps no verifiable log (none at all, or an index in the old format). */
  slugs: SlugRecordRow[] | null;
}

/** What reading the history depends on besides the folder. */
export interface HistoryOptions {
  /** Today in Asia/Shanghai, `YYYY-MM-DD`: a release dated later is refused. */
  today: string;
  /** Read an index in the old three-column format, each row given its table file's SHA-256 as it is now. */
  acceptLegacyIndex?: boolean;
}

/** The history of `dataDir`; every problem is pushed to `issues`. */
export function loadReleases(dataDir: string, issues: Issue[], options: HistoryOptions): ReleaseHistory {
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
  const { entries, issues: indexIssues, legacy } = parseReleaseIndex(text, indexFile, { today: options.today });
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
export function withPublishedSlugs(table: TaskTable, published: readonly SlugRecordRow[]): TaskTable {
  const slugs = assignStableSlugs(table.counties.map((c) => c.name), published);
  return { ...table, counties: table.counties.map((c) => ({ ...c, slug: slugs.get(c.name) ?? c.slug })) };
}

/**
 * Whether `current` differs from the latest release: a warning when that is acceptable
 * (validating, releasing), an error when it is not (building).
 */
export function checkUnreleased(dataDir: string, latest: Release | undefined, current: TaskTable | null, issues: Issue[], allowUnreleased: boolean): void {
  if (!latest || !current) return;
  const pending = diffFigures(mapTableFigures(latest.table), mapTableFigures(current));
  if (isEmptyDiff(pending)) return;
  const file = path.join(dataDir, 'tasks.csv');
  const summary = summarizeDiff(pending);
  issues.push(
    allowUnreleased
      ? issueWarning(file, 0, 0, RELEASE_CODES.unreleasedChanges, RELEASE_MESSAGES.unreleasedChanges(latest.version, latest.date, summary))
      : issueError(file, 0, 0, RELEASE_CODES.unreleasedChangesBlocking, RELEASE_MESSAGES.unreleasedChangesBlocking(latest.version, latest.date, summary)),
  );
}
