/**
 * An attachment table (附件 1-1): label, title (healed of the PDF's stray space and recognised as
 * the title the attachment list names), unit line, a one- or two-row header (合计/2023年/2024年
 * over 开工/基本建成) read into columns, and rows of integers separated by tabs. A table whose header
 * names no 开工/基本建成 figure (a project list) is a text table, its cells kept as issued; `注：`
 * lines under a table are its notes.
 */
import { issueError, type Issue } from '../errors';
import { CODES, MESSAGES } from './messages';
import type { AttachmentTable } from './types';

/** A raw source line (not trimmed: a leading tab is an empty first cell). */
export interface RawLine {
  raw: string;
  line: number;
}

type Column = AttachmentTable['columns'][number];

const LABEL = /^附\s*件\s*(.*)$/;
/** `注：…`, `备注：…`, `说明：…` under a table: a note, not a row. */
const NOTE = /^(?:注|备注|说明|注释)\s*[0-9０-９]*\s*[：:]/;
/** A header cell that names a 开工 or 基本建成 figure. */
const INDICATOR_HEADER = /开工|建成|竣工/;
const UNIT = /^单\s*位\s*[：:]\s*(.+)$/;
const INTEGER = /^\d+$/;
const CJK = '[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]';
const SPACE_IN_CJK = new RegExp(`(?<=${CJK})\\s+(?=${CJK})`, 'g');

/** Parses one attachment, from its label line to the end of its rows. */
export function parseAttachment(
  lines: readonly RawLine[],
  listedTitles: readonly string[],
  file: string,
): { table: AttachmentTable | null; issues: Issue[] } {
  const issues: Issue[] = [];
  const content = lines.filter((l) => l.raw.trim() !== '');
  const [labelLine, ...rest] = content;
  if (!labelLine) return { table: null, issues };
  const labelText = labelLine.raw.trim();
  const label = (LABEL.exec(labelText)?.[1] ?? '').replace(/\s+/g, '');

  let index = 0;
  const titleLines: string[] = [];
  while (index < rest.length && !isTableLine(rest[index]?.raw ?? '')) titleLines.push(rest[index++]?.raw.trim() ?? '');
  const unitIndex = titleLines.findIndex((t) => UNIT.test(t));
  const unitText = unitIndex >= 0 ? (titleLines[unitIndex] ?? '') : null;
  const titleAsIssued = (unitIndex >= 0 ? titleLines.slice(0, unitIndex) : titleLines).join('');
  const title = healTitle(titleAsIssued, listedTitles);
  const tableLines = rest.slice(index);

  const header = readHeader(tableLines);
  const at = tableLines[0] ?? labelLine;
  if (!header) {
    issues.push(issueError(file, at.line, 1, CODES.attachmentTruncated, MESSAGES.attachmentNoTable(label, title)));
    return { table: null, issues };
  }
  // Only a table whose header names 开工/基本建成 figures holds targets; any other is text, shown as issued.
  const targets = header.rows.some((row) => row.slice(1).some((cell) => INDICATOR_HEADER.test(cell)));
  const columns = targets ? readColumns(header.rows, at.line, label, file, issues) : [];
  const afterHeader = tableLines.slice(header.rows.length);
  const noteAt = afterHeader.findIndex((l) => NOTE.test(l.raw.trim()));
  const rowLines = noteAt < 0 ? afterHeader : afterHeader.slice(0, noteAt);
  const notes = noteAt < 0 ? [] : afterHeader.slice(noteAt).map((l) => ({ text: l.raw.trim(), line: l.line }));
  if (rowLines.length === 0) {
    issues.push(issueError(file, at.line, 1, CODES.attachmentTruncated, MESSAGES.attachmentHeaderOnly(label)));
  }
  const rows = rowLines.map((row) => (targets ? readRow(row, columns.length, label, file, issues) : readTextRow(row)));
  const table: AttachmentTable = {
    label,
    labelText,
    title,
    titleAsIssued,
    unit: unitText ? (UNIT.exec(unitText)?.[1]?.trim() ?? '') : '',
    unitText,
    keyHeader: header.rows[0]?.[0] ?? '',
    headerRows: header.rows,
    columns,
    rows,
    line: labelLine.line,
    ...(targets ? {} : { kind: 'text' as const }),
    ...(notes.length > 0 ? { notes } : {}),
  };
  return { table, issues };
}

