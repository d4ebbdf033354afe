/**
 * Which chart stands beside which section, and each chart made, drawn and served once. Placement
 * follows what the text says, not a list of places: a part that states the headline targets gets
 * the totals; an item that sets a start deadline for listed projects gets the per-county start
 * targets of each year; an item that binds county governments to annual target responsibility
 * gets the per-county targets. Items with no figures get none — their responsible units are what
 * they show.
 *
 * Every chart is drawn by Plot once, and its three outputs are made from that one drawing: the
 * inline SVG with its caption and table for the page, `/charts/<id>.svg` and `/charts/<id>.csv`.
 * The few charts shared by several pages are kept for the whole build. A county's own charts have
 * one page and two files each: what is not served yet is kept as compact bytes until its reader
 * comes, then forgotten, so memory holds no chart spec or drawing beyond the page in hand.
 */
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import { chartCsv } from '../charts/csv.ts';
import { countyFigureChart, countyFigureId } from '../charts/countyFigure.ts';
import { countyStartsForYearChart } from '../charts/countyStartsForYear.ts';
import { countyTotalsChart, countyTotalsId } from '../charts/countyTotals.ts';
import { countyYearSplitChart, countyYearsId } from '../charts/countyYearSplit.ts';
import { renderChartSvgs } from '../charts/render.ts';
import type { ChartContext, ChartSpec } from '../charts/types.ts';
import { yearTotalsChart } from '../charts/yearTotals.ts';
import type { SiteFacts } from '../facts.ts';
import { INDICATORS, type Indicator } from '../grid.ts';
import type { Site } from '../load.ts';
import type { Part, WorkItem } from '../plan/types.ts';
import type { DerivedCounty } from '../tasks/derive.ts';
import { isCountyGovernment } from '../tasks/govern.ts';

/** A chart as a page shows it: its id, caption, table and source line, and the inline SVG. */
export interface ShownChart extends Pick<ChartSpec, 'id' | 'caption' | 'table' | 'source'> {
  svg: string;
}

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

/** What the charts say besides their data, from the site's facts. */
export function chartContext(facts: SiteFacts): ChartContext {
  return { unit: facts.unitShort, unitFull: facts.unit, subject: facts.subject ?? '', short: facts.short, source: facts.source };
}

/** Who reads a drawn chart: the page that shows it, and its two files. */
type Reader = 'page' | 'svg' | 'csv';

/** A chart drawn: what each of its readers is served. */
interface DrawnChart {
  page: ShownChart;
  svg: string;
  csv: string;
}

/**
 * A county's chart: how to make it, and what its readers have not taken yet, as deflated UTF-8
 * (off the JS heap, about a fifth of the text: Astro writes every /charts/ file before the first
 * county page, so a large table's county charts all wait at once).
 */
interface CountyChart {
  make: (context: ChartContext) => ChartSpec;
  drawn: boolean;
  waiting: Map<Reader, Uint8Array>;
}

const encoder = new TextEncoder();
// ignoreBOM: keep a leading U+FEFF (the CSV's BOM) as text, as it was written.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
/**
 * Fastest deflate: what waits is read back once, within the same build. Copied out, because zlib
 * hands back a view of its 16 KiB output chunk, which would keep the whole chunk alive.
 */
const pack = (text: string): Uint8Array => new Uint8Array(deflateRawSync(encoder.encode(text), { level: constants.Z_BEST_SPEED }));
const unpack = (bytes: Uint8Array): string => decoder.decode(inflateRawSync(bytes));

const READERS = ['page', 'svg', 'csv'] as const;

interface ChartCache {
  site: Site;
  context: ChartContext;
  /** Charts shown on several pages, by id, drawn on first use and kept. */
  shared: Map<string, DrawnChart>;
  /** Ids of the shared charts, in the order the site first shows them. */
  sharedIds: string[] | null;
  /** A county's charts by id, until their three readers have each been served. */
  counties: Map<string, CountyChart>;
  /** Charts drawn so far. */
  drawn: number;
}
let cache: ChartCache | null = null;

function cacheFor(site: Site): ChartCache {
  if (!cache || cache.site !== site) cache = { site, context: chartContext(site.facts), shared: new Map(), sharedIds: null, counties: new Map(), drawn: 0 };
  return cache;
}

/** Draws a spec once and makes all three outputs from it. */
function draw(site: Site, spec: ChartSpec): DrawnChart {
  cacheFor(site).drawn++;
  const { inline, standalone } = renderChartSvgs(spec);
  return { page: { id: spec.id, caption: spec.caption, table: spec.table, source: spec.source, svg: inline }, svg: standalone, csv: chartCsv(spec) };
}

/** A chart shown on several pages: made and drawn once per build, then kept. */
function shared(site: Site, id: string, make: (context: ChartContext) => ChartSpec): DrawnChart {
  const { shared: byId, context } = cacheFor(site);
  let chart = byId.get(id);
  if (!chart) {
    const spec = make(context);
    if (spec.id !== id) throw new Error(`chart ${spec.id}: expected id ${id}`);
    chart = draw(site, spec);
    byId.set(id, chart);
  }
  return chart;
}

/** The two charts of a county page, by id, with how to make each. */
function countyMakers(site: Site, county: DerivedCounty): [string, (context: ChartContext) => ChartSpec][] {
  return [
    [countyTotalsId(county.slug), (c) => countyTotalsChart(site.derived, c, { highlight: county.slug })],
    [countyYearsId(county.slug), (c) => countyYearSplitChart(county, c)],
  ];
}

