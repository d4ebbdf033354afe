/**
 * The release index `data/releases.csv`: one row per published version of the task table, oldest
 * first, an append-only log. Each version's table is kept as `data/releases/<版本>.csv`; each row
 * records the SHA-256 of that file and of the URLs the version first published, and is chained to
 * the row before and sealed (see seal.ts), so that any later change can be found.
 */
import { createHash } from 'node:crypto';
import { csvParseRows } from 'd3-dsv';
import { EXCEL_CSV, writeCsv } from '../csv.ts';
import { isIsoDate } from '../dates.ts';
import { issueError, type Issue } from '../errors.ts';
import { characterPosition, findForbiddenCharacter } from '../text.ts';
import { CODES, MESSAGES } from './messages.ts';

/** A row as recorded: what `npm run release` writes. */
export interface ReleaseRecord {
  /** `v1`, `v2`, … in order. */
  version: string;
  /** ISO date `YYYY-MM-DD`, as staff recorded it. */
  date: string;
  /** Staff's note, shown on /updates/. */
  note: string;
  /** SHA-256 of the bytes of `releases/<version>.csv`. */
  fileSha256: string;
  /** SHA-256 of the rows of `releases/slugs.csv` this version first published (see slugs.ts). */
  slugsSha256: string;
  /** The row before's {@link rowSha256}; empty for v1. */
  previousSha256: string;
  /** SHA-256 of this row's first six cells as written (seal.ts). */
  rowSha256: string;
}

/** A row read from the index. */
export interface ReleaseEntry extends ReleaseRecord {
  /** 1-based line in the index file. */
  line: number;
}

export const RELEASE_HEADER = ['版本', '日期', '说明', '文件SHA256', '网址SHA256', '上一行SHA256', '本行SHA256'] as const;
/** The index as first written, before the log could be verified; `npm run release -- --migrate-index` upgrades it. */
export const LEGACY_RELEASE_HEADER = ['版本', '日期', '说明'] as const;
/** 1-based column of each cell, for messages. */
export const RELEASE_COLUMN = { version: 1, date: 2, note: 3, fileSha256: 4, slugsSha256: 5, previousSha256: 6, rowSha256: 7 } as const;

const HASH = /^[0-9a-f]{64}$/;

/** `true` for a SHA-256 written as 64 lower-case hex digits. */
export function isSha256(value: string): boolean {
  return HASH.test(value);
}

/** Lower-case hex SHA-256 of bytes, or of a string's UTF-8. */
export function sha256Hex(body: string | Uint8Array): string {
  return createHash('sha256').update(body).digest('hex');
}

/** Options of {@link parseReleaseIndex}. */
export interface ReleaseIndexOptions {
  /** Today in Asia/Shanghai (`YYYY-MM-DD`): a later date is refused. Absent, dates are not compared with today. */
  today?: string;
}

/** What {@link parseReleaseIndex} read: `legacy` when the index has the old three columns (its rows carry no hashes). */
export interface ParsedReleaseIndex {
  entries: ReleaseEntry[];
  issues: Issue[];
  legacy: boolean;
}

const HASH_COLUMNS = ['fileSha256', 'slugsSha256', 'previousSha256', 'rowSha256'] as const;

/**
 * Reads the index text (already decoded), collecting every problem: the header, the version
 * sequence, dates (real, never going backwards, never after `today`), notes, and the form of each
 * hash. Whether the hashes are right is for {@link verifyReleaseChain} and the loading step.
 */
