/**
 * Plot options shared by the per-year charts (city totals, one county): one block per indicator,
 * a bold header naming it, then one bar per year with its value at the end. Started and completed
 * differ by position (separate blocks), by the header text, and by colour.
 */
import * as Plot from '@observablehq/plot';
import { figureKey, INDICATORS, yearLabel, type Indicator, type IndicatorFigures } from '../grid';
import type { YearSplit } from '../tasks/derive';
import { COLORS, FONT_SIZE, VALUE_FONT_SIZE, WIDTH, estimateTextWidth } from './style';
import { formatTao } from '../format';
import { TEXT, columnLabel } from '../words/charts';
import type { ChartColumn, ChartRow } from './types';
import type { ChartContext } from '../chartContext';

/** Figures of one year. */
export type YearFigures = Pick<YearSplit, 'year' | Indicator>;

interface Row {
  key: string;
  indicator: Indicator;
  label: string;
  value: number;
}

const STEP = 32;
const MARGIN_TOP = 4;
const MARGIN_BOTTOM = 4;

/** Plot options for the per-year block chart; height grows with the number of years. */
export function yearBarsPlot(figures: readonly YearFigures[], context: ChartContext): Plot.PlotOptions & { width: number; height: number } {
  const bars: Row[] = [];
  const domain: string[] = [];
  for (const indicator of INDICATORS) {
    domain.push(`h:${indicator}`);
    for (const f of figures) {
      const key = `${indicator}:${f.year}`;
      domain.push(key);
      bars.push({ key, indicator, label: yearLabel(f.year), value: f[indicator] });
    }
  }
  const headers = INDICATORS.map((indicator) => ({ key: `h:${indicator}`, text: columnLabel(indicator, context) }));
  const max = Math.max(1, ...bars.map((b) => b.value));
  const marginLeft = Math.max(...bars.map((b) => estimateTextWidth(b.label, FONT_SIZE))) + 12;
  const marginRight = Math.max(...bars.map((b) => estimateTextWidth(formatTao(b.value), VALUE_FONT_SIZE))) + 12;
  const height = MARGIN_TOP + domain.length * STEP + MARGIN_BOTTOM;
  const barsOf = (indicator: Indicator) =>
    Plot.barX(
      bars.filter((b) => b.indicator === indicator),
      { y: 'key', x: 'value', fill: COLORS[indicator], insetTop: 5, insetBottom: 5, className: `bar-${indicator}` },
    );
  return {
    width: WIDTH,
    height,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    marginLeft,
    marginRight,
    x: { domain: [0, max], axis: null },
    y: { domain, axis: null, padding: 0 },
    marks: [
      ...INDICATORS.map(barsOf),
      Plot.text(headers, { y: 'key', x: 0, text: 'text', textAnchor: 'start', fontWeight: 'bold', fontSize: FONT_SIZE, className: 'header' }),
      Plot.text(bars, { y: 'key', x: 0, text: 'label', textAnchor: 'end', dx: -8, fontSize: FONT_SIZE, className: 'row-label' }),
      Plot.text(bars, {
        y: 'key',
        x: 'value',
        text: (b: Row) => formatTao(b.value),
        textAnchor: 'start',
        dx: 6,
        fontSize: VALUE_FONT_SIZE,
        className: 'value-label',
      }),
    ],
  };
}

/** Table columns for per-year figures. */
export function yearColumns(context: ChartContext): ChartColumn[] {
  return [{ key: 'year', label: TEXT.year, numeric: false }, ...INDICATORS.map((i) => ({ key: i, label: columnLabel(i, context), numeric: true }))];
}

/**
 * Table rows for per-year figures (year as `2023年`); with a county, each row names it and carries
 * the issued figures that differ from today's.
 */
export function yearRows(figures: readonly YearFigures[], county?: { name: string; issued: ReadonlyMap<string, number | null> }): ChartRow[] {
  return figures.map((f) => ({
    cells: { year: yearLabel(f.year), started: f.started, completed: f.completed },
    ...(county ? { county: county.name, year: f.year, ...issuedCells(county.issued, f.year) } : {}),
  }));
}

/** `{ issued: { started: 1487 } }` for the row's figures that were adjusted, or nothing. */
export function issuedCells(issued: ReadonlyMap<string, number | null>, year: number | null, keys: readonly Indicator[] = INDICATORS): Pick<ChartRow, 'issued'> {
  const cells: Record<string, number | null> = {};
  for (const indicator of keys) {
    const value = issued.get(figureKey(year, indicator));
    if (value !== undefined) cells[indicator] = value;
  }
  return Object.keys(cells).length > 0 ? { issued: cells } : {};
}

/**
 * Caption and description of a per-year chart of `who` (the city, or a county): its totals, each
 * indicator's years compared (「2023年29,951套，多于2024年的15,360套」), and every bar listed.
 */
export function describeYearBars(
  who: string,
  total: IndicatorFigures,
  figures: readonly YearFigures[],
  context: ChartContext,
): { caption: string; description: string } {
  const years = (indicator: Indicator) =>
    figures.map((f) => ({ label: yearLabel(f.year), value: f[indicator], figure: formatTao(f[indicator]) }));
  const byIndicator = <T>(make: (indicator: Indicator) => T) => ({ started: make('started'), completed: make('completed') });
  return {
    caption: TEXT.years.caption(
      who,
      byIndicator((i) => formatTao(total[i])),
      byIndicator((i) => TEXT.years.compare(years(i), context.unit)),
      context.unit,
    ),
    description: TEXT.years.description(
      figures.map((f) => ({ label: yearLabel(f.year), figures: byIndicator((i) => formatTao(f[i])) })),
      context,
    ),
  };
}
