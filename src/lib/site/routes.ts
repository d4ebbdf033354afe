/**
 * The site's one table of what it serves: for each page and endpoint file under src/pages, the
 * paths it renders for a given site (its params and props, as getStaticPaths returns them). Each
 * page's getStaticPaths reads its row; the sitemap, the output check and the tests' in-process
 * renderer read the whole table, so no list of pages is written twice.
 */
import type { SiteAddress } from '../config/index.ts';
import { currentSite } from '../load/current.ts';
import { hasTaskTable, type AnySite } from '../load/index.ts';
import { listChartFiles, listEmbedIds } from './charts.ts';
import { siteDownloads } from './downloads.ts';
import { routes } from './paths.ts';

/** One path of a page or endpoint: what Astro's getStaticPaths returns for it. */
export interface StaticPath {
  params: Record<string, string | undefined>;
  props: Record<string, unknown>;
}

type PathsOf = (site: AnySite, address: SiteAddress) => StaticPath[];

/** A route without parameters: one path. */
const single: PathsOf = () => [{ params: {}, props: {} }];
/** A rest route (`[...index]`) rendered only for a site with a task table: a plan-only site has no such page. */
const withTable: PathsOf = (site) => (hasTaskTable(site) ? [{ params: { index: undefined }, props: {} }] : []);

/**
 * Pages, in the order the sitemap lists them (the 404 page last: it has no address of its own).
 * Keys are the files under src/pages.
 */
const PAGES = {
  'index.astro': single,
  'plan/index.astro': single,
  'plan/[part].astro': (site) => site.plan.parts.map((part) => ({ params: { part: String(part.number) }, props: { number: part.number } })),
  'plan/items/[item].astro': (site) =>
    site.plan.parts.flatMap((part) => part.items.map((item) => ({ params: { item: String(item.ordinal) }, props: { ordinal: item.ordinal } }))),
  'units/index.astro': single,
  'units/[slug].astro': (site) => site.plan.units.map((unit) => ({ params: { slug: unit.slug }, props: { id: unit.id } })),
  'counties/[...index].astro': withTable,
  'counties/[slug].astro': (site) => (site.derived?.counties ?? []).map((c) => ({ params: { slug: c.slug }, props: { slug: c.slug } })),
  'data/index.astro': single,
  'updates/[...index].astro': withTable,
  'charts/[...index].astro': withTable,
  'embed/[chart].astro': (site) => (hasTaskTable(site) ? listEmbedIds(site) : []).map((id) => ({ params: { chart: id }, props: { id } })),
  '404.astro': single,
} satisfies Record<string, PathsOf>;

/** The kinds of chart file `/charts/<file>` serves. */
export type ChartFileKind = 'svg' | 'csv' | 'png' | 'license';

/** Endpoints: downloads, chart files, share cards, the feed, the sitemap and robots.txt. */
const ENDPOINTS = {
  'data/[...path].ts': (site, address) =>
    siteDownloads(site, address).map((file) => ({ params: { path: file.path.replace(/^data\//, '') }, props: { path: file.path } })),
  'charts/[file].ts': (site) => {
    if (!hasTaskTable(site)) return [];
    const file = (name: string, id: string, kind: ChartFileKind) => ({ params: { file: name }, props: { id, kind } });
    return [
      ...listChartFiles(site).flatMap(({ id, png }) => [
        file(`${id}.svg`, id, 'svg'),
        file(`${id}.csv`, id, 'csv'),
        ...(png ? [file(`${id}.png`, id, 'png')] : []),
      ]),
      file(routes.fontLicense().replace('/charts/', ''), '', 'license'),
    ];
  },
  'share/[file].ts': (site) =>
    hasTaskTable(site) ? listChartFiles(site).filter((chart) => chart.card).map(({ id }) => ({ params: { file: `${id}.png` }, props: { id } })) : [],
  'updates/[feed].xml.ts': (site) => (site.releases.length > 0 ? [{ params: { feed: 'feed' }, props: {} }] : []),
  // A sitemap needs absolute URLs: without the site's address there is none.
  '[sitemap].xml.ts': (_, address) => (address.site ? [{ params: { sitemap: 'sitemap' }, props: {} }] : []),
  'robots.txt.ts': single,
} satisfies Record<string, PathsOf>;

/** A page file under src/pages. */
export type PageFile = keyof typeof PAGES;
/** An endpoint file under src/pages. */
export type EndpointFile = keyof typeof ENDPOINTS;
/** Any file under src/pages. */
export type RouteFile = PageFile | EndpointFile;

const TABLE = { ...PAGES, ...ENDPOINTS };
type Table = typeof TABLE;

/** The page files, in sitemap order, then the endpoint files. */
export const ROUTE_FILES = [...Object.keys(PAGES), ...Object.keys(ENDPOINTS)] as RouteFile[];

/** Whether a file under src/pages is a page (an `.astro` file) rather than an endpoint. */
export function isPageFile(file: RouteFile): file is PageFile {
  return file in PAGES;
}

/** What `file`'s getStaticPaths returns for this site, typed as that file's row (so its page's props are typed). */
export function listStaticPaths<F extends RouteFile>(file: F, site: AnySite, address: SiteAddress): ReturnType<Table[F]> {
  const paths: PathsOf = TABLE[file];
  return paths(site, address) as ReturnType<Table[F]>;
}

/**
 * The URL path a file renders for these params: `counties/[slug].astro` with `{ slug: 'jiaqu' }` →
 * `/counties/jiaqu/`; `data/[...path].ts` with `{ path: 'tasks.csv' }` → `/data/tasks.csv`.
 */
export function routeOf(file: RouteFile, params: StaticPath['params']): string {
  const page = isPageFile(file);
  const filled = file
    .replace(/\.(astro|ts)$/, '')
    .replace(/\[\.\.\.(\w+)\]|\[(\w+)\]/g, (_, rest?: string, name?: string) => params[rest ?? name ?? ''] ?? '')
    .replace(/(^|\/)index$/, '');
  const clean = `/${filled}`.replace(/\/{2,}/g, '/');
  return page && !clean.endsWith('/') ? `${clean}/` : clean;
}

/** Where a built folder holds a route: `/plan/` → `plan/index.html`, `/data/tasks.csv` → itself, the 404 page → `404.html`. */
export function outputFileOf(route: string): string {
  if (route === '/404/') return '404.html';
  const bare = route.replace(/^\//, '');
  return route.endsWith('/') ? `${bare}index.html` : bare;
}

/** Every route of the site, with the file that renders it and its path: pages first (in sitemap order), then endpoints. */
export function listRoutes(site: AnySite, address: SiteAddress): { file: RouteFile; route: string; path: StaticPath }[] {
  return ROUTE_FILES.flatMap((file) => listStaticPaths(file, site, address).map((path) => ({ file, route: routeOf(file, path.params), path })));
}

/** Every page with an address of its own, in sitemap order: the pages the output must hold (the 404 page aside). */
export function expectedRoutes(site: AnySite, address: SiteAddress): string[] {
  const pages = Object.keys(PAGES).filter((file) => file !== '404.astro') as PageFile[];
  return pages.flatMap((file) => listStaticPaths(file, site, address).map((path) => routeOf(file, path.params)));
}

/**
 * A page's or endpoint's `getStaticPaths`: its row of the table, for the site the build provided
 * (src/lib/load/current.ts). Typed as that row, so Astro types the page's props from it.
 */
export function staticPathsOf<F extends RouteFile>(file: F): () => ReturnType<Table[F]> {
  return () => {
    const { site, config } = currentSite();
    return listStaticPaths(file, site, config.address);
  };
}
