/** Looks up where today's figures differ from attachment 1-1 as issued (原计划 X，调整为 Y). */
import type { TableDiff } from '../releases/diff.ts';
import type { Indicator } from '../tasks/types.ts';

export type IssuedLookup = (county: string, year: number | null, indicator: Indicator) => number | null | undefined;

/**
 * A function answering, for one figure, the value as issued when it was adjusted: a number, or
 * null when the county was not in the issued table; `undefined` when the figure is unchanged.
 */
export function lookupIssued(adjustments: TableDiff): IssuedLookup {
  const map = new Map(adjustments.changes.map((c) => [`${c.county}|${c.year ?? 'total'}|${c.indicator}`, c.from]));
  return (county, year, indicator) => map.get(`${county}|${year ?? 'total'}|${indicator}`);
}
