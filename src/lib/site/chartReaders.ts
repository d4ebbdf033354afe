/**
 * The readers of a drawn chart and what each is served: the page that shows it and its embed page
 * (the inline SVG with caption and table), `/charts/<id>.svg`, `.csv` and `.png` (the standalone
 * SVG at 2×), and the 1200×630 share card. What a reader that has not come yet needs is kept as
 * text (./chartStore.ts packs it) and served from that text when it comes.
 */
import type { ChartSpec } from '../charts/types.ts';
import type { Site } from '../load/index.ts';
import { composeCardSvg } from '../png/card.ts';
import { renderPng } from '../png/render.ts';

/** A chart as a page shows it: its id, caption, table and source line, and the inline SVG. */
export interface ShownChart extends Pick<ChartSpec, 'id' | 'title' | 'caption' | 'table' | 'source'> {
  svg: string;
  /** Whether `/charts/<id>.png` exists (see PNG_COUNTY_LIMIT in ./chartStore.ts). */
  png: boolean;
  /** Whether `/embed/<id>/` exists: the same charts as have a PNG. */
  embed: boolean;
}

/** A chart drawn: the shown chart, the standalone SVG and the CSV. */
export interface DrawnChart {
  page: ShownChart;
  svg: string;
  csv: string;
}

/** A file of a chart that is not its page. */
export type ChartOutput = 'svg' | 'csv' | 'png' | 'card';
/** Who reads a drawn chart: the page that shows it, its embed page, and its files. */
export type Reader = ChartOutput | 'page' | 'embed';

/** What each reader is served. */
export interface Served {
  page: ShownChart;
  embed: ShownChart;
  svg: string;
  csv: string;
  png: Uint8Array;
  card: Uint8Array;
}

/** What a reader needs kept until it comes, as text: the PNG is drawn from the standalone SVG, the card from the shown chart. */
export function keepForReader(drawn: DrawnChart, reader: Reader): string {
  if (reader === 'svg' || reader === 'png') return drawn.svg;
  if (reader === 'csv') return drawn.csv;
  // JSON keeps a shown chart whole: its table holds strings, whole numbers and null only.
  return JSON.stringify(drawn.page);
}

/** What a reader is served from what was kept for it. */
export function serveKept<R extends Reader>(site: Site, reader: R, text: string): Served[R] {
  const out = reader === 'svg' || reader === 'csv' ? text : reader === 'png' ? renderPng(text) : reader === 'card' ? renderCard(site, JSON.parse(text) as ShownChart) : JSON.parse(text);
  return out as Served[R];
}

/** What a reader is served from the drawing itself (the first reader of a chart). */
export function serveDrawn<R extends Reader>(site: Site, reader: R, drawn: DrawnChart): Served[R] {
  if (reader === 'page' || reader === 'embed') return drawn.page as Served[R];
  if (reader === 'svg' || reader === 'csv') return drawn[reader as 'svg' | 'csv'] as Served[R];
  return serveKept(site, reader, keepForReader(drawn, reader));
}

/** The share card of a shown chart: the site's name, the chart's title and caption, and the chart drawn at 2×. */
function renderCard(site: Site, chart: ShownChart): Uint8Array {
  const size = (name: string) => Number(chart.svg.match(new RegExp(`^<svg[^>]*\\s${name}="([\\d.]+)"`))?.[1] ?? 0);
  const svg = composeCardSvg({ siteName: site.facts.name, title: chart.title, caption: chart.caption, source: chart.source, chartPng: renderPng(chart.svg), chartWidth: size('width'), chartHeight: size('height') });
  return renderPng(svg, 1);
}
