/** A chart's table as a CSV download: UTF-8 with BOM (Excel opens it as UTF-8), CRLF, Chinese headers. */
import { csvFormatRow } from 'd3-dsv';
import type { ChartSpec } from './types';

/** `spec.table` as CSV text; numbers are written plainly (no grouping) so spreadsheets read them as numbers. */
export function chartCsv(spec: ChartSpec): string {
  const { columns, rows } = spec.table;
  const lines = [csvFormatRow(columns.map((c) => c.label))];
  for (const row of rows) lines.push(csvFormatRow(columns.map((c) => String(row.cells[c.key] ?? ''))));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
