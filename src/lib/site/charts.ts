/**
 * Which chart stands beside which section. Placement follows what the text says, not a list of
 * places: a part that states the headline targets gets the totals; an item that sets a start
 * deadline for listed projects gets the per-county start targets of each year; an item that binds
 * county governments to annual target responsibility gets the per-county targets. Items with no
 * figures get none — their responsible units are what they show. Each county page shows the
 * county among all counties and its split by year; /counties/ compares the counties on each
 * figure. The charts are drawn, kept and served by ./chartStore.ts.
 */
import { countyFigureChart, countyFigureId } from '../charts/countyFigure.ts';
import { countyStartsForYearChart } from '../charts/countyStartsForYear.ts';
import { countyTotalsChart, countyTotalsId } from '../charts/countyTotals.ts';
import { countyYearSplitChart, countyYearsId } from '../charts/countyYearSplit.ts';
import { yearTotalsChart } from '../charts/yearTotals.ts';
import { INDICATORS, type Indicator } from '../grid.ts';
import { hasTaskTable, type AnySite, type Site } from '../load/index.ts';
import type { Part, WorkItem } from '../plan/types.ts';
import type { DerivedCounty } from '../tasks/derive.ts';
import { isCountyGovernment } from '../tasks/govern.ts';
import type { ChartOutput, DrawnChart, Served, ShownChart } from './chartReaders.ts';
import { countyPngs, drawShared, findCounty, findShared, registerCounty, serveShared, takeCounty, type CountyChartMaker } from './chartStore.ts';

/** True when the item names the county governments, together or one by one. */
function namesCountyGovernments(item: WorkItem): boolean {
  return item.units.some((u) => isCountyGovernment(u));
}

/** 「…要于当年6月底前全面开工」: a start deadline for the listed projects. */
const START_DEADLINE = /\d+月底前[^。]*开工/;
/** 「…签订年度…目标责任书，年底进行严格考核」: annual targets per county government. */
const ANNUAL_TARGETS = /目标责任|考核/;

function itemText(item: WorkItem): string {
  return [item.heading, ...item.body.map((p) => p.text)].join('');
}

/** The chart whose card a county page shares: the county's own split by year. */
function countyCardId(county: DerivedCounty): string {
  return countyYearsId(county.slug);
}

/** The two charts of a county page, with how to make each. */
function countyMakers(site: Site, county: DerivedCounty): CountyChartMaker[] {
  const makers: Omit<CountyChartMaker, 'card'>[] = [
    { id: countyTotalsId(county.slug), make: (c) => countyTotalsChart(site.derived, c, { highlight: county.slug }) },
    { id: countyYearsId(county.slug), make: (c) => countyYearSplitChart(county, c) },
  ];
  return makers.map((maker) => ({ ...maker, card: maker.id === countyCardId(county) }));
}

/** Charts beside a part: the headline targets when the part states them (none on a plan-only site). */
export function chartsForPart(site: AnySite, part: Part): ShownChart[] {
  if (!hasTaskTable(site)) return [];
  const lines = new Set(site.plan.headline.map((h) => h.line));
  const statesTargets = part.paragraphs.some((p) => lines.has(p.line));
  if (!statesTargets) return [];
  const { years, counties } = cityCharts(site);
  return [years, counties];
}

/** The shared charts beside a work item, following the rules in this module's comment. */
function sharedForItem(site: Site, item: WorkItem): DrawnChart[] {
  if (!namesCountyGovernments(item)) return [];
  const text = itemText(item);
  if (START_DEADLINE.test(text)) return site.derived.years.map((y) => sharedCountyStarts(site, y));
  if (ANNUAL_TARGETS.test(text)) return [sharedCountyTotals(site)];
  return [];
}

/** Charts beside a work item, following the rules in this module's comment (none on a plan-only site). */
export function chartsForItem(site: AnySite, item: WorkItem): ShownChart[] {
  if (!hasTaskTable(site)) return [];
  return sharedForItem(site, item).map((chart) => chart.page);
}

function sharedYearTotals(site: Site): DrawnChart {
  return drawShared(site, 'year-totals', (c) => yearTotalsChart(site.derived, c));
}

function sharedCountyTotals(site: Site): DrawnChart {
  return drawShared(site, countyTotalsId(), (c) => countyTotalsChart(site.derived, c));
}

/** The city-wide charts: totals by year, and every county's totals (home, /counties/, part 二). */
export function cityCharts(site: Site): { years: ShownChart; counties: ShownChart } {
  return { years: sharedYearTotals(site).page, counties: sharedCountyTotals(site).page };
}

function sharedCountyStarts(site: Site, year: number): DrawnChart {
  return drawShared(site, `county-starts-${year}`, (c) => countyStartsForYearChart(site.derived, year, c));
}

