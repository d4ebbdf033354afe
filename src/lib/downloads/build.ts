/** All downloads at once, in a fixed order, with every body as the exact bytes to serve. */
import type { TaskTable } from '../tasks/types.ts';
import type { DownloadExtras, DownloadFile } from './types.ts';
import { describeDownloadFiles, releasePath } from './catalog.ts';
import { memoHashSha256, SUMS_PATH, toBytes, writeSha256Sums } from './checksums.ts';
import { writeDataPackage } from './datapackage.ts';
import { writeTasksJson } from './json.ts';
import { writeCountyCsv, writeTasksCsv, writeTasksLongCsv } from './tables.ts';

/**
 * Every file under `/data/`: tasks.csv, tasks-long.csv, tasks.json, counties/<slug>.csv (table
 * order), releases/<version>/tasks.csv (oldest first), plan.txt and plan.json (the given bytes, unchanged), datapackage.json, SHA256SUMS.
 * Bodies are `Uint8Array`s; the same inputs always give the same bytes.
 */
export function buildDownloads(table: TaskTable, extras: DownloadExtras): DownloadFile[] {
  const releases = extras.releases ?? [];
  const mediaTypes = new Map(describeDownloadFiles(table, extras.facts, releases).map((d) => [d.path, d.mediaType]));
  const file = (path: string, body: string | Uint8Array): DownloadFile => {
    const mediaType = mediaTypes.get(path);
    if (mediaType === undefined) throw new RangeError(`no description for download ${JSON.stringify(path)}`);
    return { path, body: toBytes(body), mediaType };
  };
  const data: DownloadFile[] = [
    file('data/tasks.csv', writeTasksCsv(table)),
    file('data/tasks-long.csv', writeTasksLongCsv(table)),
    file('data/tasks.json', writeTasksJson(table, extras.facts)),
    ...table.counties.map((county) => file(`data/counties/${county.slug}.csv`, writeCountyCsv(table, county))),
    ...releases.map((release) => file(releasePath(release.version), writeTasksCsv(release.table))),
    file('data/plan.txt', extras.planText),
    file('data/plan.json', extras.planJson),
  ];
  // datapackage.json and SHA256SUMS list the same bodies: each is hashed once.
  const hash = memoHashSha256();
  const withPackage = [...data, file('data/datapackage.json', writeDataPackage(table, data, extras.facts, releases, hash, extras.about))];
  return [...withPackage, file(SUMS_PATH, writeSha256Sums(withPackage, hash))];
}
