/**
 * Everything a page or chart shows that is not a figure of the table itself, computed once: each
 * county's share of the city total, its rank on every figure, its split by year and its
 * completed ÷ started ratio; the order of the counties on every figure; the city totals; each
 * county's governing unit in the plan; and the figures that differ from the attachment as issued.
 * Charts and pages read this and never sort, rank or total again. Ratios are plain fractions
 * (0.0839, not 8.39); src/lib/format.ts turns them into text. Linear apart from one sort per figure.
 */
import { figureKey, INDICATORS, listFigures, type Indicator } from '../grid.ts';
import type { Unit } from '../plan/types.ts';
import type { TableDiff } from '../tableDiff.ts';
import { governingUnit, type GoverningUnit } from './govern.ts';
import { normalizeName } from '../names.ts';
import type { CountyTargets, TaskTable } from './types.ts';

/** Started and completed, as numbers of one kind (counts, shares or ranks). */
export type Pair<T> = Record<Indicator, T>;

/** One year of a county (or of the city). */
export interface YearSplit extends Pair<number> {
  year: number;
  /** This year's part of the county's (or city's) whole-plan figure; null when that is 0. */
  fraction: Pair<number | null>;
}

/** One county with everything a page shows. */
export interface DerivedCounty {
  name: string;
  slug: string;
  /** Source line in the CSV. */
  line: number;
  /** Whole-plan figures. */
  total: Pair<number>;
  /** Fraction of the city total (0 when the city total is 0). */
  share: Pair<number>;
  /** Rank on the whole-plan figures: 1 = largest; equal figures share a rank (1, 2, 2, 4). */
  rank: Pair<number>;
  /** Rank on every figure, by {@link figureKey} (`2024:started` → 3). */
  ranks: ReadonlyMap<string, number>;
  /** Years ascending. */
  years: YearSplit[];
  /** completed ÷ started over the whole plan; null when nothing is started. */
  completionRatio: number | null;
  /** Where a figure differs from the attachment as issued: figure key → the issued value (null: not in the issued table). */
  issued: ReadonlyMap<string, number | null>;
  /** The county's government as the plan names it, own or collective; null when the plan names none. */
  government: GoverningUnit | null;
}

/** The table, derived. */
export interface DerivedTasks {
  years: number[];
  /** Counties in table order. */
  counties: DerivedCounty[];
  /** Counties by slug. */
  bySlug: ReadonlyMap<string, DerivedCounty>;
  /** Counties largest first on each figure (by {@link figureKey}); ties keep table order. */
  order: ReadonlyMap<string, readonly DerivedCounty[]>;
  /** City totals. */
  total: {
    total: Pair<number>;
    years: YearSplit[];
    completionRatio: number | null;
    /** Where a city total differs from the attachment as issued: figure key → the issued total. */
    issued: ReadonlyMap<string, number>;
  };
  /** Number of counties with at least one figure differing from the attachment as issued. */
  adjustedCounties: number;
}

/** What deriving needs besides the table. */
export interface DeriveContext {
  /** Today's figures against the attachment as issued. */
  adjustments?: TableDiff;
  /** The plan's responsible units, to find each county's government. */
  units?: readonly Unit[];
}

