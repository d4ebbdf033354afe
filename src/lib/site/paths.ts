/** Site-relative URLs, prefixed with the base path the site is built for, and absolute URLs. */
import type { SiteAddress } from '../config/index.ts';

/** `hrefIn('/gz/', '/plan/')` → `/gz/plan/`; at the root, `/plan/`. */
export function hrefIn(base: string, route: string): string {
  const clean = route.startsWith('/') ? route : `/${route}`;
  return `${base.replace(/\/+$/, '')}${clean}`;
}

/**
 * `href('/plan/')` → `/plan/` at the root, `/gz/plan/` under the base path `/gz/`: the base Astro
 * renders with (its `base` setting, from the build's settings).
 */
export function href(route: string): string {
  return hrefIn(import.meta.env?.BASE_URL ?? '/', route);
}

/** Absolute URL of a route when the site has an address (Astro's `site`), else null. */
export function absoluteUrl(route: string, site: URL | undefined): string | null {
  if (!site) return null;
  return new URL(href(route), site).toString();
}

/** Absolute URL of a route at this address, or its site-relative path when the address has no site. */
export function addressOf(address: SiteAddress, route: string): string {
  const local = hrefIn(address.base, route);
  return address.site ? new URL(local, address.site).toString() : local;
}

/** Anchor of the n-th (0-based) attachment on /plan/: `attachment`, then `attachment-2`, … */
export function attachmentAnchor(index: number): string {
  return index === 0 ? 'attachment' : `attachment-${index + 1}`;
}

/** Every route the site serves or links to, site-relative (see {@link href} for the base path). */
export const routes = {
  home: () => '/',
  plan: () => '/plan/',
  part: (n: number) => `/plan/${n}/`,
  item: (n: number) => `/plan/items/${n}/`,
  itemAnchor: (n: number) => `/plan/#item-${n}`,
  partAnchor: (n: number) => `/plan/#part-${n}`,
  units: () => '/units/',
  unit: (slug: string) => `/units/${slug}/`,
  counties: () => '/counties/',
  county: (slug: string) => `/counties/${slug}/`,
  data: () => '/data/',
  updates: () => '/updates/',
  feed: () => '/updates/feed.xml',
  chartSvg: (id: string) => `/charts/${id}.svg`,
  chartCsv: (id: string) => `/charts/${id}.csv`,
  charts: () => '/charts/',
  chartPng: (id: string) => `/charts/${id}.png`,
  /** A chart's 1200×630 share card. */
  card: (id: string) => `/share/${id}.png`,
  embed: (id: string) => `/embed/${id}/`,
  fontLicense: () => '/charts/noto-sans-sc-license.txt',
  allZip: () => '/data/all.zip',
  countyCsv: (slug: string) => `/data/counties/${slug}.csv`,
  releaseCsv: (version: string) => `/data/releases/${version}/tasks.csv`,
  tasksCsv: () => '/data/tasks.csv',
} as const;
