/**
 * Tail grouping of county rows: long lists keep their top N and sum the rest into one row. The sums
 * come from prefix sums built once per order and figure, so a chart costs O(topN), not O(n): a
 * county page of a 3,000-county table no longer walks the other 2,970.
 */
import type { DerivedCounty } from '../tasks/derive';
import { TEXT } from '../words/charts';
import { formatTao } from '../format';

/** A bar row: one county, or the grouped tail. */
export interface BarRow {
  /** Label on the chart (county name, or 「其余 N 个」). */
  label: string;
  started: number;
  completed: number;
  /** Number of counties the row stands for (1, or the tail size). */
  count: number;
  /** The highlighted county. */
  highlight: boolean;
  /** The county of a one-county row. */
  county?: DerivedCounty;
}

/** How many rows a chart shows before it groups the tail. */
export interface TailOptions {
  /** Show every county up to this many (default 100). */
  maxRows?: number;
  /** Above maxRows, show this many and group the rest (default 30). */
  topN?: number;
}

/** The figures a bar row shows for a county. */
export type BarFigures = (c: DerivedCounty) => { started: number; completed: number };

/** Running sums of the figures along an order (`started[i]`: the first i counties), and each county's position. */
interface OrderSums {
  started: Float64Array;
  completed: Float64Array;
  position: Map<string, number>;
}

/**
 * Sums by order, then by figures function. Both keys are compared by identity: pass the order
 * from derive (`orderCounties`) and a figures function that lives as long as it does, and the
 * sums are built once per build; a new function only costs one more O(n) pass.
 */
const sumsByOrder = new WeakMap<readonly DerivedCounty[], WeakMap<BarFigures, OrderSums>>();

/** Prefix sums of `figures` over `sorted`, built on first use (O(n)) and then shared. */
function sumsOf(sorted: readonly DerivedCounty[], figures: BarFigures): OrderSums {
  let byFigures = sumsByOrder.get(sorted);
  if (!byFigures) {
    byFigures = new WeakMap();
    sumsByOrder.set(sorted, byFigures);
  }
  let sums = byFigures.get(figures);
  if (!sums) {
    const started = new Float64Array(sorted.length + 1);
    const completed = new Float64Array(sorted.length + 1);
    const position = new Map<string, number>();
    sorted.forEach((c, i) => {
      const f = figures(c);
      started[i + 1] = (started[i] as number) + f.started;
      completed[i + 1] = (completed[i] as number) + f.completed;
      position.set(c.slug, i);
    });
    sums = { started, completed, position };
    byFigures.set(figures, sums);
  }
  return sums;
}

/**
 * Bar rows for counties already in order: all of them when there are at most `maxRows`; otherwise
 * the first `topN`, the highlighted county if it falls outside them (`promoted`), and one row
 * 「其余 N 个」 summing the rest — nothing is dropped. `rest` is the number of counties in the
 * grouped row (0 if none). Figures are whole numbers, so the sums are exact.
 */
export function groupTail(
  sorted: readonly DerivedCounty[],
  figures: BarFigures,
  options: TailOptions & { highlight?: string } = {},
): { rows: BarRow[]; rest: number; restStarted: number; restCompleted: number; promoted?: string } {
  const { maxRows = 100, topN = 30, highlight } = options;
  const toRow = (c: DerivedCounty): BarRow => ({ label: c.name, ...figures(c), count: 1, highlight: c.slug === highlight, county: c });
  if (sorted.length <= maxRows) return { rows: sorted.map(toRow), rest: 0, restStarted: 0, restCompleted: 0 };
  const rows = sorted.slice(0, topN).map(toRow);
  const sums = sumsOf(sorted, figures);
  const end = sorted.length;
  const start = Math.min(topN, end);
  const at = highlight === undefined ? undefined : sums.position.get(highlight);
  const promoted = at !== undefined && at >= start ? (sorted[at] as DerivedCounty) : undefined;
  const own = promoted ? figures(promoted) : { started: 0, completed: 0 };
  const rest = end - start - (promoted ? 1 : 0);
  const restStarted = (sums.started[end] as number) - (sums.started[start] as number) - own.started;
  const restCompleted = (sums.completed[end] as number) - (sums.completed[start] as number) - own.completed;
  if (promoted) rows.push(toRow(promoted));
  if (rest > 0) rows.push({ label: TEXT.rest(formatTao(rest)), started: restStarted, completed: restCompleted, count: rest, highlight: false });
  return { rows, rest, restStarted, restCompleted, ...(promoted ? { promoted: promoted.name } : {}) };
}
