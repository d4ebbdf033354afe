/** Whether a download parses as its type claims: CSV (UTF-8, a header, rectangular), JSON, SVG. */
import { csvParseRows } from 'd3-dsv';

/** Logs that have no rows until something happens: changes.csv before the second release. */
const MAY_BE_EMPTY = /\/data\/changes\.csv$/;

/** Parses a download by its extension: CSV (BOM stripped, rectangular, has a header), JSON, SVG. */
export function parseDownload(pathname: string, body: Buffer): { parseError?: string; rows?: number } {
  const lower = pathname.toLowerCase();
  const text = (): string => body.toString('utf8').replace(/^\uFEFF/, '');
  if (lower.endsWith('.csv')) {
    if (!isValidUtf8(body)) return { parseError: 'CSV is not valid UTF-8' };
    const rows = csvParseRows(text()).filter((row) => !(row.length === 1 && row[0] === ''));
    const header = rows[0];
    if (!header || header.length < 1 || header.every((cell) => cell.trim() === '')) return { parseError: 'CSV has no header row' };
    const ragged = rows.findIndex((row) => row.length !== header.length);
    if (ragged >= 0) {
      return { parseError: `CSV row ${ragged + 1} has ${rows[ragged]?.length} fields, the header has ${header.length}` };
    }
    if (rows.length < 2 && !MAY_BE_EMPTY.test(pathname)) return { parseError: 'CSV has a header but no data rows' };
    return { rows: rows.length - 1 };
  }
  if (lower.endsWith('.json')) {
    try {
      JSON.parse(text());
      return {};
    } catch (error) {
      return { parseError: `JSON does not parse: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  if (lower.endsWith('.svg')) {
    return /<svg[\s>]/.test(text()) && /<\/svg>\s*$/.test(text()) ? {} : { parseError: 'SVG file has no complete <svg> element' };
  }
  return {};
}

function isValidUtf8(body: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
    return true;
  } catch {
    return false;
  }
}
