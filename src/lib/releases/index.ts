/**
 * The release index `data/releases.csv` (版本,日期,说明): one row per published version of the
 * task table, oldest first. Each version's table is kept as `data/releases/<版本>.csv`.
 */
import { csvParseRows } from 'd3-dsv';
import { issueError, type Issue } from '../errors.ts';

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
    issues.push(
      issueError(file, 1, 1, 'E_RELEASE_HEADER', `发布记录的表头应为「${RELEASE_HEADER.join(',')}」，实际为「${header.join(',')}」：请恢复表头。`),
    );
    return { entries, issues };
  }

  rows.slice(1).forEach((raw, index) => {
    const at = lines[index + 1] ?? 0;
    const cells = raw.map((c) => c.trim());
    if (cells.every((c) => c === '')) return;
    const [version = '', date = '', note = ''] = cells;
    const expected = `v${entries.length + 1}`;
    if (version !== expected) {
      issues.push(issueError(file, at, 1, 'E_RELEASE_VERSION', `版本号应为「${expected}」，实际为「${version}」：版本按 v1、v2、v3… 依次编号，请勿手工改动。`));
    }
    if (!isIsoDate(date)) {
      issues.push(issueError(file, at, 2, 'E_RELEASE_DATE', `日期「${date}」不是有效日期：请写成 2024-06-30 这样的格式。`));
    } else {
      const previous = entries[entries.length - 1];
      if (previous && isIsoDate(previous.date) && date < previous.date) {
        issues.push(issueError(file, at, 2, 'E_RELEASE_DATE_ORDER', `日期「${date}」早于上一版本 ${previous.version} 的「${previous.date}」：发布日期不能倒退。`));
      }
    }
    if (note === '') {
      issues.push(issueError(file, at, 3, 'E_RELEASE_NOTE', `版本「${version}」缺少说明：请简要写明本次更新的内容和依据。`));
    }
    if (cells.length > 3 && cells.slice(3).some((c) => c !== '')) {
      issues.push(issueError(file, at, 4, 'E_RELEASE_ROW_LONG', `本行多出内容「${cells.slice(3).join(',')}」：发布记录只有 版本、日期、说明 三列；说明中的逗号请用中文逗号「，」。`));
    }
    entries.push({ version, date, note, line: at });
  });

  if (entries.length === 0) {
    issues.push(issueError(file, 1, 1, 'E_RELEASE_NONE', '发布记录为空：至少应有首次发布（v1）一行。'));
  }
  return { entries, issues };
}

/** The index file with one more row, UTF-8 with BOM and CRLF like every staff-facing CSV. */
export function writeReleaseIndex(entries: readonly Omit<ReleaseEntry, 'line'>[]): string {
  const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const rows = [RELEASE_HEADER.join(','), ...entries.map((e) => [e.version, e.date, e.note].map(quote).join(','))];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
