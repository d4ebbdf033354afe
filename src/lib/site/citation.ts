/**
 * How to cite the published figures: the version of the table current when the page was built,
 * at its own address that never changes (`/data/releases/<version>/tasks.csv`), in the form
 * Chinese publications use for electronic resources (GB/T 7714—2015, a data set online: `[DS/OL]`)
 * and in a plain form. The issuing office is named only when the metadata gives it; the date of
 * access, which only the reader knows, is left for the reader to fill in.
 */
import type { SiteFacts } from '../meta/facts.ts';
import { ISSUER_FIELD } from '../meta/fields.ts';
import type { PlanMeta } from '../meta/index.ts';
import { zh } from '../words/site.ts';
import { routes } from './paths.ts';

export interface Citation {
  /** GB/T 7714: `发布机构. 题名[DS/OL]. v2版. (2026-12-01)[引用日期]. URL.` */
  gbt: string;
  /** `《题名》附件1-1 任务表，v2 版（2026-12-01 发布），发布机构，URL` */
  plain: string;
  /** The route cited: the versioned file, or the current table without releases. */
  route: string;
}

export interface CitationInput {
  facts: SiteFacts;
  meta: PlanMeta;
  /** The newest release, or undefined for a data folder without releases. */
  latest: { version: string; date: string } | undefined;
  /** Absolute URL of a route when SITE_URL is known, else its site-relative address. */
  url: (route: string) => string;
}

/** The file a citation points at: the version's own file, or the current table without releases. */
export function citedRoute(latest: { version: string } | undefined): string {
  return latest ? routes.releaseCsv(latest.version) : routes.tasksCsv();
}

/** Both citation forms for the current table. */
export function citeTable({ facts, meta, latest, url }: CitationInput): Citation {
  const issuer = meta.fields.find((f) => f.field === ISSUER_FIELD)?.value ?? null;
  const route = citedRoute(latest);
  const title = zh.cite.title(facts.planTitle, facts.table?.name ?? null);
  const address = url(route);
  const gbt = [
    ...(issuer ? [`${issuer}.`] : []),
    `${title}[DS/OL].`,
    ...(latest ? [`${zh.cite.edition(latest.version)}.`, `(${latest.date})[${zh.cite.accessDate}].`] : [`[${zh.cite.accessDate}].`]),
    `${address}.`,
  ].join(' ');
  const plain = [
    zh.cite.plainTitle(facts.planTitle, facts.table?.name ?? null),
    ...(latest ? [zh.cite.plainVersion(latest.version, latest.date)] : []),
    ...(issuer ? [issuer] : []),
    address,
  ].join(zh.cite.separator);
  return { gbt, plain, route };
}
