/** The site's downloads, built once per build from the loaded site. */
import { buildDownloads, writePlanJson } from '../downloads/index.ts';
import type { DownloadFile, PackageAbout } from '../downloads/types.ts';
import type { AnySite } from '../load.ts';
import { ISSUE_FIELDS, readLicense, type MetaField } from '../meta/index.ts';
import { citedRoute } from './citation.ts';
import { absoluteUrl, href } from './paths.ts';

let memo: { site: AnySite; files: DownloadFile[] } | null = null;

/** What data/plan-meta.csv states about the plan's issuing and the data's licence: only filled fields. */
function describeAbout(site: AnySite): PackageAbout {
  const field = (name: MetaField) => site.meta.fields.find((f) => f.field === name)?.value || undefined;
  const about: PackageAbout = {};
  const issuer = field(ISSUE_FIELDS.issuer);
  const docNumber = field(ISSUE_FIELDS.docNumber);
  const issued = field(ISSUE_FIELDS.issued);
  if (issuer) about.issuer = issuer;
  if (docNumber) about.docNumber = docNumber;
  if (issued) about.issued = issued;
  const license = site.meta.site.license ? readLicense(site.meta.site.license) : null;
  if (license && site.meta.site.license) about.license = { ...license, text: site.meta.site.license };
  return about;
}

/**
 * The file all.zip's README cites, as every page's citation does (site/citation.ts): the current
 * version's own file, whose content never changes (the current table without releases); its
 * address with SITE_URL, else its path on the site.
 */
function citeTasks(site: AnySite): string {
  const origin = import.meta.env?.SITE as string | undefined;
  const route = citedRoute(site.releases[0]);
  return absoluteUrl(route, origin ? new URL(origin) : undefined) ?? href(route).replace(/^\//, '');
}

/** Every file under /data/ (tables, releases, plan text and structure, datapackage.json, SHA256SUMS, all.zip). */
export function siteDownloads(site: AnySite): DownloadFile[] {
  if (memo?.site !== site) {
    const releases = [...site.releases].reverse().map(({ version, date, table, diff }) => ({ version, date, table, diff }));
    memo = { site, files: buildDownloads(site.tasks, { planText: site.planBytes, planJson: writePlanJson(site.plan), facts: site.facts, releases, about: describeAbout(site), tasksUrl: citeTasks(site) }) };
  }
  return memo.files;
}
