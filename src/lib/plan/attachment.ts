/**
 * An attachment (附件 1-1): its label line, title (healed of the PDF's stray space and recognised as
 * the title the attachment list names), unit line, and its tables, each read by attachmentTable.ts.
 *
 * Several tables in one attachment (表1/表2, （一）/（二）, a target table and a project list): a
 * run of text lines that ends at a table line starts a new table when it is a sub-title (表2, （二）,
 * 二、, 2.), holds a 单位： line, stands after a blank line, or follows the table's notes; that text
 * (from its last sub-title, or its last line after a blank line) is the new table's title and unit.
 * Under a table, `注：` lines and any text after a blank line are its notes; a line of text directly
 * under a row is a cell that wrapped in the source, kept whole as its own row (text tables; in a
 * target table it is a row, and its missing figures are reported). Nothing is dropped.
 */
import { issueError, type Issue } from '../errors';
import { isTableLine, NOTE, readTable, type RawLine } from './attachmentTable';
import { CODES, MESSAGES } from './messages';
import type { AttachmentTable } from './types';

export { splitCells, type RawLine } from './attachmentTable';

/** A non-blank line; `gap` when a blank line stands before it. */
interface Line extends RawLine {
  gap: boolean;
}

/** One table's lines: title and unit lines, header and rows (wrapped text marked), notes. */
interface Segment {
  head: Line[];
  body: (Line & { wrapped?: boolean })[];
  notes: Line[];
}

const LABEL = /^附\s*件\s*(.*)$/;
const UNIT = /^单\s*位\s*[：:]\s*(.+)$/;
/** A sub-table's title: `表2`, `（二）`, `(二)`, `二、`, `2.` / `2、` at the start of the line. */
const SUBTITLE = /^(?:表\s*[0-9０-９一二三四五六七八九十]+|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|[0-9０-９]+[.．、](?![0-9０-９]))/;
const CJK = '[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]';
const SPACE_IN_CJK = new RegExp(`(?<=${CJK})\\s+(?=${CJK})`, 'g');

/** Parses one attachment, from its label line to the end of its last table. */
export function parseAttachment(
  lines: readonly RawLine[],
  listedTitles: readonly string[],
  file: string,
): { table: AttachmentTable | null; issues: Issue[] } {
  const issues: Issue[] = [];
  const [labelLine, ...rest] = readLines(lines);
  if (!labelLine) return { table: null, issues };
  const labelText = labelLine.raw.trim();
  const label = (LABEL.exec(labelText)?.[1] ?? '').replace(/\s+/g, '');
  const first = rest.findIndex((l) => isTableLine(l.raw));
  if (first < 0) {
    const title = healTitle(readHead(rest).titleAsIssued, listedTitles);
    issues.push(issueError(file, labelLine.line, 1, CODES.attachmentTruncated, MESSAGES.attachmentNoTable(label, title)));
    return { table: null, issues };
  }
  const segments = splitTables(rest.slice(first));
  const [own, firstHead] = segments.length > 1 ? splitHead(rest.slice(0, first), listedTitles) : [rest.slice(0, first), []];
  const head = readHead(own);
  const title = healTitle(head.titleAsIssued, listedTitles);
  const tables = segments.flatMap((segment, k) => {
    const sub = readHead(k === 0 ? firstHead : segment.head);
    const body = readTable(segment.body, segment.notes, label, file, issues);
    if (!body) return [];
    const { keyHeader, headerRows, columns, rows, kind, notes } = body;
    const table: AttachmentTable = {
      label,
      title: sub.titleAsIssued ? healTitle(sub.titleAsIssued, []) : title,
      titleAsIssued: sub.titleAsIssued,
      unit: sub.unit || head.unit,
      unitText: sub.unitText,
      keyHeader,
      headerRows,
      columns,
      rows,
      line: ((k === 0 ? firstHead[0] : segment.head[0]) ?? segment.body[0] ?? labelLine).line,
      ...(kind ? { kind } : {}),
      ...(notes ? { notes } : {}),
    };
    return [table];
  });
  const [lead] = tables;
  if (!lead) return { table: null, issues };
  // In the order plan.json writes the fields (planJson.ts); the table's own fields repeat the first table's.
  const table: AttachmentTable = {
    label,
    labelText,
    title,
    titleAsIssued: head.titleAsIssued,
    unit: head.unit || lead.unit,
    unitText: head.unitText,
    keyHeader: lead.keyHeader,
    headerRows: lead.headerRows,
    columns: lead.columns,
    rows: lead.rows,
    line: labelLine.line,
    ...(lead.kind ? { kind: lead.kind } : {}),
    ...(lead.notes ? { notes: lead.notes } : {}),
    ...(tables.length > 1 ? { tables } : {}),
  };
  return { table, issues };
}

