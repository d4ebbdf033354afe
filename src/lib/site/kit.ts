/**
 * The journalists' kit around the charts: which page each chart belongs to (its embed page links
 * back there), which share card a page shows and the key figure its description states, and the
 * `<iframe>` snippet of a chart. Where the kit's files are served is in the route table
 * (./paths.ts); which chart stands on which page is asked of ./charts.ts, never restated.
 */
import { CARD_HEIGHT, CARD_WIDTH } from '../png/card.ts';
import { hasTaskTable, type AnySite, type Site } from '../load/index.ts';
import { countyTotalsId } from '../charts/countyTotals.ts';
import { countyYearsId } from '../charts/countyYearSplit.ts';
import type { ShownChart } from './chartReaders.ts';
import { chartsForItem, chartsForPart, cityCharts, comparisonCharts, countyShareChart } from './charts.ts';
import { routes } from './paths.ts';
import { KIT_TEXT } from '../words/downloads.ts';
import { escapeXml } from '../xml.ts';

/** A page's share card: the image, its size and alt text, and the sentence stating the key figure (null when the page's own description states it). */
export interface ShareCard {
  image: string;
  width: number;
  height: number;
  alt: string;
  figure: string | null;
}

interface PageCharts {
  /** Route → the chart whose card the page shares, and that chart's caption when the page's description does not state it. */
  cards: Map<string, { id: string; alt: string; figure: string | null }>;
  /** Chart id → the page it belongs to: the first page in {@link listPages}' order that shows it. */
  homes: Map<string, string>;
}

let memo: { site: Site; pages: PageCharts } | null = null;

/**
 * The pages that show charts, the most specific first: the county list, the home page, the work
 * items, the parts, then each county. Shared charts are drawn once per build anyway; a county's
 * charts are only named here.
 */
function listPages(site: Site): PageCharts {
  if (memo?.site === site) return memo.pages;
  const cards: PageCharts['cards'] = new Map();
  const homes: PageCharts['homes'] = new Map();
  const shown = (route: string, charts: readonly ShownChart[]) => {
    charts.forEach((chart) => homes.has(chart.id) || homes.set(chart.id, route));
    const first = charts[0];
    if (first) cards.set(route, { id: first.id, alt: first.title, figure: first.caption });
  };
  const city = cityCharts(site);
  shown(routes.counties(), [city.counties]);
  shown(routes.home(), [city.years, city.counties]);
  const parts = site.plan.parts;
  parts.forEach((part) => part.items.forEach((item) => shown(routes.item(item.ordinal), chartsForItem(site, item))));
  parts.forEach((part) => shown(routes.part(part.number), [...chartsForPart(site, part), ...part.items.flatMap((item) => chartsForItem(site, item))]));
  // The comparisons of /counties/ belong there unless the plan's text already shows them.
  for (const { chart } of comparisonCharts(site)) if (!homes.has(chart.id)) homes.set(chart.id, routes.counties());
  for (const county of site.derived.counties) {
    const route = routes.county(county.slug);
    for (const id of [countyTotalsId(county.slug), countyYearsId(county.slug)]) homes.set(id, route);
    // The county page's description states the county's figures already.
    const own = countyShareChart(site, county);
    cards.set(route, own ? { id: own, alt: '', figure: null } : { id: city.counties.id, alt: city.counties.title, figure: null });
  }
  memo = { site, pages: { cards, homes } };
  return memo.pages;
}

/** The share card of the page at `route`, or null for a page without a chart (every page of a plan-only site). */
export function shareCardFor(site: AnySite, route: string, pageTitle: string): ShareCard | null {
  if (!hasTaskTable(site)) return null;
  const card = listPages(site).cards.get(route);
  if (!card) return null;
  return { image: routes.card(card.id), width: CARD_WIDTH, height: CARD_HEIGHT, alt: card.alt || pageTitle, figure: card.figure };
}

/** The page a chart belongs to (its embed page links back there); the home page for an id no page shows. */
export function chartHome(site: Site, id: string): string {
  return listPages(site).homes.get(id) ?? routes.home();
}

/** Longest description a share card carries: WeChat and Weibo show about two lines of it and cut the rest. */
export const MAX_DESCRIPTION = 120;

/**
 * The page's description with the key figure: the page's own sentence then the figure when both
 * fit, else the figure alone, else the figure cut after its last full clause that fits.
 */
export function describeWithFigure(description: string, figure: string | null): string {
  if (!figure) return description;
  const both = `${description}${figure}`;
  if ([...both].length <= MAX_DESCRIPTION) return both;
  const chars = [...figure];
  if (chars.length <= MAX_DESCRIPTION) return figure;
  const head = chars.slice(0, MAX_DESCRIPTION).join('');
  const cut = Math.max(...Array.from(KIT_TEXT.clauseEnds).map((end) => head.lastIndexOf(end)));
  return cut > 0 ? `${head.slice(0, cut)}${KIT_TEXT.fullStop}` : `${chars.slice(0, MAX_DESCRIPTION - 1).join('')}…`;
}

/**
 * The `<iframe>` that embeds a chart: full width up to the chart's own width, tall enough for
 * the chart, its caption and its source at that width (narrower frames scroll a little).
 */
export function embedSnippet(url: string, chart: Pick<ShownChart, 'title' | 'svg'>): string {
  const width = Number(/^<svg[^>]*\swidth="([\d.]+)"/.exec(chart.svg)?.[1] ?? 480);
  const height = Number(/^<svg[^>]*\sheight="([\d.]+)"/.exec(chart.svg)?.[1] ?? 300);
  const frame = Math.ceil(height + 190);
  return `<iframe src="${escapeXml(url)}" title="${escapeXml(chart.title)}" width="100%" height="${frame}" style="border:0;max-width:${Math.ceil(width + 32)}px" loading="lazy"></iframe>`;
}
