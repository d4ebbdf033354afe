/**
 * The release index `data/releases.csv` (版本,日期,说明): one row per published version of the
 * task table, oldest first. Each version's table is kept as `data/releases/<版本>.csv`.
 */
import { csvParseRows } from 'd3-dsv';
import { issueError, type Issue } from '../errors.ts';
import { CODES, MESSAGES } from './messages.ts';

export interface ReleaseEntry {
  /** `v1`, `v2`, … in order. */
  version: string;
  /** ISO date `YYYY-MM-DD`, as staff recorded it. */
  date: string;
  /** Staff's note, shown on /updates/. */
  note: string;
  /** 1-based line in the index file. */
  line: number;
}

export const RELEASE_HEADER = ['版本', '日期', '说明'] as const;

/** `true` for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** Reads the index text (already decoded), collecting every problem. */
export function parseReleaseIndex(text: string, file: string): { entries: ReleaseEntry[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const rows = csvParseRows(normalised);
  const entries: ReleaseEntry[] = [];
  let line = 1;
  const lines: number[] = rows.map((cells) => {
    const at = line;
    line += 1 + cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
    return at;
  });

  const header = (rows[0] ?? []).map((c) => c.trim());
  if (RELEASE_HEADER.some((h, i) => header[i] !== h)) {
    issues.push(issueError(file, 1, 1, CODES.releaseHeader, MESSAGES.releaseHeader(RELEASE_HEADER, header)));
    return { entries, issues };
  }

  rows.slice(1).forEach((raw, index) => {
    const at = lines[index + 1] ?? 0;
    const cells = raw.map((c) => c.trim());
    if (cells.every((c) => c === '')) return;
    const [version = '', date = '', note = ''] = cells;
    const expected = `v${entries.length + 1}`;
    if (version !== expected) {
      issues.push(issueError(file, at, 1, CODES.releaseVersion, MESSAGES.releaseVersion(expected, version)));
    }
    if (!isIsoDate(date)) {
      issues.push(issueError(file, at, 2, CODES.releaseDate, MESSAGES.releaseDate(date)));
    } else {
      const previous = entries[entries.length - 1];
      if (previous && isIsoDate(previous.date) && date < previous.date) {
        issues.push(issueError(file, at, 2, CODES.releaseDateOrder, MESSAGES.releaseDateOrder(date, previous.version, previous.date)));
      }
    }
    if (note === '') {
      issues.push(issueError(file, at, 3, CODES.releaseNote, MESSAGES.releaseNote(version)));
    }
    if (cells.length > 3 && cells.slice(3).some((c) => c !== '')) {
      issues.push(issueError(file, at, 4, CODES.releaseRowLong, MESSAGES.releaseRowLong(cells.slice(3))));
    }
    entries.push({ version, date, note, line: at });
  });

  if (entries.length === 0) {
    issues.push(issueError(file, 1, 1, CODES.releaseNone, MESSAGES.releaseNone()));
  }
  return { entries, issues };
}

/** The index file with one more row, UTF-8 with BOM and CRLF like every staff-facing CSV. */
export function writeReleaseIndex(entries: readonly Omit<ReleaseEntry, 'line'>[]): string {
  const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const rows = [RELEASE_HEADER.join(','), ...entries.map((e) => [e.version, e.date, e.note].map(quote).join(','))];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
