/**
 * Bytes → text for the task table. Staff save the table from Excel or WPS, which on a Chinese
 * Windows writes GBK ("CSV (逗号分隔)") and elsewhere UTF-8, with or without a BOM; nobody should
 * have to choose. A file that is not a text CSV at all (a workbook renamed to .csv, a binary, an
 * empty file, Excel's UTF-16 "Unicode text") is rejected with a message that says how to save it.
 */
import { issueError, type Issue } from '../errors.ts';
import { findUndecodableByte } from '../text.ts';
import { tokenizeCsv } from '../csv.ts';
import { CODES, MESSAGES } from './messages.ts';

/**
 * Largest CSV file read, in bytes (10 MB): the task table is about 1 KB, a province of 3,000
 * counties about 150 KB; anything near the limit is the wrong file. Checked before reading.
 */
export const MAX_CSV_BYTES = 10 * 2 ** 20;

/** How the bytes were read. */
export type TableEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

/** Decoded text (BOM removed) and the encoding it was read as. */
export interface DecodedTable {
  text: string;
  encoding: TableEncoding;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** The reason the bytes cannot be a text CSV, or null when they may be one. */
function findNonTextIssue(bytes: Uint8Array, file: string): Issue | null {
  const fail = (code: string, message: string) => issueError(file, 0, 0, code, message);
  if (bytes.length === 0) return fail(CODES.empty, MESSAGES.empty());
  if (bytes.length > MAX_CSV_BYTES) return fail(CODES.fileTooLarge, MESSAGES.fileTooLarge(bytes.length, MAX_CSV_BYTES));
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return fail(CODES.notCsvXlsx, MESSAGES.notCsvXlsx());
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return fail(CODES.notCsvXls, MESSAGES.notCsvXls());
  if (startsWith(bytes, [0xff, 0xfe])) return fail(CODES.utf16, MESSAGES.utf16('LE'));
  if (startsWith(bytes, [0xfe, 0xff])) return fail(CODES.utf16, MESSAGES.utf16('BE'));
  const nul = bytes.indexOf(0);
  if (nul >= 0) return fail(CODES.binary, MESSAGES.binary(nul));
  return null;
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    // fatal: a wrong guess must fail, not turn into U+FFFD that then looks like a county name.
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The issue for bytes neither encoding takes, at the first byte the likelier encoding refuses (the
 * one that reads further): its physical line, its CSV column, and the bytes there.
 */
function describeUndecodable(bytes: Uint8Array, file: string): Issue {
  // Both are non-null here (each decoder refused the bytes); `?? start` only satisfies the types.
  const start = { offset: 0, text: '' };
  const utf8 = findUndecodableByte(bytes, 'utf-8') ?? start;
  const gb = findUndecodableByte(bytes, 'gb18030') ?? start;
  const at = gb.offset > utf8.offset ? gb : utf8;
  const before = at.text.replace(/^\uFEFF/, '');
  const line = 1 + (before.match(/\r\n|\r|\n/g)?.length ?? 0);
  const atLineStart = before === '' || /[\r\n]$/.test(before);
  const column = atLineStart ? 1 : (tokenizeCsv(before).records.at(-1)?.cells.length ?? 1);
  return issueError(file, line, column, CODES.encoding, MESSAGES.encoding([...bytes.subarray(at.offset, at.offset + 2)]));
}

/**
 * Decodes a CSV file's bytes: strict UTF-8 first (with or without BOM), then GB18030 (a superset
 * of GBK). Never throws: `decoded` is null, with one issue, when the file is empty, blank, larger
 * than {@link MAX_CSV_BYTES}, an .xlsx/.xls workbook, UTF-16, binary (these at line 0) or in
 * neither encoding (at the first byte that cannot be read).
 */
export function decodeTable(bytes: Uint8Array, file: string): { decoded: DecodedTable | null; issues: Issue[] } {
  const fail = (issue: Issue) => ({ decoded: null, issues: [issue] });
  const nonText = findNonTextIssue(bytes, file);
  if (nonText) return fail(nonText);
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const utf8 = tryDecode('utf-8', bytes);
  const decoded: DecodedTable | null =
    utf8 !== null
      ? { text: utf8, encoding: bom ? 'utf-8-bom' : 'utf-8' }
      : ((text) => (text === null ? null : { text, encoding: 'gb18030' as const }))(tryDecode('gb18030', bytes));
  if (decoded === null) return fail(describeUndecodable(bytes, file));
  if (decoded.text.trim() === '') return fail(issueError(file, 0, 0, CODES.empty, MESSAGES.empty()));
  return { decoded, issues: [] };
}
