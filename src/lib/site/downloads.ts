/** The site's downloads, built once per build from the loaded site. */
import { buildDownloads } from '../downloads/index.ts';
import type { DownloadFile } from '../downloads/types.ts';
import type { Site } from '../load.ts';

let memo: { site: Site; files: DownloadFile[] } | null = null;

/** `data/plan.json`: the parsed plan, keys in a fixed order, without the local file path. */
export function serialisePlan(site: Site): string {
  const { file: _file, ...plan } = site.plan;
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/** Every file under /data/ (tables, releases, plan text and structure, datapackage.json, SHA256SUMS). */
export function siteDownloads(site: Site): DownloadFile[] {
  if (memo?.site !== site) {
    const releases = [...site.releases].reverse().map(({ version, date, table }) => ({ version, date, table }));
    memo = { site, files: buildDownloads(site.tasks, { planText: site.planBytes, planJson: serialisePlan(site), facts: site.facts, releases }) };
  }
  return memo.files;
}
