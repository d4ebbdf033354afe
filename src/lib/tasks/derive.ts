/**
 * Figures derived from the validated table for the pages: each county's share of the city total,
 * its rank, its split by year and its completed ÷ started ratio; the city totals. Ratios are
 * plain fractions (0.0839, not 8.39); src/lib/format.ts turns them into text.
 */
import type { CountyTargets, Indicator, TaskTable } from './types.ts';

/** Started and completed, as numbers of one kind (counts, shares or ranks). */
export interface Pair<T> {
  started: T;
  completed: T;
}

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
  /** Whole-plan figures, in 套. */
  total: Pair<number>;
  /** Fraction of the city total (0 when the city total is 0). */
  share: Pair<number>;
  /** 1 = largest; equal figures share a rank (1, 2, 2, 4). */
  rank: Pair<number>;
  /** Years ascending. */
  years: YearSplit[];
  /** completed ÷ started over the whole plan; null when nothing is started. */
  completionRatio: number | null;
}

/** The table, derived. */
export interface DerivedTasks {
  years: number[];
  /** Counties in table order. */
  counties: DerivedCounty[];
  /** Slugs ordered by rank (largest first); ties keep table order. */
  order: Pair<string[]>;
  /** City totals. */
  total: { total: Pair<number>; years: YearSplit[]; completionRatio: number | null };
}

const INDICATORS: readonly Indicator[] = ['started', 'completed'];

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

/** Counties sorted largest first by one indicator, ties in table order (the sort is stable). */
function orderBy(counties: readonly CountyTargets[], indicator: Indicator): CountyTargets[] {
  return [...counties].sort((a, b) => b.total[indicator] - a.total[indicator]);
}

/** Competition ranks: a county's rank is 1 + the number of counties with a larger figure. */
function rankOf(county: CountyTargets, counties: readonly CountyTargets[], indicator: Indicator): number {
  return 1 + counties.filter((c) => c.total[indicator] > county.total[indicator]).length;
}

/** Derives shares, ranks, the split by year and ratios from a validated table. Pure. */
export function deriveTasks(table: TaskTable): DerivedTasks {
  const city: Pair<number> = { started: table.total.started, completed: table.total.completed };
  const counties = table.counties.map((c): DerivedCounty => {
    const pick = <T>(f: (i: Indicator) => T): Pair<T> => ({ started: f('started'), completed: f('completed') });
    return {
      name: c.name,
      slug: c.slug,
      line: c.line,
      total: { ...c.total },
      share: pick((i) => divide(c.total[i], city[i]) ?? 0),
      rank: pick((i) => rankOf(c, table.counties, i)),
      years: splitYears(table.years, c.years, c.total),
      completionRatio: divide(c.total.completed, c.total.started),
    };
  });
  const [startedOrder, completedOrder] = INDICATORS.map((i) => orderBy(table.counties, i).map((c) => c.slug));
  return {
    years: [...table.years],
    counties,
    order: { started: startedOrder ?? [], completed: completedOrder ?? [] },
    total: {
      total: city,
      years: splitYears(table.years, table.total.years, city),
      completionRatio: divide(city.completed, city.started),
    },
  };
}
