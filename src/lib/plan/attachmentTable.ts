/**
 * One table of an attachment, from its header to its notes: the cells of a line (tabs, or runs of
 * two or more spaces as PDF extraction gives them), a one- or two-row header, the value columns of
 * a 开工/基本建成 target table, rows of integers or of text as issued, and the `注：` lines under it.
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
type Row = AttachmentTable['rows'][number];

/** `注：…`, `备注：…`, `说明：…` under a table: a note, not a row. */
export const NOTE = /^(?:注|备注|说明|注释)\s*[0-9０-９]*\s*[：:]/;
/** A header cell that names a 开工 or 基本建成 figure; `开工时间` / `竣工日期` name a date column of a project list. */
const INDICATOR_HEADER = /(?:开工|建成|竣工)(?!\s*(?:时间|日期|时限|年月))/;
const INTEGER = /^\d+$/;
/** `序号` heading a target table's first column: the row's name (county) stands in the second. */
const SERIAL = /^序\s*号$/;
/** Between two cells of a line from a PDF: a run of two or more spaces (ASCII or ideographic). */
const SPACE_RUN = /[ \u3000]{2,}/;

/** True for a line of cells: it holds a tab, or a run of two or more spaces between two words. */
export function isTableLine(raw: string): boolean {
  return raw.includes('\t') || SPACE_RUN.test(raw.trim());
}

/**
 * Splits a table line into trimmed cells; trailing empty cells dropped, a leading one kept. Tabs
 * separate cells (two tabs: an empty cell between); without a tab, runs of two or more spaces do,
 * and a line without either is split at every space (a row typed `甲区 600 300`).
 */
export function splitCells(raw: string): string[] {
  const lead = /^\s/.test(raw) ? [''] : [];
  const trimmed = raw.trim();
  const cells = raw.includes('\t') ? raw.split('\t') : [...lead, ...trimmed.split(SPACE_RUN.test(trimmed) ? SPACE_RUN : /\s+/)];
  const out = cells.map((c) => c.trim());
  while (out.length > 1 && out[out.length - 1] === '') out.pop();
  return out;
}

/** True when the header names 开工/基本建成 figures: the table holds targets, cross-checked with the task table. */
export function isTargetHeader(rows: readonly string[][]): boolean {
  return rows.some((row) => row.slice(1).some((cell) => INDICATOR_HEADER.test(cell)));
}

/**
 * The header is one row, or two when the second has an empty first cell (groups over indicators).
 * Runs of spaces cannot leave the empty cells of a merged group: when the top row of such a line has
 * fewer cells than the row under it and they divide evenly, each group spans its share.
 */
export function readHeader(lines: readonly RawLine[]): string[][] | null {
  const first = lines[0];
  if (!first) return null;
  const top = splitCells(first.raw);
  const second = lines[1] ? splitCells(lines[1].raw) : null;
  if (!second || second.length < 2 || !(second[0] === '' || second.slice(1).every((c) => INDICATOR_HEADER.test(c)))) return [top];
  const groups = top.length - 1;
  const share = (second.length - 1) / groups;
  if (first.raw.includes('\t') || groups < 1 || share <= 1 || !Number.isInteger(share)) return [top, second];
  const spread = top.slice(1).flatMap((group) => [group, ...Array<string>(share - 1).fill('')]);
  return [[top[0] ?? '', ...spread], second];
}

/** Reads a table's header, rows and notes; `label` names the attachment in messages. */
export function readTable(
  lines: readonly (RawLine & { wrapped?: boolean })[],
  notes: readonly RawLine[],
  label: string,
  file: string,
  issues: Issue[],
): Pick<AttachmentTable, 'keyHeader' | 'headerRows' | 'columns' | 'rows' | 'kind' | 'notes'> | null {
  const headerRows = readHeader(lines);
  const at = lines[0];
  if (!headerRows || !at) return null;
  // Only a table whose header names 开工/基本建成 figures holds targets; any other is text, shown as issued.
  const targets = isTargetHeader(headerRows);
  const serial = targets && SERIAL.test(headerRows[0]?.[0] ?? '') ? 1 : 0;
  const columns = targets ? readColumns(headerRows, serial, at.line, label, file, issues) : [];
  const rowLines = lines.slice(headerRows.length);
  if (rowLines.length === 0) {
    issues.push(issueError(file, at.line, 1, CODES.attachmentTruncated, MESSAGES.attachmentHeaderOnly(label)));
  }
  const width = Math.max(...headerRows.map((r) => r.length));
  const rows = rowLines.map((row) => (targets ? readRow(row, serial, columns.length, label, file, issues) : readTextRow(row, width)));
  return {
    keyHeader: headerRows[0]?.[serial] ?? '',
    headerRows,
    columns,
    rows,
    ...(targets ? {} : { kind: 'text' as const }),
    ...(notes.length > 0 ? { notes: notes.map((l) => ({ text: l.raw.trim(), line: l.line })) } : {}),
  };
}

/**
 * A row of a text table: its cells as issued (an empty cell stays, up to the header's width), no
 * figure read. A wrapped line (text standing alone under a row) is kept whole as its own row.
 */
function readTextRow(row: RawLine & { wrapped?: boolean }, width: number): Row {
  if (row.wrapped) return { name: row.raw.trim(), values: [], cells: [], line: row.line, wrapped: true };
  const [key = '', ...cells] = splitCells(row.raw);
  while (cells.length < width - 1) cells.push('');
  return { name: key, values: [], cells, line: row.line };
}

/** `serial`: 1 when a 序号 column stands before the name column; `label`: the attachment's label (`1-1`), for messages. */
function readColumns(rows: string[][], serial: number, line: number, label: string, file: string, issues: Issue[]): Column[] {
  const [top = [], sub] = rows;
  const labels = sub ?? top;
  const columns: Column[] = [];
  let group = '';
  for (let j = 1 + serial; j < labels.length; j++) {
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

/**
 * A row of figures. With a 序号 column the name is the second cell; a name written in the 序号
 * cell with the name cell empty (`合计` over both merged cells) is the row's name.
 */
function readRow(row: RawLine, serial: number, width: number, label: string, file: string, issues: Issue[]): Row {
  const all = splitCells(row.raw);
  const cells = all.slice(1 + serial);
  const [first = '', second = ''] = all;
  const key = serial && second ? second : first;
  const lead = 2 + serial;
  const values: number[] = [];
  cells.forEach((cell, j) => {
    if (INTEGER.test(cell)) values.push(Number(cell));
    else {
      issues.push(issueError(file, row.line, j + lead, CODES.attachmentNumber, MESSAGES.attachmentNumber(label, key, j + lead, cell)));
    }
  });
  if (cells.length < width) {
    const message = MESSAGES.attachmentRowShort(label, key, cells.length, width);
    issues.push(issueError(file, row.line, cells.length + lead, CODES.attachmentTruncated, message));
  } else if (cells.length > width) {
    const message = MESSAGES.attachmentExtraCells(label, key, cells.length, width);
    issues.push(issueError(file, row.line, width + lead, CODES.attachmentExtraCells, message));
  }
  return { name: key, values, cells, line: row.line, ...(serial ? { serial: second ? first : '' } : {}) };
}
