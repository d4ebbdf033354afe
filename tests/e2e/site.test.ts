/**
 * End to end: the built site, served on 127.0.0.1 and read in Chromium at 390×844, page by page,
 * reached only by following links from the home page.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeInBrowser, launchBrowser, type LaunchedBrowser } from '../helpers/browser';
import { listPages, serveDist } from '../helpers/server';
import type { StaticServer } from '../../src/cli/support/static';
import { countyEmbedKind as embedKind, crawlSite, pageKind, type CrawlResult, type PageVisit } from './support/crawl';
import { describeTextDifference, formatProblems, formatViolations } from './support/report';

/** Pages reached by following links from `start` (fragments dropped). */
function reachableFrom(start: string, crawl: CrawlResult): Set<string> {
  const reached = new Set([start]);
  const queue = [start];
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    for (const link of crawl.pages.get(url)?.snapshot?.links ?? []) {
      const target = new URL(link);
      target.hash = '';
      if (crawl.pages.has(target.href) && !reached.has(target.href)) {
        reached.add(target.href);
        queue.push(target.href);
      }
    }
  }
  return reached;
}

const DOWNLOAD = /(\.(csv|json|txt|svg)|\/SHA256SUMS)$/i;


describeInBrowser('the built site in Chromium', () => {
  let server: StaticServer;
  let browser: LaunchedBrowser;
  let noJsBrowser: LaunchedBrowser;
  let crawl: CrawlResult;
  const show = (url: string): string => '/' + url.slice(server.url.length);
  const total = (visit: PageVisit): number => visit.timings.load + visit.timings.axe + visit.timings.noJs;

  /** Throws one readable error listing every page with a problem. */
  const expectNoProblems = (title: string, find: (visit: PageVisit) => string[]): void => {
    const problems = new Map([...crawl.pages.values()].map((visit) => [show(visit.url), find(visit)]));
    const message = formatProblems(title, problems);
    if (message) throw new Error(message);
  };

  beforeAll(async () => {
    server = await serveDist(inject('distDir'), inject('distBasePath'));
    [browser, noJsBrowser] = await Promise.all([launchBrowser(), launchBrowser({ javaScriptEnabled: false })]);
    // Pages no link reaches are visited too (so every check covers every page); the orphan test
    // then fails on them, using only the links followed from the home page.
    const seeds = (await listPages(inject('distDir'))).map((page) => new URL(page, server.url).href);
    crawl = await crawlSite({ context: browser.context, noJsContext: noJsBrowser.context, startUrl: server.url, seeds, concurrency: 3, axeKind: embedKind, noJsKind: pageKind });
    const requests = [...crawl.pages.values()].reduce((sum, visit) => sum + visit.requests.length, 0);
    console.log(
      `[e2e] crawled ${crawl.pages.size} page(s) and ${crawl.resources.size} other link target(s) ` +
        `(${requests} browser requests) in ${(crawl.ms / 1000).toFixed(1)} s; ` +
        `${crawl.externalLinks.size} external link(s) not followed`,
    );
    const sum = (key: 'load' | 'axe' | 'noJs') => Math.round([...crawl.pages.values()].reduce((n, visit) => n + visit.timings[key], 0) / 1000);
    console.log(`[e2e] time in all pages: load ${sum('load')} s, axe ${sum('axe')} s, no-JS load ${sum('noJs')} s`);
    const slowest = [...crawl.pages.values()].sort((a, b) => total(b) - total(a)).slice(0, 3);
    console.log(`[e2e] slowest pages (load + axe + no-JS load, ms): ${slowest.map((visit) => `${show(visit.url)} ${Math.round(total(visit))}`).join(', ')}`);
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), noJsBrowser?.close(), server?.close()]);
  });

  it('reaches every page in dist by following links from the home page (no orphan pages)', async () => {
    const reached = reachableFrom(server.url, crawl);
    const orphans = (await listPages(inject('distDir'))).filter((page) => !reached.has(new URL(page, server.url).href));
    if (orphans.length > 0) {
      throw new Error(`Pages that no link reaches from the home page:\n${orphans.map((page) => `  /${page}`).join('\n')}`);
    }
    expect(crawl.pages.size).toBeGreaterThan(0);
  });

  it('answers every page with HTTP 200', () => {
    expectNoProblems('Pages that did not load with 200', (visit) => [
      ...(visit.status === 200 ? [] : [`status ${visit.status ?? 'none'}`]),
      ...(visit.error ? [visit.error] : []),
      ...(visit.noJs && visit.noJs.status !== 200 ? [`status without JavaScript ${visit.noJs.status ?? 'none'}`] : []),
    ]);
  });

  it('logs no console error on any page', () => {
    expectNoProblems('Console errors', (visit) => visit.consoleErrors);
  });

  it('has no failed request on any page', () => {
    expectNoProblems('Failed requests', (visit) => visit.failedRequests);
  });

  it('requests nothing from any host but the local server', () => {
    expectNoProblems('Requests to other hosts (readers may not reach them)', (visit) => visit.foreignRequests);
    expect([...crawl.pages.values()].every((visit) => visit.requests.length > 0)).toBe(true);
  });

  it('has no axe-core violations of WCAG 2.1 A and AA (county embed pages: the first of each kind)', () => {
    const checked = [...crawl.pages.values()].filter((visit) => visit.axeChecked);
    const skipped = [...crawl.pages.values()].filter((visit) => !visit.axeChecked && !visit.error);
    expect(skipped.every((visit) => embedKind(visit.url) !== null), 'only county embed pages skip axe').toBe(true);
    expect(checked.length).toBeGreaterThan(crawl.pages.size / 2);
    const failing = [...crawl.pages.values()].filter((visit) => visit.violations.length > 0);
    if (failing.length > 0) {
      const report = failing.map((visit) => formatViolations(show(visit.url), visit.violations)).join('\n\n');
      throw new Error(`axe-core found violations on ${failing.length} page(s):\n\n${report}`);
    }
  });

  it('does not scroll sideways at 390×844 (wide tables scroll in their own box)', () => {
    expectNoProblems('Pages wider than the 390 px viewport', (visit) => {
      const snapshot = visit.snapshot;
      if (!snapshot || snapshot.scrollWidth <= snapshot.clientWidth) return [];
      return [`scrollWidth ${snapshot.scrollWidth} > clientWidth ${snapshot.clientWidth}`, ...snapshot.overflowing];
    });
  });

  it('shows the same text, charts and tables with JavaScript disabled (the first page of each kind: no page ships a script)', () => {
    const kinds = new Set([...crawl.pages.keys()].map(pageKind));
    const compared = [...crawl.pages.values()].filter((visit) => visit.noJs);
    expect(new Set(compared.map((visit) => pageKind(visit.url)))).toEqual(kinds);
    expectNoProblems('Pages that differ without JavaScript', (visit) => {
      const withJs = visit.snapshot;
      const withoutJs = visit.noJs;
      if (!withJs && !visit.error) return ['not loaded with JavaScript'];
      if (!withJs || !withoutJs) return [];
      const problems: string[] = [];
      if (withJs.svgCount !== withoutJs.svgCount) problems.push(`<svg> count ${withJs.svgCount} with JS, ${withoutJs.svgCount} without`);
      if (withJs.tableCount !== withoutJs.tableCount) problems.push(`<table> count ${withJs.tableCount} with JS, ${withoutJs.tableCount} without`);
      if (withJs.text !== withoutJs.text) problems.push(describeTextDifference(withJs.text, withoutJs.text));
      return problems;
    });
  });

  it('answers 200 for every internal link, and every #fragment exists on its page', () => {
    const problems = new Map<string, string[]>();
    const add = (page: string, problem: string): void => {
      problems.set(page, [...(problems.get(page) ?? []), problem]);
    };
    for (const resource of crawl.resources.values()) {
      if (resource.status === 200) continue;
      const to = resource.location ? ` → ${resource.location}` : '';
      for (const from of new Set(resource.linkedFrom)) add(show(from), `${show(resource.url)} answers ${resource.status}${to}`);
    }
    for (const visit of crawl.pages.values()) {
      for (const link of new Set(visit.snapshot?.links ?? [])) {
        const url = new URL(link);
        if (url.origin !== new URL(server.url).origin || url.hash.length <= 1) continue;
        const fragment = decodeURIComponent(url.hash.slice(1));
        url.hash = '';
        const target = crawl.pages.get(url.href);
        if (target?.snapshot && !target.snapshot.ids.includes(fragment)) {
          add(show(visit.url), `${show(link)}: no element with id "${fragment}" on ${show(url.href)}`);
        }
      }
    }
    const message = formatProblems('Broken internal links', problems);
    if (message) throw new Error(message);
  });

  it('serves every download with 200, and every CSV and JSON download parses', () => {
    const downloads = [...crawl.resources.values()].filter((resource) => DOWNLOAD.test(new URL(resource.url).pathname));
    const problems = downloads
      .filter((resource) => resource.status !== 200 || resource.parseError)
      .map((resource) => `  ${show(resource.url)}: ${resource.status !== 200 ? `status ${resource.status}` : resource.parseError}`);
    if (problems.length > 0) throw new Error(`Broken downloads:\n${problems.join('\n')}`);
    console.log(`[e2e] ${downloads.length} download(s) checked: ${downloads.map((resource) => show(resource.url)).join(', ') || 'none linked yet'}`);
  });
});
