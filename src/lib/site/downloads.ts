/** The site's downloads, built once per build from the loaded site. */
import { buildDownloads, writePlanJson } from '../downloads/index.ts';
import type { DownloadFile, PackageAbout } from '../downloads/types.ts';
import type { SiteAddress } from '../config/index.ts';
import type { AnySite } from '../load/index.ts';
import { ISSUE_FIELDS, readLicense, type MetaField } from '../meta/index.ts';
import { citedRoute } from './citation.ts';
import { linksOf } from './paths.ts';

let memo: { site: AnySite; address: SiteAddress; files: DownloadFile[] } | null = null;

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
 * address when the site has one, else its path on the site.
 */
function citeTasks(site: AnySite, address: SiteAddress): string {
  return linksOf(address).url(citedRoute(site.releases[0])).replace(/^\//, '');
}

/** Every file under /data/ (tables, releases, plan text and structure, datapackage.json, SHA256SUMS, all.zip), for a site served at `address`. */
export function siteDownloads(site: AnySite, address: SiteAddress): DownloadFile[] {
  if (memo?.site !== site || memo.address.base !== address.base || memo.address.site !== address.site) {
    const releases = [...site.releases].reverse().map(({ version, date, table, diff }) => ({ version, date, table, diff }));
    const files = buildDownloads(site.tasks, { planText: site.planBytes, planJson: writePlanJson(site.plan), facts: site.facts, releases, about: describeAbout(site), tasksUrl: citeTasks(site, address) });
    memo = { site, address, files };
  }
  return memo.files;
}
