/**
 * Crawls a served site in Chromium from its home page, following every internal link, and records
 * for each page what the end-to-end checks need: status, console errors, failed and foreign
 * requests, links, ids, axe violations, layout width, and the same page without JavaScript.
 */
import type { AxeResults } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { checkResource, type ResourceCheck } from './resources';
import { findViolations } from './axe';

/** WCAG levels every page must satisfy. */

/**
 * The kind of a county chart's embed page (`/embed/county-totals-<slug>/` → `county-totals`), or
 * null for any other page: one template around one county's chart, the same for every county,
 * so the first of each kind stands for the rest in the slower whole-page checks (axe; the layout
 * test's two widths with every <details> open). The crawl still loads every one of them (status,
 * console, requests, sideways scroll at 390 px, links, the same text without JavaScript).
 */
export function countyEmbedKind(url: string): string | null {
  return /\/embed\/(county-(?:totals|years))-[^/]+\/$/.exec(new URL(url, 'http://x/').pathname)?.[1] ?? null;
}

/** The pages but the county embed pages after the first of each kind (see {@link countyEmbedKind}). */
export function sampleCountyEmbeds(pages: readonly string[]): string[] {
  const seen = new Set<string>();
  return pages.filter((page) => {
    const kind = countyEmbedKind(`/${page}`);
    if (kind === null) return true;
    if (seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
}

/** What one page looks like, read in the page. */
export interface PageSnapshot {
  title: string;
  /** `a[href]` targets, absolute, with their fragment. */
  links: string[];
  /** Every `id` (and `a[name]`) on the page, for fragment links. */
  ids: string[];
  /** Visible text, whitespace collapsed. */
  text: string;
  svgCount: number;
  tableCount: number;
  scrollWidth: number;
  clientWidth: number;
  /** Elements sticking out to the right of the viewport, when the page overflows. */
  overflowing: string[];
}

/** Everything recorded about one page. */
export interface PageVisit {
  url: string;
  status: number | undefined;
  /** Pages that link here (absolute URLs). */
  linkedFrom: string[];
  consoleErrors: string[];
  failedRequests: string[];
  requests: string[];
  foreignRequests: string[];
  snapshot?: PageSnapshot;
  noJs?: Pick<PageSnapshot, 'text' | 'svgCount' | 'tableCount'> & { status: number | undefined };
  violations: AxeResults['violations'];
  /** Set when the page could not be visited at all. */
  error?: string;
  /** Whether axe ran on this page (see {@link CrawlOptions.axeKind}). */
  axeChecked?: boolean;
  /** Milliseconds spent loading, in axe, and loading again without JavaScript. */
  timings: { load: number; axe: number; noJs: number };
}

/** The result of a crawl. */
export interface CrawlResult {
  pages: Map<string, PageVisit>;
  /** Non-page link targets (downloads, charts) and pages that failed to answer with HTML. */
  resources: Map<string, ResourceCheck & { linkedFrom: string[] }>;
  /** Links leaving the site: not fetched (tests never touch the network), listed for review. */
  externalLinks: Set<string>;
  ms: number;
}

/** Options for {@link crawlSite}. */
export interface CrawlOptions {
  context: BrowserContext;
  /** A context with JavaScript disabled, for the no-JS comparison. */
  noJsContext: BrowserContext;
  /** Base URL of the served site, ending in `/`. */
  startUrl: string;
  /** Pages visited at once; default 3. */
  concurrency?: number;
  /** Extra URLs to start from (diagnostics only: the e2e test starts from the home page alone). */
  seeds?: string[];
  /**
   * The kind of a page whose accessibility its first page of that kind stands for (the same
   * template around a different chart), or null: axe runs on every page without a kind, and on
   * the first page visited of each kind.
   */
  axeKind?: (url: string) => string | null;
  /**
   * The kind of a page for the load without JavaScript (the pages ship none, budgets.test.ts): only
   * the first page of each kind is loaded a second time. Without it, every page is.
   */
  noJsKind?: (url: string) => string;
}

/** `/counties/zhanggongqu/` → `/counties/*\/`: pages made by one template, told apart by their last segment. */
export function pageKind(url: string): string {
  const segments = new URL(url, 'http://x/').pathname.split('/').filter(Boolean);
  return segments.length < 2 ? `/${segments.join('/')}` : `/${[...segments.slice(0, -1), '*'].join('/')}/`;
}

/** Crawls the site from `startUrl`; never throws for a broken page (it is recorded instead). */
export async function crawlSite(options: CrawlOptions): Promise<CrawlResult> {
  const started = performance.now();
  const origin = new URL(options.startUrl).origin;
  const pages = new Map<string, PageVisit>();
  const resources = new Map<string, ResourceCheck & { linkedFrom: string[] }>();
  const externalLinks = new Set<string>();
  const seen = new Map<string, string[]>();
  const queue: string[] = [];
  const axeKinds = new Set<string>();
  const noJsKinds = new Set<string>();

  const isLocal = (url: URL): boolean => url.origin === origin;
  for (const context of [options.context, options.noJsContext]) {
    // Tests never reach the network: anything not served locally is recorded by the page and aborted here.
    await context.route((url) => /^(https?|wss?):$/.test(url.protocol) && !isLocal(url), (route) => route.abort('blockedbyclient'));
  }

  const discover = async (href: string, from: string | undefined): Promise<void> => {
    const url = new URL(href);
    if (!/^https?:$/.test(url.protocol)) return;
    if (!isLocal(url)) {
      externalLinks.add(href);
      return;
    }
    url.hash = '';
    const key = url.href;
    const known = seen.get(key);
    if (known) {
      if (from) known.push(from);
      return;
    }
    const linkedFrom = from ? [from] : [];
    seen.set(key, linkedFrom);
    const check = await checkResource(key);
    if (check.status === 200 && check.contentType.startsWith('text/html')) {
      pages.set(key, { url: key, status: undefined, linkedFrom, consoleErrors: [], failedRequests: [], requests: [], foreignRequests: [], violations: [], timings: { load: 0, axe: 0, noJs: 0 } });
      queue.push(key);
    } else {
      resources.set(key, { ...check, linkedFrom });
    }
  };

  await discover(options.startUrl, undefined);
  for (const seed of options.seeds ?? []) await discover(seed, undefined);
  let active = 0;
  await new Promise<void>((resolve, reject) => {
    const pump = (): void => {
      if (queue.length === 0 && active === 0) return resolve();
      while (active < (options.concurrency ?? 3) && queue.length > 0) {
        const url = queue.shift() as string;
        const visit = pages.get(url) as PageVisit;
        active += 1;
        const kind = options.axeKind?.(url) ?? null;
        const runAxe = kind === null || !axeKinds.has(kind);
        if (kind !== null) axeKinds.add(kind);
        const noJsKind = options.noJsKind?.(url);
        const loadWithoutJs = noJsKind === undefined || !noJsKinds.has(noJsKind);
        if (noJsKind !== undefined) noJsKinds.add(noJsKind);
        visitPage(options, visit, origin, runAxe, loadWithoutJs)
          .then(async () => {
            for (const link of visit.snapshot?.links ?? []) await discover(link, url);
          })
          .then(() => {
            active -= 1;
            pump();
          }, reject);
      }
    };
    pump();
  });
  return { pages, resources, externalLinks, ms: performance.now() - started };
}

async function visitPage(options: CrawlOptions, visit: PageVisit, origin: string, runAxe: boolean, loadWithoutJs: boolean): Promise<void> {
  const page = await options.context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location();
    visit.consoleErrors.push(`${message.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => visit.consoleErrors.push(`uncaught ${error.name}: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    visit.requests.push(url);
    if (/^(https?|wss?):/.test(url) && new URL(url).origin !== origin) visit.foreignRequests.push(url);
  });
  page.on('requestfailed', (request) => {
    const url = request.url();
    if (visit.foreignRequests.includes(url)) return;
    visit.failedRequests.push(`${request.method()} ${url} — ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) visit.failedRequests.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  let mark = performance.now();
  const lap = (): number => -mark + (mark = performance.now());
  try {
    const response = await page.goto(visit.url, { waitUntil: 'load', timeout: 30_000 });
    visit.status = response?.status();
    visit.snapshot = await takeSnapshot(page);
    visit.timings.load = lap();
    if (runAxe) {
      visit.violations = await findViolations(page);
      visit.axeChecked = true;
    }
    visit.timings.axe = lap();
  } catch (error) {
    visit.error = error instanceof Error ? error.message : String(error);
  } finally {
    await page.close();
  }

  lap();
  if (!loadWithoutJs) return;
  const noJsPage = await options.noJsContext.newPage();
  try {
    const response = await noJsPage.goto(visit.url, { waitUntil: 'load', timeout: 30_000 });
    const { text, svgCount, tableCount } = await takeSnapshot(noJsPage);
    visit.noJs = { status: response?.status(), text, svgCount, tableCount };
    visit.timings.noJs = lap();
  } catch (error) {
    visit.error = `${visit.error ? `${visit.error}; ` : ''}without JavaScript: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    await noJsPage.close();
  }
}

function takeSnapshot(page: Page): Promise<PageSnapshot> {
  return page.evaluate(SNAPSHOT_SCRIPT) as Promise<PageSnapshot>;
}

/**
 * Runs in the page. Kept as plain JavaScript source, because transpilers (tsx with keepNames)
 * would inject helpers such as `__name` into a function passed to `page.evaluate`.
 */
const SNAPSHOT_SCRIPT = `(() => {
  const root = document.documentElement;
  const describe = (element) =>
    element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') +
    [...element.classList].slice(0, 2).map((name) => '.' + name).join('');
  const clips = (value) => value === 'auto' || value === 'scroll' || value === 'hidden' || value === 'clip';
  // Is the element clipped by a scrolling ancestor? Only ancestors on its containing-block chain
  // clip it: an absolutely positioned element escapes a static scroll box (a common cause of overflow).
  const scrollsItself = (element) => {
    let position = getComputedStyle(element).position;
    for (let node = element.parentElement; node && node !== root && node !== document.body; node = node.parentElement) {
      const style = getComputedStyle(node);
      const containing = position === 'fixed' ? style.transform !== 'none'
        : position === 'absolute' ? style.position !== 'static' || style.transform !== 'none'
        : true;
      if (!containing) continue;
      if (clips(style.overflowX)) return true;
      position = style.position;
    }
    return false;
  };
  const widest = new Map();
  if (root.scrollWidth > root.clientWidth) {
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.right > root.clientWidth + 0.5 && box.width > 0 && !scrollsItself(element)) {
        const name = describe(element) + (getComputedStyle(element).position === 'absolute' ? ' (position: absolute)' : '');
        widest.set(name, Math.max(widest.get(name) || 0, Math.round(box.right)));
      }
    }
  }
  const overflowing = [...widest].slice(0, 6).map(([name, right]) => name + ' reaches x=' + right + ' px');
  return {
    title: document.title,
    links: [...document.querySelectorAll('a[href], area[href]')].map((a) => a.href),
    ids: [...document.querySelectorAll('[id]')].map((element) => element.id)
      .concat([...document.querySelectorAll('a[name]')].map((a) => a.name)),
    text: ((document.body && document.body.innerText) || '').replace(/\\s+/g, ' ').trim(),
    svgCount: document.querySelectorAll('svg').length,
    tableCount: document.querySelectorAll('table').length,
    scrollWidth: root.scrollWidth,
    clientWidth: root.clientWidth,
    overflowing,
  };
})()`;
