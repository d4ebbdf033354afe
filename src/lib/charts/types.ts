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

/** One row of a chart's table: its cells, and where its figures come from. */
export interface ChartRow {
  /** Column key → value. */
  cells: Record<string, string | number>;
  /** The county whose figures the row holds (absent for a city total or a grouped tail). */
  county?: string;
  /** The year of the row's figures; null for the sum over all years. */
  year?: number | null;
  /** Column key → the figure as issued in the plan's attachment, where today's differs (null: not issued). */
  issued?: Record<string, number | null>;
}

/** The numbers behind a chart, every row, never grouped. */
export interface ChartTable {
  caption: string;
  columns: ChartColumn[];
  rows: ChartRow[];
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
  /** Source line, e.g. 「来源：某市某某行动方案 附件1」. */
  source: string;
}
