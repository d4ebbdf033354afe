/**
 * One page as a phone reader meets it, in Chromium: loaded (recording what goes wrong while it
 * loads), checked by axe-core, every <details> opened, and its layout read at each width asked
 * for; then the problems of many such visits as one readable message each.
 */
import type { Page } from 'playwright-core';
import { findViolations } from './axe';
import { layoutProblems, measureLayout, openAllDetails, type LayoutReading } from './layout';
import { formatProblems, formatViolations } from './report';

/** What one visit found. */
export interface Visit {
  /** Status other than 200, console errors, failed requests, requests to another host. */
  errors: string[];
  /** The layout at each width, every <details> open. */
  readings: Map<number, LayoutReading>;
  violations: Awaited<ReturnType<typeof findViolations>>;
}

/** Loads `url` in `page` (at 390 × 844 first), runs axe, opens every <details>, reads the layout at each width. */
export async function visitPage(page: Page, url: string, widths: readonly number[]): Promise<Visit> {
  const origin = new URL(url).origin;
  const errors: string[] = [];
  page.removeAllListeners();
  page.on('console', (message) => message.type() === 'error' && errors.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => errors.push(`uncaught ${error.name}: ${error.message}`));
  page.on('requestfailed', (request) => errors.push(`failed request ${request.url()} — ${request.failure()?.errorText ?? ''}`));
  page.on('request', (request) => !request.url().startsWith('data:') && new URL(request.url()).origin !== origin && errors.push(`request to another host: ${request.url()}`));
  page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
  await page.setViewportSize({ width: 390, height: 844 });
  const response = await page.goto(url, { waitUntil: 'load' });
  if (response?.status() !== 200) errors.push(`status ${response?.status() ?? 'none'}`);
  const violations = await findViolations(page);
  await openAllDetails(page);
  const readings = new Map<number, LayoutReading>();
  for (const width of widths) {
    await page.setViewportSize({ width, height: 844 });
    readings.set(width, await measureLayout(page));
  }
  return { errors, readings, violations };
}

/** Every visit that did not load cleanly, as one message; '' when none. */
export function reportLoads(visits: ReadonlyMap<string, Visit>): string {
  return formatProblems('Pages that did not load cleanly', new Map([...visits].map(([page, v]) => [page, v.errors])));
}

/** Every axe violation of every visit, as one message; '' when none. */
export function reportViolations(visits: ReadonlyMap<string, Visit>): string {
  return [...visits].filter(([, v]) => v.violations.length > 0).map(([page, v]) => formatViolations(page, v.violations)).join('\n\n');
}

/**
 * The phone layout at `width` of every visit: no sideways scroll, every cell on screen, body ≥ 18 px,
 * tables ≥ 16 px and, at 390 px, charts ≥ 12 px. The message ('' when none) and the cells measured.
 */
export function reportLayouts(visits: ReadonlyMap<string, Visit>, width: number): { message: string; cells: number } {
  let cells = 0;
  const problems = new Map<string, string[]>();
  for (const [page, v] of visits) {
    const reading = v.readings.get(width);
    if (!reading) continue;
    cells += reading.cells;
    const chart = reading.chartText;
    const small = width === 390 && chart && chart.min < 12 ? [`chart text ${chart.min.toFixed(1)} px < 12 («${chart.smallest}»)`] : [];
    problems.set(page, [...layoutProblems(reading), ...small]);
  }
  return { message: formatProblems(`Pages that do not fit ${width} px`, problems), cells };
}