function registerCounty(site: Site, county: DerivedCounty): void {
  const { counties } = cacheFor(site);
  for (const [id, make] of countyMakers(site, county)) if (!counties.has(id)) counties.set(id, { make, drawn: false, waiting: new Map() });
}

/**
 * Serves one reader of a county's chart: draws it on the first request, keeps what the other
 * readers still need, and forgets the chart once all three have been served. A reader that comes
 * again (not in a build) gets the chart made and drawn afresh: the same bytes.
 */
function takeCounty<R extends Reader>(site: Site, id: string, reader: R, make: (context: ChartContext) => ChartSpec): DrawnChart[R] {
  const { counties, context } = cacheFor(site);
  let entry = counties.get(id);
  if (!entry || (entry.drawn && !entry.waiting.has(reader))) {
    entry = { make, drawn: false, waiting: new Map() };
    counties.set(id, entry);
  }
  if (!entry.drawn) {
    const drawn = draw(site, entry.make(context));
    // JSON keeps a shown chart whole: its table holds strings, whole numbers and null only.
    for (const other of READERS) if (other !== reader) entry.waiting.set(other, pack(other === 'page' ? JSON.stringify(drawn.page) : drawn[other]));
    entry.drawn = true;
    return drawn[reader];
  }
  const text = unpack(entry.waiting.get(reader) as Uint8Array);
  entry.waiting.delete(reader);
  if (entry.waiting.size === 0) counties.delete(id);
  return (reader === 'page' ? JSON.parse(text) : text) as DrawnChart[R];
}

/** Charts beside a part: the headline targets when the part states them. */
export function chartsForPart(site: Site, part: Part): ShownChart[] {
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

/** Charts beside a work item, following the rules in this module's comment. */
export function chartsForItem(site: Site, item: WorkItem): ShownChart[] {
  return sharedForItem(site, item).map((chart) => chart.page);
}

function sharedYearTotals(site: Site): DrawnChart {
  return shared(site, 'year-totals', (c) => yearTotalsChart(site.derived, c));
}

function sharedCountyTotals(site: Site): DrawnChart {
  return shared(site, countyTotalsId(), (c) => countyTotalsChart(site.derived, c));
}

/** The city-wide charts: totals by year, and every county's totals (home, /counties/, part 二). */
export function cityCharts(site: Site): { years: ShownChart; counties: ShownChart } {
  return { years: sharedYearTotals(site).page, counties: sharedCountyTotals(site).page };
}

function sharedCountyStarts(site: Site, year: number): DrawnChart {
  return shared(site, `county-starts-${year}`, (c) => countyStartsForYearChart(site.derived, year, c));
}

/** A comparison chart on /counties/: the figure's own chart where the site already draws one. */
function sharedComparison(site: Site, year: number | null, indicator: Indicator): DrawnChart {
  if (indicator === 'started') return year === null ? sharedCountyTotals(site) : sharedCountyStarts(site, year);
  return shared(site, countyFigureId(year, indicator), (c) => countyFigureChart(site.derived, year, indicator, c));
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
  return countyMakers(site, county).map(([id, make]) => takeCounty(site, id, 'page', make));
}

/** Ids of the charts shown on several pages (city-wide, parts, items), each once, in order of first showing. */
function listSharedIds(site: Site): string[] {
  const cached = cacheFor(site);
  if (!cached.sharedIds) {
    const ids = new Set<string>([sharedYearTotals(site).page.id, sharedCountyTotals(site).page.id]);
    site.plan.parts.forEach((part) => {
      chartsForPart(site, part).forEach((chart) => ids.add(chart.id));
      part.items.forEach((item) => sharedForItem(site, item).forEach((chart) => ids.add(chart.page.id)));
    });
    comparisonCharts(site).forEach(({ chart }) => ids.add(chart.id));
    cached.sharedIds = [...ids];
  }
  return cached.sharedIds;
}

/**
 * Every chart the site shows, each once, by id, for the /charts/ downloads: the shared charts,
 * then each county's two in table order. A county's charts are only named here, not made.
 */
export function listChartIds(site: Site): string[] {
  const ids = [...listSharedIds(site)];
  for (const county of site.derived.counties) {
    registerCounty(site, county);
    for (const [id] of countyMakers(site, county)) ids.push(id);
  }
  return ids;
}

/** The file `/charts/<id>.svg` or `/charts/<id>.csv`, or undefined when no chart has this id. */
export function chartFile(site: Site, id: string, kind: 'svg' | 'csv'): string | undefined {
  const kept = cacheFor(site).shared.get(id);
  if (kept) return kept[kind];
  const entry = cacheFor(site).counties.get(id);
  if (entry) return takeCounty(site, id, kind, entry.make);
  // Not listed yet (a lone request outside a build): find the county whose chart it is.
  for (const county of site.derived.counties) {
    const made = countyMakers(site, county).find(([own]) => own === id);
    if (made) return takeCounty(site, id, kind, made[1]);
  }
  return listSharedIds(site).includes(id) ? cacheFor(site).shared.get(id)?.[kind] : undefined;
}

/**
 * What this build's charts cost so far: charts drawn, and county charts drawn but not yet served to
 * all three readers (with their bytes). For tests and the benchmark.
 */
export function chartLedger(site: Site): { drawn: number; waiting: number; waitingBytes: number } {
  const { drawn, counties } = cacheFor(site);
  let waiting = 0;
  let waitingBytes = 0;
  for (const entry of counties.values()) {
    if (!entry.drawn) continue;
    waiting++;
    for (const bytes of entry.waiting.values()) waitingBytes += bytes.byteLength;
  }
  return { drawn, waiting, waitingBytes };
}