/** The title the attachment list names when it differs from the issued one only by whitespace. */
export function healTitle(asIssued: string, listedTitles: readonly string[]): string {
  const bare = asIssued.replace(/\s+/g, '');
  const listed = listedTitles.find((t) => t.replace(/\s+/g, '') === bare);
  return listed ?? asIssued.replace(SPACE_IN_CJK, '');
}

function readLines(lines: readonly RawLine[]): Line[] {
  const out: Line[] = [];
  let gap = false;
  for (const l of lines) {
    if (l.raw.trim() === '') gap = true;
    else {
      out.push({ raw: l.raw, line: l.line, gap });
      gap = false;
    }
  }
  return out;
}

/** Title and unit lines: the first `单位：` line is the unit, every other line is the title (joined). */
function readHead(lines: readonly Line[]): { titleAsIssued: string; unit: string; unitText: string | null } {
  const unitLine = lines.find((l) => UNIT.test(l.raw.trim()));
  const titleAsIssued = lines.filter((l) => l !== unitLine).map((l) => l.raw.trim()).join('');
  const unitText = unitLine ? unitLine.raw.trim() : null;
  return { titleAsIssued, unit: unitText ? (UNIT.exec(unitText)?.[1]?.trim() ?? '') : '', unitText };
}

/**
 * The attachment's own title (and unit) and the first table's sub-title: the split is at the first
 * later line that is a sub-title, or after the lines that make up the title the list names.
 */
function splitHead(lines: readonly Line[], listedTitles: readonly string[]): [Line[], Line[]] {
  const listed = new Set(listedTitles.map((t) => t.replace(/\s+/g, '')));
  let before = '';
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as Line).raw.trim();
    if (before && !UNIT.test(text) && (SUBTITLE.test(text) || listed.has(before))) return [lines.slice(0, i), lines.slice(i)];
    if (!UNIT.test(text)) before += text.replace(/\s+/g, '');
  }
  return [[...lines], []];
}

/** Cuts the lines from the first table line on into tables (see the module comment). Linear. */
function splitTables(lines: readonly Line[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment = { head: [], body: [], notes: [] };
  let inNotes = false;
  const takeText = (l: Line) => {
    if (inNotes || l.gap || NOTE.test(l.raw.trim())) {
      current.notes.push(l);
      inNotes = true;
    } else current.body.push({ ...l, wrapped: true });
  };
  const startNew = (head: Line[]) => {
    segments.push(current);
    current = { head, body: [], notes: [] };
    inNotes = false;
  };
  let i = 0;
  while (i < lines.length) {
    const l = lines[i] as Line;
    if (isTableLine(l.raw)) {
      if (inNotes) startNew([]);
      current.body.push(l);
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && !isTableLine((lines[j] as Line).raw)) j++;
    const block = lines.slice(i, j);
    const start = j < lines.length ? headStart(block, inNotes) : -1;
    for (const text of start < 0 ? block : block.slice(0, start)) takeText(text);
    if (start >= 0) startNew(block.slice(start));
    i = j;
  }
  segments.push(current);
  return segments;
}

/** Where in a run of text lines before a table line the next table's title begins; -1: it does not. */
function headStart(block: readonly Line[], inNotes: boolean): number {
  const texts = block.map((l) => l.raw.trim());
  const unit = texts.findIndex((t) => UNIT.test(t));
  const sub = texts.findLastIndex((t) => SUBTITLE.test(t) && !NOTE.test(t));
  const gap = block.findLastIndex((l, k) => l.gap && !NOTE.test(texts[k] ?? ''));
  const start = sub >= 0 ? sub : gap >= 0 ? gap : inNotes || unit >= 0 ? 0 : -1;
  if (start < 0 || NOTE.test(texts[start] ?? '')) return -1;
  return unit >= 0 && unit < start ? unit : start;
}

