/** The site's downloads, built once per build from the loaded site. */
import { buildDownloads, writePlanJson } from '../downloads/index.ts';
import type { DownloadFile } from '../downloads/types.ts';
import type { Site } from '../load.ts';

let memo: { site: Site; files: DownloadFile[] } | null = null;

/** Every file under /data/ (tables, releases, plan text and structure, datapackage.json, SHA256SUMS). */
export function siteDownloads(site: Site): DownloadFile[] {
  if (memo?.site !== site) {
    const releases = [...site.releases].reverse().map(({ version, date, table, diff }) => ({ version, date, table, diff }));
    memo = { site, files: buildDownloads(site.tasks, { planText: site.planBytes, planJson: writePlanJson(site.plan), facts: site.facts, releases }) };
  }
  return memo.files;
}