function divide(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function splitYears(years: readonly number[], figures: CountyTargets['years'], total: Pair<number>): YearSplit[] {
  return years.map((year) => {
    const { started, completed } = figures[year] ?? { started: 0, completed: 0 };
    return {
      year,
      started,
      completed,
      fraction: { started: divide(started, total.started), completed: divide(completed, total.completed) },
    };
  });
}

function valueOf(county: Pick<DerivedCounty, 'total' | 'years'>, year: number | null, indicator: Indicator): number {
  if (year === null) return county.total[indicator];
  return county.years.find((y) => y.year === year)?.[indicator] ?? 0;
}

/** Issued values of the adjusted figures, by normalised county name, then figure key. */
function indexAdjustments(adjustments: TableDiff | undefined): Map<string, Map<string, number | null>> {
  const byCounty = new Map<string, Map<string, number | null>>();
  for (const change of adjustments?.changes ?? []) {
    const key = normalizeName(change.county);
    const figures = byCounty.get(key) ?? new Map<string, number | null>();
    figures.set(figureKey(change.year, change.indicator), change.from);
    byCounty.set(key, figures);
  }
  return byCounty;
}

/**
 * The city totals as issued, where they differ from today's: today's total less the sum of every
 * county's change since the attachment (a county added counts from 0, a county removed to 0).
 */
function issuedCityTotals(table: TaskTable, adjustments: TableDiff | undefined): Map<string, number> {
  const delta = new Map<string, number>();
  for (const change of adjustments?.changes ?? []) {
    const key = figureKey(change.year, change.indicator);
    delta.set(key, (delta.get(key) ?? 0) + (change.to ?? 0) - (change.from ?? 0));
  }
  const issued = new Map<string, number>();
  for (const { year, indicator, key } of listFigures(table.years)) {
    const moved = delta.get(key) ?? 0;
    const now = year === null ? table.total[indicator] : table.total.years[year]?.[indicator];
    if (moved !== 0 && now !== undefined) issued.set(key, now - moved);
  }
  return issued;
}

/** Derives everything the pages show from a validated table. Pure. */
export function deriveTasks(table: TaskTable, context: DeriveContext = {}): DerivedTasks {
  const city: Pair<number> = { started: table.total.started, completed: table.total.completed };
  const adjusted = indexAdjustments(context.adjustments);
  const ranks = new Map<string, Map<string, number>>();
  const counties = table.counties.map((c): DerivedCounty => {
    const pick = <T>(f: (i: Indicator) => T): Pair<T> => ({ started: f('started'), completed: f('completed') });
    const own = new Map<string, number>();
    ranks.set(c.slug, own);
    return {
      name: c.name,
      slug: c.slug,
      line: c.line,
      total: { ...c.total },
      share: pick((i) => divide(c.total[i], city[i]) ?? 0),
      rank: pick(() => 0),
      ranks: own,
      years: splitYears(table.years, c.years, c.total),
      completionRatio: divide(c.total.completed, c.total.started),
      issued: adjusted.get(normalizeName(c.name)) ?? new Map(),
      government: governingUnit(c.name, context.units ?? []),
    };
  });

  // One stable sort per figure gives its order and its competition ranks (1, 2, 2, 4).
  const order = new Map<string, DerivedCounty[]>();
  for (const { year, indicator, key } of listFigures(table.years)) {
    const sorted = [...counties].sort((a, b) => valueOf(b, year, indicator) - valueOf(a, year, indicator));
    let rank = 0;
    sorted.forEach((county, i) => {
      const previous = sorted[i - 1];
      if (!previous || valueOf(previous, year, indicator) !== valueOf(county, year, indicator)) rank = i + 1;
      ranks.get(county.slug)?.set(key, rank);
    });
    order.set(key, sorted);
  }
  for (const county of counties) {
    for (const indicator of INDICATORS) county.rank[indicator] = county.ranks.get(figureKey(null, indicator)) ?? 0;
  }

  return {
    years: [...table.years],
    counties,
    bySlug: new Map(counties.map((c) => [c.slug, c])),
    order,
    total: {
      total: city,
      years: splitYears(table.years, table.total.years, city),
      completionRatio: divide(city.completed, city.started),
      issued: issuedCityTotals(table, context.adjustments),
    },
    adjustedCounties: counties.filter((c) => c.issued.size > 0).length,
  };
}

/** The counties largest first on one figure; ties keep table order. */
export function orderCounties(derived: DerivedTasks, year: number | null, indicator: Indicator): readonly DerivedCounty[] {
  const sorted = derived.order.get(figureKey(year, indicator));
  if (!sorted) throw new RangeError(`no such figure: ${figureKey(year, indicator)} (years ${derived.years.join(', ')})`);
  return sorted;
}

/** A county's figure for one year, or its whole-plan figure when year is null. */
export function countyFigure(county: Pick<DerivedCounty, 'total' | 'years'>, year: number | null, indicator: Indicator): number {
  return valueOf(county, year, indicator);
}
