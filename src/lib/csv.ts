/**
 * CSV for every domain: the tokenizer the staff's CSV files are read with, and the one writer of
 * every CSV the site and the release command write.
 *
 * The tokenizer is a small RFC 4180 reader that, unlike d3-dsv's lenient `csvParseRows`, knows the
 * physical line each record starts on (so messages can say `data/tasks.csv:14:3`) and reports an
 * unclosed quote instead of swallowing the rest of the file. Accepts CRLF, LF and lone CR line
 * ends, `""` inside quotes, quoted line breaks, and spaces before an opening quote.
 *
 * The writer quotes as d3-dsv does, and also a field with spaces at either end; it ends every
 * record, the last one too, with the line end its readers expect, after a BOM when Excel reads it.
 */
import { csvFormatValue } from 'd3-dsv';
import { formatPlainCount } from './format.ts';

/** One CSV record: the cells as written (unquoted, untrimmed) and the line it starts on. */
export interface CsvRecord {
  /** 1-based physical line where the record starts. */
  line: number;
  cells: string[];
}

/** Text written after a closing quote (`"甲县"x`): where the quoted cell starts, and the text. */
export interface TextAfterQuote {
  line: number;
  column: number;
  text: string;
}

/**
 * Records in file order; `unclosedQuote` points at a quote that never closes, if any, and
 * `textAfterQuote` lists every cell with text after its closing quote (kept in the cell, as
 * spreadsheets do, but malformed CSV).
 */
export interface CsvTokens {
  records: CsvRecord[];
  unclosedQuote: { line: number; column: number } | null;
  textAfterQuote: TextAfterQuote[];
}

/** Splits CSV text into records. Never throws; a leading BOM is dropped. */
export function tokenizeCsv(text: string): CsvTokens {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let unclosedQuote: CsvTokens['unclosedQuote'] = null;
  const textAfterQuote: TextAfterQuote[] = [];
  // Set while the current cell's quote has closed: where, and the cell's length at that point.
  let closedQuote: { line: number; length: number } | null = null;
  let line = 1;
  let cells: string[] = [];
  let cell = '';
  let recordLine = 1;
  let i = 0;
  const n = src.length;

  const endCell = () => {
    const after = closedQuote ? cell.slice(closedQuote.length).trim() : '';
    if (closedQuote && after !== '') textAfterQuote.push({ line: closedQuote.line, column: cells.length + 1, text: after });
    closedQuote = null;
    cells.push(cell);
    cell = '';
  };
  const endRecord = () => {
    endCell();
    records.push({ line: recordLine, cells });
    cells = [];
  };
  // Returns the length of the line break at position j (0 when none).
  const breakAt = (j: number) => (src[j] === '\r' ? (src[j + 1] === '\n' ? 2 : 1) : src[j] === '\n' ? 1 : 0);

  while (i < n) {
    if (src[i] === '"' && closedQuote === null && cell.trim() === '') {
      const startLine = line;
      cell = '';
      i++;
      let closed = false;
      while (i < n) {
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        const br = breakAt(i);
        if (br > 0) line++;
        cell += src.slice(i, i + (br || 1));
        i += br || 1;
      }
      if (!closed && unclosedQuote === null) unclosedQuote = { line: startLine, column: cells.length + 1 };
      if (closed) closedQuote = { line: startLine, length: cell.length };
      continue;
    }
    const br = breakAt(i);
    if (br > 0) {
      endRecord();
      i += br;
      line++;
      recordLine = line;
      continue;
    }
    if (src[i] === ',') endCell();
    else cell += src[i];
    i++;
  }
  // A final line break ends the last record; only text after it makes another one.
  const atRecordStart = cells.length === 0 && cell === '' && (n === 0 || breakAt(n - 1) > 0);
  if (!atRecordStart) endRecord();
  return { records, unclosedQuote, textAfterQuote };
}

/** The UTF-8 byte order mark, by which Excel and WPS tell a file is UTF-8. */
export const BOM = '\uFEFF';

/** How a CSV file is laid out for its readers. */
export interface CsvOptions {
  /** Line terminator: `\r\n` for Excel/WPS files, `\n` for files meant for code. */
  eol: '\r\n' | '\n';
  /** Prefix a UTF-8 byte order mark so Excel detects the encoding. */
  bom: boolean;
}

/** What Excel and WPS on Chinese Windows open cleanly: the tables staff and readers open by hand. */
export const EXCEL_CSV: CsvOptions = { eol: '\r\n', bom: true };
/** What code expects: no BOM, LF. */
export const CODE_CSV: CsvOptions = { eol: '\n', bom: false };

/** A field: text, or a count (written as plain digits). */
export type CsvCell = string | number;

const EDGE_SPACE = /^\s|\s$/;

/** One field, quoted when it must be: `a"b` → `"a""b"`, ` 甲` → `" 甲"`. */
function formatCsvField(cell: CsvCell): string {
  const text = typeof cell === 'number' ? formatPlainCount(cell) : cell;
  const field = csvFormatValue(text);
  // d3-dsv quotes only what would break the record; a reader may trim the spaces of a bare field.
  return field === text && EDGE_SPACE.test(text) ? `"${text}"` : field;
}

/** One record as written, without its line end: `章贡区,zhanggongqu,v1`. */
export function formatCsvRow(cells: readonly CsvCell[]): string {
  return cells.map(formatCsvField).join(',');
}

/**
 * A whole CSV document from rows of fields (the header is simply the first row). Records are
 * formatted one by one, since d3-dsv's `csvFormatRows` joins them with LF only and no BOM.
 */
export function writeCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions): string {
  return (options.bom ? BOM : '') + rows.map((row) => formatCsvRow(row) + options.eol).join('');
}