/** A comparison chart on /counties/: the figure's own chart where the site already draws one. */
function sharedComparison(site: Site, year: number | null, indicator: Indicator): DrawnChart {
  if (indicator === 'started') return year === null ? sharedCountyTotals(site) : sharedCountyStarts(site, year);
  return drawShared(site, countyFigureId(year, indicator), (c) => countyFigureChart(site.derived, year, indicator, c));
}

/**
 * The charts that compare counties on each figure, for /counties/: for each year and then the
 * whole plan, one chart per indicator, sorted from most to fewest (starts reuse the charts the
 * items and the home page show).
 */
export function comparisonCharts(site: Site): { year: number | null; indicator: Indicator; chart: ShownChart }[] {
  return [...site.derived.years, null].flatMap((year) => INDICATORS.map((indicator) => ({ year, indicator, chart: sharedComparison(site, year, indicator).page })));
}

/** Charts on a county page: the county among all counties, and its split by year. */
export function chartsForCounty(site: Site, county: DerivedCounty): ShownChart[] {
  return countyMakers(site, county).map((maker) => takeCounty(site, maker, 'page') as ShownChart);
}

/**
 * Ids of the charts shown on several pages (city-wide, parts, items), each once, in order of first
 * showing. Asking draws them: the store keeps them, so a later request finds each one.
 */
function listSharedIds(site: Site): string[] {
  const ids = new Set<string>([sharedYearTotals(site).page.id, sharedCountyTotals(site).page.id]);
  site.plan.parts.forEach((part) => {
    chartsForPart(site, part).forEach((chart) => ids.add(chart.id));
    part.items.forEach((item) => sharedForItem(site, item).forEach((chart) => ids.add(chart.page.id)));
  });
  comparisonCharts(site).forEach(({ chart }) => ids.add(chart.id));
  return [...ids];
}

/**
 * Every chart the site shows, each once, by id, for the /charts/ downloads: the shared charts,
 * then each county's two in table order. A county's charts are only named here, not made.
 */
export function listChartIds(site: Site): string[] {
  const ids = [...listSharedIds(site)];
  for (const county of site.derived.counties) {
    for (const maker of countyMakers(site, county)) {
      registerCounty(site, maker);
      ids.push(maker.id);
    }
  }
  return ids;
}

/** The county chart `id`, with how to make it; undefined for a shared chart or none. */
function findCountyMaker(site: Site, id: string): CountyChartMaker | undefined {
  for (const county of site.derived.counties) {
    const maker = countyMakers(site, county).find((own) => own.id === id);
    if (maker) return maker;
  }
  return undefined;
}

function serveChart<R extends ChartOutput | 'embed'>(site: Site, id: string, reader: R): Served[R] | undefined {
  const kept = findShared(site, id);
  if (kept) return serveShared(site, kept, reader);
  // Not listed yet (a lone request outside a build): find the county whose chart it is.
  const county = findCounty(site, id) ?? findCountyMaker(site, id);
  if (county) return takeCounty(site, county, reader);
  if (!listSharedIds(site).includes(id)) return undefined;
  const drawn = findShared(site, id);
  return drawn && serveShared(site, drawn, reader);
}

/**
 * The file `/charts/<id>.svg`, `.csv`, `.png` or the chart's share card, or undefined when no
 * chart has this id or this chart has no such file ({@link listChartFiles} names those it has).
 */
export function chartFile<K extends ChartOutput>(site: Site, id: string, kind: K): Served[K] | undefined {
  return serveChart(site, id, kind);
}

/** The chart as its embed page shows it, or undefined when no chart has this id. */
export function chartForEmbed(site: Site, id: string): ShownChart | undefined {
  return serveChart(site, id, 'embed');
}

/** Every chart's files, each once, in the order of {@link listChartIds}: which of PNG, card and embed page each has. */
export function listChartFiles(site: Site): { id: string; png: boolean; card: boolean; embed: boolean }[] {
  const shared = new Set(listSharedIds(site));
  const pngs = countyPngs(site);
  const cards = new Set(pngs ? site.derived.counties.map(countyCardId) : []);
  return listChartIds(site).map((id) => (shared.has(id) ? { id, png: true, card: true, embed: true } : { id, png: pngs, card: cards.has(id), embed: pngs }));
}

/**
 * Ids of the charts that get an embed page: every shared chart, and each county's charts up to
 * the store's PNG_COUNTY_LIMIT counties. A national table's thousands of county charts would
 * otherwise triple the pages a build writes; above the limit they keep their SVG and CSV.
 */
export function listEmbedIds(site: Site): string[] {
  return countyPngs(site) ? listChartIds(site) : listSharedIds(site);
}

/** The id of the chart whose share card a county page uses, or null above the limit (the page shares the city-wide card). */
export function countyShareChart(site: Site, county: DerivedCounty): string | null {
  return countyPngs(site) ? countyCardId(county) : null;
}
