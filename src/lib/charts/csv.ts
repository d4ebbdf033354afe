/** A chart's table as a CSV download: UTF-8 with BOM (Excel opens it as UTF-8), CRLF, Chinese headers. */
import { EXCEL_CSV, writeCsv } from '../csv';
import type { ChartSpec } from './types';

/** `spec.table` as CSV text; numbers are written plainly (no grouping) so spreadsheets read them as numbers. */
export function chartCsv(spec: ChartSpec): string {
  const { columns, rows } = spec.table;
  return writeCsv([columns.map((c) => c.label), ...rows.map((row) => columns.map((c) => row.cells[c.key] ?? ''))], EXCEL_CSV);
}