export function parseReleaseIndex(text: string, file: string, options: ReleaseIndexOptions = {}): ParsedReleaseIndex {
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
  const legacy = header.filter((c) => c !== '').length === LEGACY_RELEASE_HEADER.length && LEGACY_RELEASE_HEADER.every((h, i) => header[i] === h);
  if (legacy) {
    issues.push(issueError(file, 1, 1, CODES.releaseIndexLegacy, MESSAGES.releaseIndexLegacy(file, releasesDirOf(file))));
  } else if (RELEASE_HEADER.some((h, i) => header[i] !== h)) {
    issues.push(issueError(file, 1, 1, CODES.releaseHeader, MESSAGES.releaseHeader(RELEASE_HEADER, header)));
    return { entries, issues, legacy };
  }
  const width = legacy ? LEGACY_RELEASE_HEADER.length : RELEASE_HEADER.length;

  rows.slice(1).forEach((raw, index) => {
    const at = lines[index + 1] ?? 0;
    const cells = raw.map((c) => c.trim());
    if (cells.every((c) => c === '')) return;
    const [version = '', date = '', note = ''] = cells;
    const [fileSha256 = '', slugsSha256 = '', previousSha256 = '', rowSha256 = ''] = legacy ? [] : cells.slice(3);
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
      } else if (options.today !== undefined && date > options.today) {
        issues.push(issueError(file, at, 2, CODES.releaseDateFuture, MESSAGES.releaseDateFuture(date, options.today, file)));
      }
    }
    if (note === '') {
      issues.push(issueError(file, at, 3, CODES.releaseNote, MESSAGES.releaseNote(version)));
    }
    const noteCharacter = checkNoteText(raw[2] ?? '', version, at, file);
    if (noteCharacter) issues.push(noteCharacter);
    if (cells.length > width && cells.slice(width).some((c) => c !== '')) {
      issues.push(issueError(file, at, width + 1, CODES.releaseRowLong, MESSAGES.releaseRowLong(cells.slice(width), legacy ? LEGACY_RELEASE_HEADER : RELEASE_HEADER)));
    }
    const entry: ReleaseEntry = { version, date, note, fileSha256, slugsSha256, previousSha256, rowSha256, line: at };
    if (!legacy) {
      for (const key of HASH_COLUMNS) {
        const value = entry[key];
        // v1 has no row before it: an empty 上一行SHA256 is checked with the chain, not here.
        if (HASH.test(value) || (key === 'previousSha256' && value === '')) continue;
        const column = RELEASE_COLUMN[key];
        issues.push(issueError(file, at, column, CODES.releaseHash, MESSAGES.releaseHash(RELEASE_HEADER[column - 1] ?? key, value, file)));
      }
    }
    entries.push(entry);
  });

  if (entries.length === 0) {
    issues.push(issueError(file, 1, 1, CODES.releaseNone, MESSAGES.releaseNone()));
  }
  return { entries, issues, legacy };
}

/**
 * A character of a note that the text policy (src/lib/text.ts) refuses, at the line of the index
 * where it stands (a quoted note may span lines: line feeds are the one control it may hold).
 */
function checkNoteText(written: string, version: string, line: number, file: string): Issue | null {
  const note = written.trim();
  const found = findForbiddenCharacter(note, '\n');
  if (!found) return null;
  const index = written.indexOf(note) + found.index;
  const lineStart = written.lastIndexOf('\n', index - 1) + 1;
  const at = line + (written.slice(0, index).match(/\n/g)?.length ?? 0);
  const position = characterPosition(written.slice(lineStart), index - lineStart);
  return issueError(file, at, 3, CODES.releaseNoteCharacter, MESSAGES.releaseNoteCharacter(version, found.codePoint, found.kind, position));
}

/** `data/releases.csv` → `data/releases`: where the version files of an index are kept. */
export function releasesDirOf(indexFile: string): string {
  return indexFile.replace(/\.csv$/i, '');
}

/** The index file, UTF-8 with BOM and CRLF like every staff-facing CSV; hashes are plain text cells. */
export function writeReleaseIndex(records: readonly ReleaseRecord[]): string {
  const rows = records.map((r) => [r.version, r.date, r.note, r.fileSha256, r.slugsSha256, r.previousSha256, r.rowSha256]);
  return writeCsv([RELEASE_HEADER, ...rows], EXCEL_CSV);
}
