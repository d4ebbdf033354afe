import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/errors.ts';
import { isIsoDate, todayInShanghai } from '../../../src/lib/dates.ts';
import { parseReleaseIndex, writeReleaseIndex, type ReleaseRecord } from '../../../src/lib/releases/index.ts';

const FILE = 'data/releases.csv';
const HEADER = '版本,日期,说明,文件SHA256,网址SHA256,上一行SHA256,本行SHA256';
const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);
const D = 'd'.repeat(64);
/** The four hash cells of a row (well formed; whether they are right is for seal.ts and log.ts). */
const hashes = (previous = '') => `${A},${B},${previous},${C}`;
const lines = (text: string, today?: string) => parseReleaseIndex(text, FILE, { today }).issues.map(formatIssue);

describe('parseReleaseIndex', () => {
  it('reads versions, dates, notes and hashes with their lines', () => {
    const { entries, issues, legacy } = parseReleaseIndex(`\uFEFF${HEADER}\r\nv1,2026-11-28,首次发布,${hashes()}\r\nv2,2026-12-01,"调整章贡区,见通知",${hashes(D)}\r\n`, FILE);
    expect(issues).toEqual([]);
    expect(legacy).toBe(false);
    expect(entries).toEqual([
      { version: 'v1', date: '2026-11-28', note: '首次发布', fileSha256: A, slugsSha256: B, previousSha256: '', rowSha256: C, line: 2 },
      { version: 'v2', date: '2026-12-01', note: '调整章贡区,见通知', fileSha256: A, slugsSha256: B, previousSha256: D, rowSha256: C, line: 3 },
    ]);
  });

  it('rejects a version out of sequence, a bad date and an empty note, all at once', () => {
    expect(lines(`${HEADER}\nv1,2026-11-28,首次,${hashes()}\nv3,2026-02-30,,${hashes(C)}\n`)).toEqual([
      'data/releases.csv:3:1: E_RELEASE_VERSION 版本号应为「v2」，实际为「v3」：版本按 v1、v2、v3… 依次编号，请勿手工改动。',
      'data/releases.csv:3:2: E_RELEASE_DATE 日期「2026-02-30」不是有效日期：请写成 2024-06-30 这样的格式。',
      'data/releases.csv:3:3: E_RELEASE_NOTE 版本「v3」缺少说明：请简要写明本次更新的内容和依据。',
    ]);
  });

  it('rejects a date earlier than the release before it', () => {
    expect(lines(`${HEADER}\nv1,2026-11-28,首次,${hashes()}\nv2,2026-11-01,第二次,${hashes(C)}\n`)).toEqual([
      'data/releases.csv:3:2: E_RELEASE_DATE_ORDER 日期「2026-11-01」早于上一版本 v1 的「2026-11-28」：发布日期不能倒退。',
    ]);
  });

  it('rejects a date after today (given), accepts today itself, and compares nothing without a today', () => {
    const text = `${HEADER}\nv1,2026-11-28,首次,${hashes()}\nv2,2099-12-31,未来,${hashes(C)}\n`;
    expect(lines(text, '2026-12-31')).toEqual([
      'data/releases.csv:3:2: E_RELEASE_DATE_FUTURE 日期「2099-12-31」晚于今天（2026-12-31，北京时间）：发布日期只能是已经到来的日子。请从版本控制（git）恢复 data/releases.csv 中这一行；新版本请用 npm run release 记录，日期写实际发布的那天。',
    ]);
    expect(lines(text, '2099-12-31')).toEqual([]);
    expect(lines(text)).toEqual([]);
  });

  it('rejects a wrong header and an empty index', () => {
    expect(lines('version,date,note\n')).toEqual([`data/releases.csv:1:1: E_RELEASE_HEADER 发布记录的表头应为「${HEADER}」，实际为「version,date,note」：请恢复表头。`]);
    expect(lines(`${HEADER}\r\n`)).toEqual(['data/releases.csv:1:1: E_RELEASE_NONE 发布记录为空：至少应有首次发布（v1）一行。']);
  });

  it('reads an index in the old three-column format with one error that gives the upgrade command, keeping its rows for the upgrade', () => {
    const { entries, issues, legacy } = parseReleaseIndex('\uFEFF版本,日期,说明\r\nv1,2026-11-28,首次发布\r\n', FILE);
    expect(legacy).toBe(true);
    expect(issues.map(formatIssue)).toEqual([
      'data/releases.csv:1:1: E_RELEASE_INDEX_LEGACY 发布记录「data/releases.csv」是旧格式（只有 版本,日期,说明 三列），缺少核验历史用的 SHA-256：请先核对 data/releases/ 中每个版本的文件与已发布网站上的相同（网站 data/SHA256SUMS 中 releases/v1/tasks.csv 等行），再运行 npm run release -- --migrate-index 升级（会列出每个文件的 SHA-256 并询问确认）。如果这是从版本控制取回的旧文件，请改为恢复最新的「data/releases.csv」。',
    ]);
    expect(entries).toEqual([{ version: 'v1', date: '2026-11-28', note: '首次发布', fileSha256: '', slugsSha256: '', previousSha256: '', rowSha256: '', line: 2 }]);
  });

  it('rejects a hash cell that is not 64 lower-case hex digits, at its column; v1 may leave 上一行SHA256 empty', () => {
    expect(lines(`${HEADER}\nv1,2026-11-28,首次,${A.toUpperCase()},${B},,约\n`)).toEqual([
      `data/releases.csv:2:4: E_RELEASE_HASH 「文件SHA256」应为 64 位十六进制数字的 SHA-256，实际为「${A.toUpperCase()}」：这一列由 npm run release 写入，请勿手工改动。请从版本控制（git）恢复「data/releases.csv」。`,
      'data/releases.csv:2:7: E_RELEASE_HASH 「本行SHA256」应为 64 位十六进制数字的 SHA-256，实际为「约」：这一列由 npm run release 写入，请勿手工改动。请从版本控制（git）恢复「data/releases.csv」。',
    ]);
  });

  it('rejects cells after the seventh column, as when a note holds an unquoted comma', () => {
    expect(lines(`${HEADER}\nv1,2026-11-28,首次,${hashes()},多余\n`)).toEqual([
      'data/releases.csv:2:8: E_RELEASE_ROW_LONG 本行多出内容「多余」：发布记录只有 版本、日期、说明、文件SHA256、网址SHA256、上一行SHA256、本行SHA256 7 列；说明中的逗号请用中文逗号「，」。',
    ]);
  });

  it('counts lines across a note that spans two lines', () => {
    const { entries } = parseReleaseIndex(`${HEADER}\nv1,2026-11-28,"第一行\n第二行",${hashes()}\nv2,2026-11-29,再次,${hashes(C)}\n`, FILE);
    expect(entries.map((e) => e.line)).toEqual([2, 4]);
  });
});

describe('writeReleaseIndex', () => {
  it('writes UTF-8 with BOM and CRLF, quoting a note with a comma, and reads back the same', () => {
    const record: ReleaseRecord = { version: 'v1', date: '2026-11-28', note: '首次,发布', fileSha256: A, slugsSha256: B, previousSha256: '', rowSha256: C };
    const text = writeReleaseIndex([record]);
    expect(text).toBe(`\uFEFF${HEADER}\r\nv1,2026-11-28,"首次,发布",${A},${B},,${C}\r\n`);
    expect(parseReleaseIndex(text, FILE).entries).toEqual([{ ...record, line: 2 }]);
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024/06/30')).toBe(false);
  });
});

describe('todayInShanghai', () => {
  it('is a day ahead of UTC from 16:00 UTC', () => {
    expect(todayInShanghai(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(todayInShanghai(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });
});
