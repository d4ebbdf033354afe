/**
 * Which chart stands beside which section. Placement follows what the text says, not a list of
 * places: a part that states the headline targets gets the totals; an item that sets a start
 * deadline for listed projects gets the per-county start targets of each year; an item that binds
 * county governments to annual target responsibility gets the per-county targets. Items with no
 * figures get none — their responsible units are what they show.
 */
import { countyStartsForYearChart } from '../charts/countyStartsForYear.ts';
import { countyTotalsChart } from '../charts/countyTotals.ts';
import { countyYearSplitChart } from '../charts/countyYearSplit.ts';
import { renderChart } from '../charts/render.ts';
import type { ChartContext, ChartSpec } from '../charts/types.ts';
import { yearTotalsChart } from '../charts/yearTotals.ts';
import type { SiteFacts } from '../facts.ts';
import type { Site } from '../load.ts';
import type { Part, WorkItem } from '../plan/types.ts';
import type { DerivedCounty } from '../tasks/derive.ts';
import { isCountyGovernment } from '../tasks/govern.ts';

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

interface ChartCache {
  site: Site;
  context: ChartContext;
  byKey: Map<string, ChartSpec>;
  all: ChartSpec[] | null;
  byId?: Map<string, ChartSpec>;
}
let cache: ChartCache | null = null;

function cacheFor(site: Site): ChartCache {
  if (!cache || cache.site !== site) cache = { site, context: chartContext(site.facts), byKey: new Map(), all: null };
  return cache;
}

/** Each chart is computed once per build, however many pages and endpoints ask for it. */
function remember(site: Site, key: string, make: (context: ChartContext) => ChartSpec): ChartSpec {
  const { byKey, context } = cacheFor(site);
  let spec = byKey.get(key);
  if (!spec) {
    spec = make(context);
    byKey.set(key, spec);
  }
  return spec;
}

/** Charts beside a part: the headline targets when the part states them. */
export function chartsForPart(site: Site, part: Part): ChartSpec[] {
  const lines = new Set(site.plan.headline.map((h) => h.line));
  const statesTargets = part.paragraphs.some((p) => lines.has(p.line));
  if (!statesTargets) return [];
  const { years, counties } = cityCharts(site);
  return [years, counties];
}

/** Charts beside a work item, following the rules in this module's comment. */
export function chartsForItem(site: Site, item: WorkItem): ChartSpec[] {
  if (!namesCountyGovernments(item)) return [];
  const text = itemText(item);
  if (START_DEADLINE.test(text)) return site.derived.years.map((y) => remember(site, `county-starts:${y}`, (c) => countyStartsForYearChart(site.derived, y, c)));
  if (ANNUAL_TARGETS.test(text)) return [cityCharts(site).counties];
  return [];
}

/** The city-wide charts: totals by year, and every county's totals (home, /counties/, part 二). */
export function cityCharts(site: Site): { years: ChartSpec; counties: ChartSpec } {
  return {
    years: remember(site, 'year-totals', (c) => yearTotalsChart(site.derived, c)),
    counties: remember(site, 'county-totals', (c) => countyTotalsChart(site.derived, c)),
  };
}

/** Charts on a county page: the county among all counties, and its split by year. */
export function chartsForCounty(site: Site, county: DerivedCounty): ChartSpec[] {
  return [
    remember(site, `county-totals:${county.slug}`, (c) => countyTotalsChart(site.derived, c, { highlight: county.slug })),
    remember(site, `county-years:${county.slug}`, (c) => countyYearSplitChart(county, c)),
  ];
}

/** Every chart the site shows, each once, for the /charts/ downloads. */
export function allCharts(site: Site): ChartSpec[] {
  const cached = cacheFor(site);
  if (cached.all) return cached.all;
  const seen = new Map<string, ChartSpec>();
  const add = (specs: ChartSpec[]) => specs.forEach((s) => seen.set(s.id, s));
  const city = cityCharts(site);
  add([city.years, city.counties]);
  site.plan.parts.forEach((part) => {
    add(chartsForPart(site, part));
    part.items.forEach((item) => add(chartsForItem(site, item)));
  });
  site.derived.counties.forEach((c) => add(chartsForCounty(site, c)));
  cached.all = [...seen.values()];
  return cached.all;
}

/** The chart with this id, for the /charts/ endpoints. */
export function chartById(site: Site, id: string): ChartSpec | undefined {
  const cached = cacheFor(site);
  if (!cached.byId) cached.byId = new Map(allCharts(site).map((spec) => [spec.id, spec]));
  return cached.byId.get(id);
}

const svgs = new WeakMap<ChartSpec, string>();

/** The inline SVG of a chart, rendered once however many pages show it. */
export function renderChartOnce(spec: ChartSpec): string {
  let svg = svgs.get(spec);
  if (svg === undefined) {
    svg = renderChart(spec);
    svgs.set(spec, svg);
  }
  return svg;
}
