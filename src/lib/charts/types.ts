/** Types shared by the chart functions and the renderer. */
import type * as Plot from '@observablehq/plot';

/** One column of a chart's data table. */
export interface ChartColumn {
  /** Key into each row. */
  key: string;
  /** Header text, Chinese, with the unit, e.g. `开工（套）`. */
  label: string;
  /** Numeric columns are right-aligned and formatted with grouping. */
  numeric: boolean;
}

/** The numbers behind a chart, every row, never grouped. */
export interface ChartTable {
  caption: string;
  columns: ChartColumn[];
  rows: Record<string, string | number>[];
}

/** A chart, ready to render: a plain description, no DOM. */
export interface ChartSpec {
  /** Stable id, used for `/charts/<id>.svg` and `/charts/<id>.csv`. */
  id: string;
  title: string;
  /** One sentence stating the point, with the figures, derived from the data. */
  caption: string;
  /** Short label for `aria-label`. */
  ariaLabel: string;
  /** Longer text description, for `<desc>`. */
  description: string;
  /** The argument of `Plot.plot`, with `width` and `height` fixed. */
  plot: Plot.PlotOptions & { width: number; height: number };
  /** The same numbers as the chart. */
  table: ChartTable;
  /** Source line, e.g. 「来源：赣州市城市棚户区改造攻坚行动方案 附件1-1」. */
  source: string;
}
