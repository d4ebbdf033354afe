/**
 * Any site rendered in-process, the way Observable Plot's suite renders charts: the inputs are
 * loaded by the same pipeline as a build, and every route of the route table (src/lib/site/routes.ts)
 * is rendered by Astro's Container API with the site and its address handed in as `Astro.locals`,
 * as the build's middleware hands them. The result reads like a built folder: `file('plan/index.html')`,
 * `page('plan/')`. Only the `pages` test project can use it (it compiles .astro files).
 *
 * What differs from a build: no stylesheet is inlined into the pages (the one site.css; the real
 * builds check it), and chart PNGs and share cards are drawn only when asked (`images: true`).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { SSRManifest } from 'astro';
import { parseHTML } from 'linkedom';
import { makeConfig, type SiteAddress } from '../../src/lib/config/index.ts';
import { buildSite, type AnySite } from '../../src/lib/load/index.ts';
import { isPageFile, listRoutes, outputFileOf as fileOfRoute, type RouteFile } from '../../src/lib/site/routes.ts';

/** What a site is made of: a plan text and a data folder, the day it is built, where it is served. */
export interface SiteInputs {
  planFile?: string;
  dataDir?: string;
  /** Default 2026-12-31: fixtures never depend on the clock. */
  today?: string;
  address?: Partial<SiteAddress>;
}

/** The files of a rendered site, by their path in a built folder (`plan/index.html`, `data/tasks.csv`). */
export interface RenderedSite {
  site: AnySite;
  address: SiteAddress;
  /** Every file, in route-table order. */
  files: ReadonlyMap<string, string | Uint8Array>;
  /** Every page's route (`/`, `/plan/`, …; the 404 page as `/404/`). */
  pages: readonly string[];
  /** A file's text; throws when the site has no such file. */
  file: (path: string) => string;
  /** A file's bytes. */
  bytes: (path: string) => Uint8Array;
  /** A page, parsed afresh (`plan/` or `/plan/`; `` or `/` for the home page). */
  page: (route: string) => Document;
  /** The text of a page's `<main>`. */
  main: (route: string) => string;
  has: (path: string) => boolean;
  /** Every text file (pages, tables, charts, downloads), as [path, text]. */
  texts: () => [string, string][];
}

type PageModule = { default: AstroComponentFactory };
type EndpointModule = Record<string, unknown>;
const MODULES = import.meta.glob<PageModule | EndpointModule>('/src/pages/**/*.{astro,ts}');

let container: Promise<AstroContainer> | null = null;

/**
 * One container for the worker: it holds no site (each render hands its own in), only the output
 * settings of astro.config.mjs that shape a page's bytes.
 */
function getContainer(): Promise<AstroContainer> {
  // The Container API takes these from a build manifest; the rest of one is not needed to render.
  const manifest = { trailingSlash: 'always', buildFormat: 'directory', compressHTML: true } as Partial<SSRManifest> as SSRManifest;
  container ??= AstroContainer.create({ manifest });
  return container;
}

/** `plan`, `plan/`, `/plan/` → `plan/index.html`; `` → `index.html`. */
function pageFile(route: string): string {
  const bare = route.replace(/^\/+|\/+$/g, '');
  return bare === '' ? 'index.html' : `${bare}/index.html`;
}

/** Loads a site from its inputs (with the pipeline a build runs) and the settings a build would have. */
export function loadInputs(inputs: SiteInputs): { site: AnySite; address: SiteAddress } {
  const config = makeConfig({ today: '2026-12-31', ...inputs, address: inputs.address });
  return { site: buildSite(config.planFile, config.dataDir, { today: config.today }), address: config.address };
}

/** Renders every route of the site, or those `only` keeps; chart PNGs and share cards only with `images`. */
export async function renderSite(inputs: SiteInputs | { site: AnySite; address?: Partial<SiteAddress> }, options: { images?: boolean; only?: (route: string, file: RouteFile) => boolean } = {}): Promise<RenderedSite> {
  const loaded = 'site' in inputs ? { site: inputs.site, address: makeConfig({ address: inputs.address }).address } : loadInputs(inputs);
  const { site, address } = loaded;
  const locals = { site, address };
  const renderer = await getContainer();
  const files = new Map<string, string | Uint8Array>();
  const pages: string[] = [];
  for (const { file, route, path } of listRoutes(site, address)) {
    if (options.only && !options.only(route, file)) continue;
    if (!options.images && /^(charts|share)\/.*\.png$/.test(fileOfRoute(route))) continue;
    const load = MODULES[`/src/pages/${file}`];
    if (!load) throw new Error(`the route table names src/pages/${file}, which does not exist`);
    const module = await load();
    const request = new Request(new URL(route, 'http://site.test'));
    if (isPageFile(file)) {
      pages.push(route);
      const component = (module as PageModule).default;
      files.set(fileOfRoute(route), await renderer.renderToString(component, { params: path.params, props: path.props, locals, request, partial: false }));
    } else {
      const response = await renderer.renderToResponse(module as never, { routeType: 'endpoint', params: path.params, props: path.props, locals, request });
      const body = new Uint8Array(await response.arrayBuffer());
      files.set(fileOfRoute(route), /^(text|application\/(json|xml|atom))/.test(response.headers.get('content-type') ?? '') ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(body) : body);
    }
  }
  const get = (path: string) => {
    const body = files.get(path.replace(/^\//, ''));
    if (body === undefined) throw new Error(`the rendered site has no file ${path}`);
    return body;
  };
  const file = (path: string) => {
    const body = get(path);
    return typeof body === 'string' ? body : new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
  };
  // Parsed afresh on every call: a test may change what it was given.
  const page = (route: string) => parseHTML(file(pageFile(route))).document;
  return {
    site,
    address,
    files,
    pages,
    file,
    bytes: (path) => {
      const body = get(path);
      return typeof body === 'string' ? new TextEncoder().encode(body) : body;
    },
    page,
    main: (route) => page(route).querySelector('main')?.textContent ?? '',
    has: (path) => files.has(path.replace(/^\//, '')),
    texts: () => [...files.keys()].filter((path) => /\.(html|csv|json|svg|txt|xml)$|SHA256SUMS$/.test(path)).map((path) => [path, file(path)]),
  };
}
