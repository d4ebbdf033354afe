/** Ordering and tail grouping of county rows: long lists keep their top N and sum the rest. */
import type { CountyTargets, TaskTable } from '../tasks/types';
import { TEXT } from './text';
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
}

/** How many rows a chart shows before it groups the tail. */
export interface TailOptions {
  /** Show every county up to this many (default 100). */
  maxRows?: number;
  /** Above maxRows, show this many and group the rest (default 30). */
  topN?: number;
}

/** Rows sorted by `value` descending; ties keep file order (the sort is stable). */
export function sortCounties(
  counties: readonly CountyTargets[],
  value: (c: CountyTargets) => number,
): CountyTargets[] {
  return [...counties].sort((a, b) => value(b) - value(a));
}

/** The county by name, or an error quoting the bad name. */
export function findCounty(table: TaskTable, name: string): CountyTargets {
  const county = table.counties.find((c) => c.name === name);
  if (!county) throw new Error(`unknown county: 「${name}」`);
  return county;
}

/** The year's figures, or an error quoting the bad year. */
export function requireYear(table: TaskTable, year: number): void {
  if (!table.years.includes(year)) throw new Error(`unknown year: ${year} (table has ${table.years.join(', ')})`);
}

/**
 * Bar rows for sorted counties: all of them when there are at most `maxRows`; otherwise the first
 * `topN`, the highlighted county if it falls outside them (`promoted`), and one row 「其余 N 个」 summing the
 * rest — nothing is dropped. `rest` is the number of counties in the grouped row (0 if none).
 */
export function groupTail(
  sorted: readonly CountyTargets[],
  figures: (c: CountyTargets) => { started: number; completed: number },
  options: TailOptions & { highlight?: string } = {},
): { rows: BarRow[]; rest: number; restStarted: number; restCompleted: number; promoted?: string } {
  const { maxRows = 100, topN = 30, highlight } = options;
  const toRow = (c: CountyTargets): BarRow => ({ label: c.name, ...figures(c), count: 1, highlight: c.name === highlight });
  if (sorted.length <= maxRows) return { rows: sorted.map(toRow), rest: 0, restStarted: 0, restCompleted: 0 };
  const shown = sorted.slice(0, topN);
  const tail = sorted.slice(topN).filter((c) => c.name !== highlight);
  const promoted = sorted.slice(topN).find((c) => c.name === highlight);
  const rows = shown.map(toRow);
  if (promoted) rows.push(toRow(promoted));
  let restStarted = 0;
  let restCompleted = 0;
  for (const c of tail) {
    const f = figures(c);
    restStarted += f.started;
    restCompleted += f.completed;
  }
  if (tail.length > 0) {
    rows.push({ label: TEXT.rest(formatCount(tail.length)), started: restStarted, completed: restCompleted, count: tail.length, highlight: false });
  }
  return { rows, rest: tail.length, restStarted, restCompleted, ...(promoted ? { promoted: promoted.name } : {}) };
}
