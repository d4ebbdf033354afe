/** Types of the task table (attachment 1-1 and its later releases). */

export type { Indicator } from '../grid.ts';
import type { Indicator } from '../grid.ts';

/** One county's targets: per year, per indicator, in 套（户）. */
export interface CountyTargets {
  /** Name as in the table, e.g. `章贡区`. */
  name: string;
  /** ASCII slug, stable (see src/lib/slug.ts), e.g. `zhanggongqu`. */
  slug: string;
  /** year → figures. */
  years: Record<number, { started: number; completed: number }>;
  /** Totals over all years. */
  total: { started: number; completed: number };
  /** Source line of the row in the CSV (1-based), for messages. */
  line: number;
}

/** The validated table. */
export interface TaskTable {
  /** Years in ascending order, read from the headers, e.g. [2023, 2024]. */
  years: number[];
  /** County rows in file order, without the 合计 row. */
  counties: CountyTargets[];
  /** City totals: per year and overall (derived or checked against the 合计 row). */
  total: { years: Record<number, { started: number; completed: number }>; started: number; completed: number };
  /** Where the table was read from, for messages; absent on tables built in code. */
  source?: TaskSource;
}

/** Positions in the CSV (1-based lines and CSV columns) of the header, the columns and the 合计 row. */
export interface TaskSource {
  file: string;
  /** Line of the (first) header row. */
  headerLine: number;
  countyColumn: number;
  /** Column of each figure: `total` for the 合计 columns (absent when derived), and per year. */
  columns: {
    total: Partial<Record<Indicator, number>>;
    years: Record<number, Record<Indicator, number>>;
  };
  /** Line of the 合计 row; null when the file has none (totals derived). */
  totalRowLine: number | null;
  /** First line of every CSV record, for naming spreadsheet cells (see cells.ts). */
  recordLines: readonly number[];
}
