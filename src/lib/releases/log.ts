/**
 * Verifies the release log against the files it describes, as read by the loading step: each
 * version's table file and its first-published URLs against the hashes recorded in releases.csv,
 * the chain of rows, every `releases/vN.csv` on disk listed, and every published county's URL
 * recorded. Pure: the caller reads the files and passes their bytes and the folder's listing.
 */
import path from 'node:path';
import { issueError, type Issue } from '../errors.ts';
import { normalizeName } from '../names.ts';
import type { TaskTable } from '../tasks/types.ts';
import { isSha256, RELEASE_COLUMN, sha256Hex, type ReleaseEntry } from './index.ts';
import { CODES, MESSAGES } from './messages.ts';
import { verifyReleaseChain } from './seal.ts';
import { hashVersionSlugs, SLUG_HEADER, type SlugRecordRow } from './slugs.ts';

/** What the loader read for one data folder with a release log in the current format. */
export interface ReleaseLogInput {
  indexFile: string;
  entries: readonly ReleaseEntry[];
  /** Folder of the version files, `data/releases`. */
  releasesDir: string;
  /** Names of the files in that folder. */
  listing: readonly string[];
  /** Each version's table file as read; a missing file is the loader's to report. */
  files: ReadonlyMap<string, Uint8Array>;
  /** Each version's validated table, when it could be read. */
  tables: ReadonlyMap<string, TaskTable>;
  /** The URL record, or null when the file is missing. */
  slugs: { file: string; rows: readonly SlugRecordRow[] } | null;
}

/** `v12.csv` → 12; null for any other name. */
function versionNumber(name: string): number | null {
  const m = /^v([1-9]\d*)\.csv$/.exec(name);
  return m ? Number(m[1]) : null;
}

/**
 * Every `vN.csv` in the releases folder that the index does not list: the end of the log cut off
 * while the file stayed, or a release interrupted before its row was written.
 */
export function findUnlistedFiles(listing: readonly string[], entries: readonly Pick<ReleaseEntry, 'version'>[], releasesDir: string, indexFile: string): Issue[] {
  const listed = new Set(entries.map((e) => e.version));
  return listing
    .map((name) => ({ name, n: versionNumber(name) }))
    .filter((f): f is { name: string; n: number } => f.n !== null && !listed.has(`v${f.n}`))
    .sort((a, b) => a.n - b.n)
    .map(({ name, n }) => {
      const file = path.join(releasesDir, name);
      return issueError(file, 0, 0, CODES.releaseFileUnlisted, MESSAGES.releaseFileUnlisted(file, `v${n}`, indexFile, entries.at(-1)?.version ?? null));
    });
}

/** Every way the log and its files disagree, each located at the cell or file to restore. */
export function verifyReleaseLog(input: ReleaseLogInput): Issue[] {
  const { indexFile, entries } = input;
  const issues = verifyReleaseChain(entries, indexFile);

  for (const entry of entries) {
    const bytes = input.files.get(entry.version);
    if (!bytes || !isSha256(entry.fileSha256)) continue;
    const actual = sha256Hex(bytes);
    if (actual !== entry.fileSha256) {
      const file = path.join(input.releasesDir, `${entry.version}.csv`);
      issues.push(issueError(indexFile, entry.line, RELEASE_COLUMN.fileSha256, CODES.releaseFileChanged, MESSAGES.releaseFileChanged(file, entry.version, entry.fileSha256, actual)));
    }
  }

  for (const issue of findUnlistedFiles(input.listing, entries, input.releasesDir, indexFile)) issues.push(issue);
  const listed = new Set(entries.map((e) => e.version));

  if (!input.slugs) {
    const file = path.join(input.releasesDir, 'slugs.csv');
    issues.push(issueError(file, 0, 0, CODES.slugsFile, MESSAGES.slugsFile(file, indexFile)));
    return issues;
  }
  const { file: slugsFile, rows } = input.slugs;
  for (const entry of entries) {
    if (!isSha256(entry.slugsSha256)) continue;
    const actual = hashVersionSlugs(rows, entry.version);
    if (actual !== entry.slugsSha256) {
      issues.push(issueError(indexFile, entry.line, RELEASE_COLUMN.slugsSha256, CODES.releaseSlugsChanged, MESSAGES.releaseSlugsChanged(slugsFile, entry.version, entry.slugsSha256, actual)));
    }
  }
  const versionColumn = SLUG_HEADER.length;
  for (const row of rows) {
    if (!listed.has(row.version)) issues.push(issueError(slugsFile, row.line, versionColumn, CODES.slugsVersion, MESSAGES.slugsVersion(row.name, row.version, indexFile)));
  }
  const recorded = new Set(rows.map((r) => normalizeName(r.name)));
  const missing = new Set<string>();
  for (const entry of entries) {
    for (const county of input.tables.get(entry.version)?.counties ?? []) {
      const key = normalizeName(county.name);
      if (recorded.has(key) || missing.has(key)) continue;
      missing.add(key);
      issues.push(issueError(slugsFile, 0, 0, CODES.slugsMissing, MESSAGES.slugsMissing(county.name, entry.version, slugsFile)));
    }
  }
  return issues;
}
