/**
 * What changed between two versions of the task table, or between today's table and the
 * attachment as issued: written by releases/diff.ts, read by the derived figures (tasks/derive.ts),
 * the downloads and the pages.
 */
import type { Indicator } from './grid.ts';

/** One figure that differs: `year` null is the county's 合计 over all years. */
export interface FigureChange {
  county: string;
  year: number | null;
  indicator: Indicator;
  /** null when the county did not exist in the older table. */
  from: number | null;
  /** null when the county no longer exists in the newer table. */
  to: number | null;
}

export interface TableDiff {
  added: string[];
  removed: string[];
  changes: FigureChange[];
}
