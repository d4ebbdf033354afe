/** Site-relative URLs, prefixed with the base path set at build time (BASE_PATH). */

/** `href('/plan/')` → `/plan/` at the root, `/gz/plan/` under BASE_PATH=/gz/. */
export function href(route: string): string {
  const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/+$/, '');
  const clean = route.startsWith('/') ? route : `/${route}`;
  return `${base}${clean}`;
}

/** Absolute URL when SITE_URL was given at build time, else null. */
export function absoluteUrl(route: string, site: URL | undefined): string | null {
  if (!site) return null;
  return new URL(href(route), site).toString();
}

/** Anchor of the n-th (0-based) attachment on /plan/: `attachment`, then `attachment-2`, … */
export function attachmentAnchor(index: number): string {
  return index === 0 ? 'attachment' : `attachment-${index + 1}`;
}

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
  countyCsv: (slug: string) => `/data/counties/${slug}.csv`,
  releaseCsv: (version: string) => `/data/releases/${version}/tasks.csv`,
  tasksCsv: () => '/data/tasks.csv',
} as const;
