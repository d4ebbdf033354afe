/**
 * Layout and marks shared by the per-county bar charts: one row per county (or grouped tail),
 * names at the left, values at the bar ends, rows 26 units apart so labels never overlap.
 */
import * as Plot from '@observablehq/plot';
import type { BarRow } from './rank';
import { COLORS, FONT_SIZE, VALUE_FONT_SIZE, estimateTextWidth } from './style';
import { formatTao } from '../format';
import { TEXT } from '../words/charts';

/** Distance between county rows, in SVG units (≥ label font size + gap). */
export const ROW_STEP = 26;
const LEGEND_HEIGHT = 34;

/** Sizes of a county bar chart. */
export interface CountyLayout {
  /** Plot options: height, margins and scales. */
  frame: Pick<Plot.PlotOptions, 'marginTop' | 'marginBottom' | 'marginLeft' | 'marginRight' | 'x' | 'y'> & { height: number };
  /** Right end of the x domain: the largest county bar; a larger tail bar is cut here. */
  xMax: number;
}

/** One bar per row for each series, e.g. started above completed. */
export interface BarSeries {
  key: 'started' | 'completed';
  color: string;
  muted: string;
  insetTop: number;
  insetBottom: number;
}

/** Height grows with the rows; left margin fits the longest name, right margin the longest value. */
export function countyLayout(rows: readonly BarRow[], valueText: (r: BarRow) => string, options: { legend: boolean }): CountyLayout {
  const counties = rows.filter((r) => r.count === 1);
  const xMax = Math.max(1, ...counties.map((r) => Math.max(r.started, r.completed)));
  const marginTop = options.legend ? LEGEND_HEIGHT : 4;
  const marginBottom = 4;
  // Bold (highlighted) names run about 5% wider.
  const marginLeft = Math.ceil(Math.max(...rows.map((r) => estimateTextWidth(r.label, FONT_SIZE))) * 1.05) + 14;
  const marginRight = Math.max(...rows.map((r) => estimateTextWidth(valueText(r), VALUE_FONT_SIZE))) + 10;
  return {
    xMax,
    frame: {
      height: marginTop + rows.length * ROW_STEP + marginBottom,
      marginTop,
      marginBottom,
      marginLeft,
      marginRight,
      x: { domain: [0, xMax], axis: null },
      // Rows are keyed by position so that two equal labels cannot merge into one band.
      y: { domain: rows.map((_, i) => String(i)), axis: null, padding: 0 },
    },
  };
}

/** Legend above the bars: a colour swatch and the indicator's name with its position in the row. */
export function barLegend(layout: CountyLayout): Plot.Markish[] {
  const items = [
    { swatch: COLORS.started, text: TEXT.legend('started') },
    { swatch: COLORS.completed, text: TEXT.legend('completed') },
  ];
  const marks: Plot.Markish[] = [];
  // From the left edge of the image, not of the bars: both items must fit in the width.
  let dx = 2 - (layout.frame.marginLeft ?? 0);
  const dy = -(layout.frame.marginTop ?? 0) / 2;
  for (const item of items) {
    const common = { frameAnchor: 'top-left', lineAnchor: 'middle', textAnchor: 'start', dy, fontSize: FONT_SIZE, className: 'legend' } as const;
    marks.push(Plot.text([item.text], { ...common, dx, text: () => '■', fill: item.swatch }));
    marks.push(Plot.text([item.text], { ...common, dx: dx + FONT_SIZE + 4 }));
    dx += FONT_SIZE + 4 + estimateTextWidth(item.text, FONT_SIZE) + 20;
  }
  return marks;
}

/**
 * Bars, names and values. With a highlight, the highlighted row keeps full colours on a shaded
 * band with a bold name and the others are muted; a tail bar longer than the frame is cut with a
 * white `//` mark, its label giving the full figures.
 */
export function countyBarMarks(
  rows: readonly BarRow[],
  layout: CountyLayout,
  series: readonly BarSeries[],
  options: { anyHighlight: boolean; valueText: (r: BarRow) => string; valueX: (r: BarRow) => number },
): Plot.Markish[] {
  const { xMax } = layout;
  const marginLeft = layout.frame.marginLeft ?? 0;
  const keyed = rows.map((r, i) => ({ ...r, key: String(i) }));
  type Keyed = (typeof keyed)[number];
  const plain = keyed.filter((r) => !r.highlight);
  const lit = keyed.filter((r) => r.highlight);
  const cut = keyed.filter((r) => options.valueX(r) > xMax);
  const marks: Plot.Markish[] = [];
  if (lit.length > 0) {
    marks.push(Plot.barX(lit, { y: 'key', x1: 0, x2: xMax, fill: COLORS.highlightBand, insetLeft: 4 - marginLeft, className: 'highlight-band' }));
  }
  for (const s of series) {
    const x = (r: Keyed) => Math.min(r[s.key], xMax);
    const base = { y: 'key', x, insetTop: s.insetTop, insetBottom: s.insetBottom } as const;
    marks.push(Plot.barX(plain, { ...base, fill: options.anyHighlight ? s.muted : s.color, className: `bar-${s.key}` }));
    if (lit.length > 0) marks.push(Plot.barX(lit, { ...base, fill: s.color, className: `bar-${s.key}` }));
  }
  if (cut.length > 0) {
    marks.push(Plot.text(cut, { y: 'key', x: xMax, text: () => '//', dx: -12, fill: 'white', fontWeight: 'bold', fontSize: FONT_SIZE, className: 'cut' }));
  }
  const names = { y: 'key', x: 0, text: 'label', textAnchor: 'end', dx: -6, fontSize: FONT_SIZE, className: 'county-label' } as const;
  marks.push(Plot.text(plain, names));
  if (lit.length > 0) marks.push(Plot.text(lit, { ...names, fontWeight: 'bold' }));
  marks.push(
    Plot.text(keyed, {
      y: 'key',
      x: (r: Keyed) => Math.min(options.valueX(r), xMax),
      text: (r: Keyed) => options.valueText(r),
      textAnchor: 'start',
      dx: 5,
      fontSize: VALUE_FONT_SIZE,
      className: 'value-label',
    }),
  );
  marks.push(Plot.ruleX([0], { className: 'baseline' }));
  return marks;
}

/** Caption tail: 「图中列出开工任务最多的30个，其余 2,970 个合计……」, or empty when nothing is grouped. */
export function describeTail(
  grouped: { rest: number; restStarted: number; restCompleted: number; promoted?: string },
  topN: number,
  unit: string,
  completed = true,
): string {
  if (grouped.rest === 0) return '';
  const sums = { started: formatTao(grouped.restStarted), ...(completed ? { completed: formatTao(grouped.restCompleted) } : {}) };
  return TEXT.tail(topN, grouped.promoted, formatTao(grouped.rest), sums, unit);
}
