/**
 * A minimal RFC 4180 CSV writer: fields are quoted only when they must be (a comma, a quote,
 * a line break, or spaces at either end that a lenient reader might trim), quotes are doubled,
 * and every record — the last one too — ends with the chosen line terminator.
 */

export const BOM = '\uFEFF';

export interface CsvOptions {
  /** Line terminator: `\r\n` for Excel/WPS files, `\n` for files meant for code. */
  eol: '\r\n' | '\n';
  /** Prefix a UTF-8 byte order mark so Excel detects the encoding. */
  bom: boolean;
}

/** One CSV field, quoted when needed: `a"b` → `"a""b"`. */
export function formatCsvField(value: string | number): string {
  const text = typeof value === 'number' ? formatCount(value) : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document from rows of fields (the header is simply the first row). */
export function formatCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>, options: CsvOptions): string {
  const body = rows.map((row) => row.map(formatCsvField).join(',') + options.eol).join('');
  return (options.bom ? BOM : '') + body;
}

/** A count as plain digits; anything but a non-negative safe integer is a bug upstream. */
export function formatCount(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`invalid count: ${String(value)}`);
  }
  return String(value);
}
