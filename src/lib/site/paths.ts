/** Site-relative URLs, prefixed with the base path the site is built for, and absolute URLs. */
import type { SiteAddress } from '../config/index.ts';

/** `hrefIn('/gz/', '/plan/')` → `/gz/plan/`; at the root, `/plan/`. */
export function hrefIn(base: string, route: string): string {
  const clean = route.startsWith('/') ? route : `/${route}`;
  return `${base.replace(/\/+$/, '')}${clean}`;
}

/** A route's URLs at one address: what pages and files write for it. */
export interface Links {
  /** Site-relative, with the base path: `/plan/` at the root, `/gz/plan/` under `/gz/`. */
  href: (route: string) => string;
  /** Absolute, when the site has an address; else null. */
  absolute: (route: string) => string | null;
  /** Absolute when it can be, else site-relative: for text that leaves the site (citations, embed codes, feeds). */
  url: (route: string) => string;
}

/** The URLs of routes on a site served at `address` (pages take it from `Astro.locals.address`). */
export function linksOf(address: SiteAddress): Links {
  const href = (route: string) => hrefIn(address.base, route);
  const absolute = (route: string) => (address.site ? new URL(href(route), address.site).toString() : null);
  return { href, absolute, url: (route) => absolute(route) ?? href(route) };
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
