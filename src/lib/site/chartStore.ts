/**
 * The chart store: every chart is drawn by Plot once, and all its readers (./chartReaders.ts) are
 * served from that one drawing. The few charts shared by several pages are kept for the whole
 * build. A county's own charts have one page and a few files each: what is not served yet is kept
 * as compact bytes until its reader comes, then forgotten, so memory holds no chart spec or
 * drawing beyond the page in hand. Which chart stands where is ./charts.ts's to say.
 *
 * PNGs cost about 0.1–0.3 s of CPU each, twenty times an SVG. The city-wide charts always get
 * theirs; a county's charts get a PNG and its page a share card only while the table has at most
 * {@link PNG_COUNTY_LIMIT} counties (a city's table has about twenty): a table of thousands would
 * spend minutes on images of the same bars with another row highlighted. Above the limit, county
 * pages share the city-wide card, and their charts offer SVG and CSV.
 */
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ChartContext } from '../chartContext.ts';
import { chartCsv } from '../charts/csv.ts';
import { renderChartSvgs } from '../charts/render.ts';
import type { ChartSpec } from '../charts/types.ts';
import type { Site } from '../load/index.ts';
import type { SiteFacts } from '../meta/facts.ts';
import { keepForReader, serveDrawn, serveKept, type DrawnChart, type Reader, type Served } from './chartReaders.ts';

/** What the charts say besides their data, from the site's facts. */
export function chartContext(facts: SiteFacts): ChartContext {
  return { unit: facts.unitShort, unitFull: facts.unit, subject: facts.subject ?? '', short: facts.short, source: facts.source };
}

/** Counties up to which county charts get a PNG and county pages a share card of their own (see above). */
export const PNG_COUNTY_LIMIT = 30;

/** How a chart is made from what the charts say besides their data. */
export type MakeChart = (context: ChartContext) => ChartSpec;

/** One of a county's charts: its id, how to make it, and whether it is the county page's share card. */
export interface CountyChartMaker {
  id: string;
  make: MakeChart;
  card: boolean;
}

/**
 * A county's chart: how to make it, and what its readers have not taken yet, as deflated UTF-8
 * (off the JS heap, about a fifth of the text: Astro writes every /charts/ file before the first
 * county page, so a large table's county charts all wait at once).
 */
interface CountyChart {
  maker: CountyChartMaker;
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

interface ChartCache {
  site: Site;
  context: ChartContext;
  /** Charts shown on several pages, by id, drawn on first use and kept. */
  shared: Map<string, DrawnChart>;
  /** The PNG and card of each shared chart, drawn on first request and kept (a build asks once; a test may ask twice). */
  sharedImages: Map<string, Uint8Array>;
  /** A county's charts by id, until each of their readers has been served. */
  counties: Map<string, CountyChart>;
  /** Charts drawn so far. */
  drawn: number;
}
let cache: ChartCache | null = null;

function cacheFor(site: Site): ChartCache {
  if (!cache || cache.site !== site) cache = { site, context: chartContext(site.facts), shared: new Map(), sharedImages: new Map(), counties: new Map(), drawn: 0 };
  return cache;
}

/** Draws a spec once and makes the outputs of its page and files from it. */
function draw(site: Site, spec: ChartSpec, png: boolean): DrawnChart {
  cacheFor(site).drawn++;
  const { inline, standalone } = renderChartSvgs(spec);
  return { page: { id: spec.id, title: spec.title, caption: spec.caption, table: spec.table, source: spec.source, svg: inline, png, embed: png }, svg: standalone, csv: chartCsv(spec) };
}

/** A chart shown on several pages: made and drawn once per build, then kept. */
export function drawShared(site: Site, id: string, make: MakeChart): DrawnChart {
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

/** The shared chart `id` when it has been drawn. */
export function findShared(site: Site, id: string): DrawnChart | undefined {
  return cacheFor(site).shared.get(id);
}

/** One reader of a shared chart: images drawn once and kept. */
export function serveShared<R extends Exclude<Reader, 'page'>>(site: Site, drawn: DrawnChart, reader: R): Served[R] {
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

/** True when the table is small enough for its county charts to get PNGs (see this module's comment). */
export function countyPngs(site: Site): boolean {
  return site.derived.counties.length <= PNG_COUNTY_LIMIT;
}

/** A county chart not drawn yet, with its readers: its embed page, PNG and card only up to {@link PNG_COUNTY_LIMIT} counties. */
function newCounty(site: Site, maker: CountyChartMaker): CountyChart {
  const readers: Reader[] = ['page', 'svg', 'csv'];
  if (countyPngs(site)) readers.push('embed', 'png');
  if (countyPngs(site) && maker.card) readers.push('card');
  return { maker, readers, drawn: false, waiting: new Map() };
}

/** Names a county's chart before any reader comes, so that a request by id finds it. */
export function registerCounty(site: Site, maker: CountyChartMaker): void {
  const { counties } = cacheFor(site);
  if (!counties.has(maker.id)) counties.set(maker.id, newCounty(site, maker));
}

/** The county chart `id` when it is named and not yet served to all of its readers. */
export function findCounty(site: Site, id: string): CountyChartMaker | undefined {
  return cacheFor(site).counties.get(id)?.maker;
}

/**
 * Serves one reader of a county's chart: draws it on the first request, keeps what the other
 * readers still need, and forgets the chart once all of them have been served. A reader that comes
 * again (not in a build) gets the chart made and drawn afresh: the same bytes. Undefined for a
 * reader this chart does not have (a PNG above the limit).
 */
export function takeCounty<R extends Reader>(site: Site, maker: CountyChartMaker, reader: R): Served[R] | undefined {
  const { counties, context } = cacheFor(site);
  let entry = counties.get(maker.id);
  if (!entry || (entry.drawn && !entry.waiting.has(reader))) {
    entry = newCounty(site, maker);
    counties.set(maker.id, entry);
  }
  if (!entry.readers.includes(reader)) return undefined;
  if (!entry.drawn) {
    const drawn = draw(site, entry.maker.make(context), entry.readers.includes('png'));
    for (const other of entry.readers) if (other !== reader) entry.waiting.set(other, pack(keepForReader(drawn, other)));
    entry.drawn = true;
    return serveDrawn(site, reader, drawn);
  }
  const text = unpack(entry.waiting.get(reader) as Uint8Array);
  entry.waiting.delete(reader);
  if (entry.waiting.size === 0) counties.delete(maker.id);
  return serveKept(site, reader, text);
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
