/** Tail grouping of county rows: long lists keep their top N and sum the rest into one row. */
import type { DerivedCounty } from '../tasks/derive';
import { TEXT } from '../words/charts';
import { formatCount } from './style';

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

/**
 * Bar rows for counties already in order: all of them when there are at most `maxRows`; otherwise
 * the first `topN`, the highlighted county if it falls outside them (`promoted`), and one row
 * 「其余 N 个」 summing the rest — nothing is dropped. `rest` is the number of counties in the
 * grouped row (0 if none).
 */
export function groupTail(
  sorted: readonly DerivedCounty[],
  figures: (c: DerivedCounty) => { started: number; completed: number },
  options: TailOptions & { highlight?: string } = {},
): { rows: BarRow[]; rest: number; restStarted: number; restCompleted: number; promoted?: string } {
  const { maxRows = 100, topN = 30, highlight } = options;
  const toRow = (c: DerivedCounty): BarRow => ({ label: c.name, ...figures(c), count: 1, highlight: c.slug === highlight, county: c });
  if (sorted.length <= maxRows) return { rows: sorted.map(toRow), rest: 0, restStarted: 0, restCompleted: 0 };
  const rows = sorted.slice(0, topN).map(toRow);
  let promoted: DerivedCounty | undefined;
  let rest = 0;
  let restStarted = 0;
  let restCompleted = 0;
  for (let i = topN; i < sorted.length; i++) {
    const c = sorted[i] as DerivedCounty;
    if (c.slug === highlight) {
      promoted = c;
      continue;
    }
    const f = figures(c);
    rest++;
    restStarted += f.started;
    restCompleted += f.completed;
  }
  if (promoted) rows.push(toRow(promoted));
  if (rest > 0) rows.push({ label: TEXT.rest(formatCount(rest)), started: restStarted, completed: restCompleted, count: rest, highlight: false });
  return { rows, rest, restStarted, restCompleted, ...(promoted ? { promoted: promoted.name } : {}) };
}
