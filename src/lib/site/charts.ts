/**
 * Which chart stands beside which section, and each chart made, drawn and served once. Placement
 * follows what the text says, not a list of places: a part that states the headline targets gets
 * the totals; an item that sets a start deadline for listed projects gets the per-county start
 * targets of each year; an item that binds county governments to annual target responsibility
 * gets the per-county targets. Items with no figures get none — their responsible units are what
 * they show.
 *
 * Every chart is drawn by Plot once, and all its outputs are made from that one drawing: the
 * inline SVG with its caption and table for the page and for its embed page (`/embed/<id>/`),
 * `/charts/<id>.svg`, `/charts/<id>.csv`, `/charts/<id>.png` (the standalone SVG at 2×) and the
 * chart's 1200×630 share card (`/share/<id>.png`, for the charts that are a page's share image).
 * The few charts shared by several pages are kept for the whole build. A county's own charts have
 * one page and a few files each: what is not served yet is kept as compact bytes until its reader
 * comes, then forgotten, so memory holds no chart spec or drawing beyond the page in hand.
 *
 * PNGs cost about 0.1–0.3 s of CPU each, twenty times an SVG. The city-wide charts always get
 * theirs; a county's charts get a PNG and its page a share card only while the table has at most
 * {@link PNG_COUNTY_LIMIT} counties (a city's table has about twenty): a table of thousands would
 * spend minutes on images of the same bars with another row highlighted. Above the limit, county
 * pages share the city-wide card, and their charts offer SVG and CSV.
 */
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import { chartCsv } from '../charts/csv.ts';
import { countyFigureChart, countyFigureId } from '../charts/countyFigure.ts';
import { countyStartsForYearChart } from '../charts/countyStartsForYear.ts';
import { countyTotalsChart, countyTotalsId } from '../charts/countyTotals.ts';
import { countyYearSplitChart, countyYearsId } from '../charts/countyYearSplit.ts';
import { renderChartSvgs } from '../charts/render.ts';
import type { ChartSpec } from '../charts/types.ts';
import type { ChartContext } from '../chartContext.ts';
import { yearTotalsChart } from '../charts/yearTotals.ts';
import { composeCardSvg } from '../png/card.ts';
import { renderPng } from '../png/render.ts';
import type { SiteFacts } from '../meta/facts.ts';
import { INDICATORS, type Indicator } from '../grid.ts';
import { hasTaskTable, type AnySite, type Site } from '../load/index.ts';
import type { Part, WorkItem } from '../plan/types.ts';
import type { DerivedCounty } from '../tasks/derive.ts';
import { isCountyGovernment } from '../tasks/govern.ts';