/** A row of a text table: its cells as issued, no figure read. */
function readTextRow(row: RawLine): AttachmentTable['rows'][number] {
  const [key = '', ...cells] = splitCells(row.raw);
  return { name: key, values: [], cells, line: row.line };
}

/** The title the attachment list names when it differs from the issued one only by whitespace. */
export function healTitle(asIssued: string, listedTitles: readonly string[]): string {
  const bare = asIssued.replace(/\s+/g, '');
  const listed = listedTitles.find((t) => t.replace(/\s+/g, '') === bare);
  return listed ?? asIssued.replace(SPACE_IN_CJK, '');
}

function isTableLine(raw: string): boolean {
  return raw.includes('\t');
}

/** Splits a table line into trimmed cells; trailing empty cells dropped, a leading one kept. */
export function splitCells(raw: string): string[] {
  const cells = raw.includes('\t') ? raw.split('\t') : [...(/^\s/.test(raw) ? [''] : []), ...raw.trim().split(/\s+/)];
  const trimmed = cells.map((c) => c.trim());
  while (trimmed.length > 1 && trimmed[trimmed.length - 1] === '') trimmed.pop();
  return trimmed;
}

/** The header is one row, or two when the second has an empty first cell (groups over indicators). */
function readHeader(lines: readonly RawLine[]): { rows: string[][] } | null {
  const first = lines[0];
  if (!first) return null;
  const rows = [splitCells(first.raw)];
  const second = lines[1] ? splitCells(lines[1].raw) : null;
  if (second && (second[0] === '' || second.slice(1).every((c) => /开工|建成|竣工/.test(c)))) rows.push(second);
  return { rows };
}

/** `label`: the attachment's label (`1-1`), for messages. */
function readColumns(rows: string[][], line: number, label: string, file: string, issues: Issue[]): Column[] {
  const [top = [], sub] = rows;
  const labels = sub ?? top;
  const columns: Column[] = [];
  let group = '';
  for (let j = 1; j < labels.length; j++) {
    if (sub) group = top[j] || group;
    const text = labels[j] ?? '';
    const ownGroup = sub ? group : text;
    const indicator = /建成|竣工/.test(text) ? 'completed' : /开工/.test(text) ? 'started' : null;
    if (!indicator) {
      issues.push(issueError(file, line + (sub ? 1 : 0), j + 1, CODES.attachmentHeader, MESSAGES.attachmentHeader(label, text)));
      continue;
    }
    const year = /(\d{4})\s*年/.exec(ownGroup)?.[1];
    columns.push({ group: ownGroup, year: year ? Number(year) : null, indicator, label: sub ? `${group}${text}` : text });
  }
  return columns;
}

function readRow(row: RawLine, width: number, label: string, file: string, issues: Issue[]): AttachmentTable['rows'][number] {
  const [key = '', ...cells] = splitCells(row.raw);
  const values: number[] = [];
  cells.forEach((cell, j) => {
    if (INTEGER.test(cell)) values.push(Number(cell));
    else {
      issues.push(issueError(file, row.line, j + 2, CODES.attachmentNumber, MESSAGES.attachmentNumber(label, key, j + 2, cell)));
    }
  });
  if (cells.length < width) {
    const message = MESSAGES.attachmentRowShort(label, key, cells.length, width);
    issues.push(issueError(file, row.line, cells.length + 2, CODES.attachmentTruncated, message));
  } else if (cells.length > width) {
    const message = MESSAGES.attachmentExtraCells(label, key, cells.length, width);
    issues.push(issueError(file, row.line, width + 2, CODES.attachmentExtraCells, message));
  }
  return { name: key, values, cells, line: row.line };
}
