/**
 * Byte budgets, measured from the files of both real builds (deterministic; no timings):
 * no JavaScript shipped, and at most 30 KB gzipped per page (HTML + CSS + images it loads).
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { listScriptFiles, measurePages, type PageWeight } from '../../src/cli/support/pageWeight';

/** JavaScript a page may ship. An issue that adds optional enhancement must raise this explicitly. */
const JS_BUDGET_BYTES = 0;
/** Total transfer per page, gzip. */
const PAGE_BUDGET_GZIP = 30 * 1024;

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

const BUILDS = [
  { name: 'the real site', dist: () => inject('realDist'), base: () => '/' },
  { name: 'the two-release fixture', dist: () => inject('fixtureDist'), base: () => inject('fixtureSettings').base },
];

describe.each(BUILDS)('byte budgets of $name', ({ dist, base }) => {
  let weights: PageWeight[];

  beforeAll(() => {
    weights = measurePages(dist(), base());
    console.log(`[budgets] heaviest pages of ${weights.length} (gzip level 9; budget ${kb(PAGE_BUDGET_GZIP)} KB):`);
    console.table(
      weights.slice(0, 8).map((weight) => ({
        page: `/${weight.page}`,
        'html KB': kb(weight.htmlBytes),
        'total KB': kb(weight.totalBytes),
        'total gzip KB': kb(weight.totalGzip),
        'JS bytes': weight.jsBytes,
        assets: weight.assets.length,
      })),
    );
  });

  it('ships no JavaScript files', () => {
    expect(listScriptFiles(dist())).toEqual([]);
  });

  it(`ships at most ${JS_BUDGET_BYTES} bytes of JavaScript on every page (JSON-LD is data, not script)`, () => {
    const over = weights.filter((weight) => weight.jsBytes > JS_BUDGET_BYTES).map((weight) => `/${weight.page}: ${weight.jsBytes} bytes`);
    expect(over).toEqual([]);
  });

  it(`keeps every page's transfer (HTML + CSS + images) at most ${kb(PAGE_BUDGET_GZIP)} KB gzipped`, () => {
    const over = weights
      .filter((weight) => weight.totalGzip > PAGE_BUDGET_GZIP)
      .map((weight) => `/${weight.page}: ${kb(weight.totalGzip)} KB gzip (${weight.assets.join(', ') || 'HTML only'})`);
    expect(over).toEqual([]);
  });
});