/** A chart as a page shows it: its id, caption, table and source line, and the inline SVG. */
export interface ShownChart extends Pick<ChartSpec, 'id' | 'title' | 'caption' | 'table' | 'source'> {
  svg: string;
  /** Whether `/charts/<id>.png` exists (see {@link PNG_COUNTY_LIMIT}). */
  png: boolean;
  /** Whether `/embed/<id>/` exists (see {@link listEmbedIds}): the same charts as have a PNG. */
  embed: boolean;
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

/** Who reads a drawn chart: the page that shows it, its embed page, and its files. */
type Reader = 'page' | 'embed' | 'svg' | 'csv' | 'png' | 'card';

/** What each reader is served. */
interface Served {
  page: ShownChart;
  embed: ShownChart;
  svg: string;
  csv: string;
  png: Uint8Array;
  card: Uint8Array;
}

/** Counties up to which county charts get a PNG and county pages a share card of their own (see above). */
export const PNG_COUNTY_LIMIT = 30;

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
  county: DerivedCounty;
  /** The readers this chart has (PNG and card only under the limit). */
  readers: readonly Reader[];
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

/** What a reader needs kept until it comes, as text: the PNG is drawn from the standalone SVG, the card from the shown chart. */
function keep(drawn: DrawnChart, reader: Reader): string {
  if (reader === 'svg' || reader === 'png') return drawn.svg;
  if (reader === 'csv') return drawn.csv;
  // JSON keeps a shown chart whole: its table holds strings, whole numbers and null only.
  return JSON.stringify(drawn.page);
}

/** What a reader is served from what was kept for it. */
function serveKept<R extends Reader>(site: Site, reader: R, text: string): Served[R] {
  const out = reader === 'svg' || reader === 'csv' ? text : reader === 'png' ? renderPng(text) : reader === 'card' ? renderCard(site, JSON.parse(text) as ShownChart) : JSON.parse(text);
  return out as Served[R];
}

/** What a reader is served from the drawing itself (the first reader of a chart). */
function serveDrawn<R extends Reader>(site: Site, reader: R, drawn: DrawnChart): Served[R] {
  if (reader === 'page' || reader === 'embed') return drawn.page as Served[R];
  if (reader === 'svg' || reader === 'csv') return drawn[reader as 'svg' | 'csv'] as Served[R];
  return serveKept(site, reader, keep(drawn, reader));
}

/** The share card of a shown chart: the site's name, the chart's title and caption, and the chart drawn at 2×. */
function renderCard(site: Site, chart: ShownChart): Uint8Array {
  const size = (name: string) => Number(chart.svg.match(new RegExp(`^<svg[^>]*\\s${name}="([\\d.]+)"`))?.[1] ?? 0);
  const svg = composeCardSvg({ siteName: site.facts.name, title: chart.title, caption: chart.caption, source: chart.source, chartPng: renderPng(chart.svg), chartWidth: size('width'), chartHeight: size('height') });
  return renderPng(svg, 1);
}

interface ChartCache {
  site: Site;
  context: ChartContext;
  /** Charts shown on several pages, by id, drawn on first use and kept. */
  shared: Map<string, DrawnChart>;
  /** Ids of the shared charts, in the order the site first shows them. */
  sharedIds: string[] | null;
  /** The PNG and card of each shared chart, drawn on first request and kept (a build asks once; a test may ask twice). */
  sharedImages: Map<string, Uint8Array>;
  /** A county's charts by id, until each of their readers has been served. */
  counties: Map<string, CountyChart>;
  /** Charts drawn so far. */
  drawn: number;
}
let cache: ChartCache | null = null;

function cacheFor(site: Site): ChartCache {
  if (!cache || cache.site !== site) cache = { site, context: chartContext(site.facts), shared: new Map(), sharedIds: null, sharedImages: new Map(), counties: new Map(), drawn: 0 };
  return cache;
}

/** Draws a spec once and makes the outputs of its page and files from it. */
function draw(site: Site, spec: ChartSpec, png: boolean): DrawnChart {
  cacheFor(site).drawn++;
  const { inline, standalone } = renderChartSvgs(spec);
  return { page: { id: spec.id, title: spec.title, caption: spec.caption, table: spec.table, source: spec.source, svg: inline, png, embed: png }, svg: standalone, csv: chartCsv(spec) };
}

/** A chart shown on several pages: made and drawn once per build, then kept. */
function shared(site: Site, id: string, make: (context: ChartContext) => ChartSpec): DrawnChart {
  const { shared: byId, context } = cacheFor(site);
  let chart = byId.get(id);
  if (!chart) {
    const spec = make(context);
    if (spec.id !== id) throw new Error(`chart ${spec.id}: expected id ${id}`);
    chart = draw(site, spec, true);
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

/** True when the table is small enough for its county charts to get PNGs (see this module's comment). */
function countyPngs(site: Site): boolean {
  return site.derived.counties.length <= PNG_COUNTY_LIMIT;
}

/** The chart whose card a county page shares: the county's own split by year. */
function countyCardId(county: DerivedCounty): string {
  return countyYearsId(county.slug);
}

/** The readers of a county chart: its embed page, PNG and card only up to {@link PNG_COUNTY_LIMIT} counties. */
function countyReaders(site: Site, county: DerivedCounty, id: string): readonly Reader[] {
  const readers: Reader[] = ['page', 'svg', 'csv'];
  if (countyPngs(site)) readers.push('embed', 'png');
  if (countyPngs(site) && id === countyCardId(county)) readers.push('card');
  return readers;
}

function newCounty(site: Site, county: DerivedCounty, id: string, make: (context: ChartContext) => ChartSpec): CountyChart {
  return { make, county, readers: countyReaders(site, county, id), drawn: false, waiting: new Map() };
}

function registerCounty(site: Site, county: DerivedCounty): void {
  const { counties } = cacheFor(site);
  for (const [id, make] of countyMakers(site, county)) if (!counties.has(id)) counties.set(id, newCounty(site, county, id, make));
}

/**
 * Serves one reader of a county's chart: draws it on the first request, keeps what the other
 * readers still need, and forgets the chart once all of them have been served. A reader that comes
 * again (not in a build) gets the chart made and drawn afresh: the same bytes. Undefined for a
 * reader this chart does not have (a PNG above the limit).
 */
function takeCounty<R extends Reader>(site: Site, county: DerivedCounty, id: string, reader: R, make: (context: ChartContext) => ChartSpec): Served[R] | undefined {
  const { counties, context } = cacheFor(site);
  let entry = counties.get(id);
  if (!entry || (entry.drawn && !entry.waiting.has(reader))) {
    entry = newCounty(site, county, id, make);
    counties.set(id, entry);
  }
  if (!entry.readers.includes(reader)) return undefined;
  if (!entry.drawn) {
    const drawn = draw(site, entry.make(context), entry.readers.includes('png'));
    for (const other of entry.readers) if (other !== reader) entry.waiting.set(other, pack(keep(drawn, other)));
    entry.drawn = true;
    return serveDrawn(site, reader, drawn);
  }
  const text = unpack(entry.waiting.get(reader) as Uint8Array);
  entry.waiting.delete(reader);
  if (entry.waiting.size === 0) counties.delete(id);
  return serveKept(site, reader, text);
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
  return countyMakers(site, county).map(([id, make]) => takeCounty(site, county, id, 'page', make) as ShownChart);
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

/** A file of a chart that is not its page. */
export type ChartFileKind = 'svg' | 'csv' | 'png' | 'card';
type ChartReader = ChartFileKind | 'embed';

/** The county whose chart `id` is, with how to make the chart; undefined for a shared chart or none. */
function findCounty(site: Site, id: string): { county: DerivedCounty; make: (context: ChartContext) => ChartSpec } | undefined {
  for (const county of site.derived.counties) {
    const made = countyMakers(site, county).find(([own]) => own === id);
    if (made) return { county, make: made[1] };
  }
  return undefined;
}

/** One reader of a shared chart: images drawn once and kept. */
function serveShared<R extends ChartReader>(site: Site, drawn: DrawnChart, reader: R): Served[R] {
  if (reader !== 'png' && reader !== 'card') return serveDrawn(site, reader, drawn);
  const { sharedImages } = cacheFor(site);
  const key = `${reader}:${drawn.page.id}`;
  let image = sharedImages.get(key);
  if (!image) {
    image = serveDrawn(site, reader, drawn) as Uint8Array;
    sharedImages.set(key, image);
  }
  return image as Served[R];
}

function serveChart<R extends ChartReader>(site: Site, id: string, reader: R): Served[R] | undefined {
  const kept = cacheFor(site).shared.get(id);
  if (kept) return serveShared(site, kept, reader);
  const entry = cacheFor(site).counties.get(id);
  if (entry) return takeCounty(site, entry.county, id, reader, entry.make);
  // Not listed yet (a lone request outside a build): find the county whose chart it is.
  const found = findCounty(site, id);
  if (found) return takeCounty(site, found.county, id, reader, found.make);
  if (!listSharedIds(site).includes(id)) return undefined;
  const drawn = cacheFor(site).shared.get(id);
  return drawn && serveShared(site, drawn, reader);
}

/**
 * The file `/charts/<id>.svg`, `.csv`, `.png` or the chart's share card, or undefined when no
 * chart has this id or this chart has no such file ({@link listChartFiles} names those it has).
 */
export function chartFile<K extends ChartFileKind>(site: Site, id: string, kind: K): Served[K] | undefined {
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
 * {@link PNG_COUNTY_LIMIT} counties. A national table's thousands of county charts would otherwise
 * triple the pages a build writes; above the limit they keep their SVG and CSV.
 */
export function listEmbedIds(site: Site): string[] {
  return countyPngs(site) ? listChartIds(site) : listSharedIds(site);
}

/** The id of the chart whose share card a county page uses, or null above the limit (the page shares the city-wide card). */
export function countyShareChart(site: Site, county: DerivedCounty): string | null {
  return countyPngs(site) ? countyCardId(county) : null;
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
