/** All downloads at once, in a fixed order, with every body as the exact bytes to serve. */
import type { TaskTable } from '../tasks/types.ts';
import type { DownloadExtras, DownloadFile } from './types.ts';
import { CHANGES_PATH, describeDownloadFiles, releasePath } from './catalog.ts';
import { writeChangesCsv } from './changes.ts';
import { memoHashSha256, SUMS_PATH, toBytes, writeSha256Sums } from './checksums.ts';
import { writeDataPackage } from './datapackage.ts';
import { writeTasksJson } from './json.ts';
import { writeAllZip, writeZipReadme, ZIP_PATH } from './zip.ts';
import { writeCountyCsv, writeTasksCsv, writeTasksLongCsv } from './tables.ts';

/**
 * Every file under `/data/`: tasks.csv, tasks-long.csv, tasks.json, counties/<slug>.csv (table
 * order), releases/<version>/tasks.csv (oldest first), changes.csv (when there are releases), plan.txt and plan.json (the given bytes, unchanged), datapackage.json, SHA256SUMS,
 * all.zip. Without a table (a plan-only site): plan.txt, plan.json and SHA256SUMS.
 * Bodies are `Uint8Array`s; the same inputs always give the same bytes.
 */
export function buildDownloads(table: TaskTable | null, extras: DownloadExtras): DownloadFile[] {
  const releases = extras.releases ?? [];
  const allDocs = describeDownloadFiles(table, extras.facts, releases);
  const mediaTypes = new Map(allDocs.map((d) => [d.path, d.mediaType]));
  const file = (path: string, body: string | Uint8Array): DownloadFile => {
    const mediaType = mediaTypes.get(path);
    if (mediaType === undefined) throw new RangeError(`no description for download ${JSON.stringify(path)}`);
    return { path, body: toBytes(body), mediaType };
  };
  if (table === null) {
    // A plan-only site: the plan's text and structure, and their checksums.
    const text = [file('data/plan.txt', extras.planText), file('data/plan.json', extras.planJson)];
    return [...text, file(SUMS_PATH, writeSha256Sums(text))];
  }
  const data: DownloadFile[] = [
    file('data/tasks.csv', writeTasksCsv(table)),
    file('data/tasks-long.csv', writeTasksLongCsv(table)),
    file('data/tasks.json', writeTasksJson(table, extras.facts)),
    ...table.counties.map((county) => file(`data/counties/${county.slug}.csv`, writeCountyCsv(table, county))),
    ...releases.map((release) => file(releasePath(release.version), writeTasksCsv(release.table))),
    ...(releases.length > 0 ? [file(CHANGES_PATH, writeChangesCsv(releases))] : []),
    file('data/plan.txt', extras.planText),
    file('data/plan.json', extras.planJson),
  ];
  // datapackage.json and SHA256SUMS list the same bodies: each is hashed once.
  const hash = memoHashSha256();
  const withPackage = [...data, file('data/datapackage.json', writeDataPackage(table, data, extras.facts, releases, hash, extras.about))];
  const withSums = [...withPackage, file(SUMS_PATH, writeSha256Sums(withPackage, hash))];
  // all.zip holds every file above: SHA256SUMS lists each of them, not the archive that holds it.
  const docs = allDocs.filter((doc) => doc.path !== ZIP_PATH);
  const release = releases[releases.length - 1];
  const readme = writeZipReadme(docs, { facts: extras.facts, release: release && { version: release.version, date: release.date }, about: extras.about ?? {}, tasksUrl: extras.tasksUrl ?? 'data/tasks.csv' });
  return [...withSums, file(ZIP_PATH, writeAllZip(withSums, readme, release?.date))];
}
