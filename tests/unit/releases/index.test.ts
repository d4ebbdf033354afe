import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/errors.ts';
import { isIsoDate, parseReleaseIndex, writeReleaseIndex } from '../../../src/lib/releases/index.ts';

const FILE = 'data/releases.csv';
const lines = (text: string) => parseReleaseIndex(text, FILE).issues.map(formatIssue);

describe('parseReleaseIndex', () => {
  it('reads versions, dates and notes with their lines', () => {
    const { entries, issues } = parseReleaseIndex('\uFEFF版本,日期,说明\r\nv1,2026-11-28,首次发布\r\nv2,2026-12-01,"调整章贡区,见通知"\r\n', FILE);
    expect(issues).toEqual([]);
    expect(entries).toEqual([
      { version: 'v1', date: '2026-11-28', note: '首次发布', line: 2 },
      { version: 'v2', date: '2026-12-01', note: '调整章贡区,见通知', line: 3 },
    ]);
  });

  it('rejects a version out of sequence, a bad date and an empty note, all at once', () => {
    expect(lines('版本,日期,说明\nv1,2026-11-28,首次\nv3,2026-02-30,\n')).toEqual([
      'data/releases.csv:3:1: E_RELEASE_VERSION 版本号应为「v2」，实际为「v3」：版本按 v1、v2、v3… 依次编号，请勿手工改动。',
      'data/releases.csv:3:2: E_RELEASE_DATE 日期「2026-02-30」不是有效日期：请写成 2024-06-30 这样的格式。',
      'data/releases.csv:3:3: E_RELEASE_NOTE 版本「v3」缺少说明：请简要写明本次更新的内容和依据。',
    ]);
  });

  it('rejects a date earlier than the release before it', () => {
    expect(lines('版本,日期,说明\nv1,2026-11-28,首次\nv2,2026-11-01,第二次\n')).toEqual([
      'data/releases.csv:3:2: E_RELEASE_DATE_ORDER 日期「2026-11-01」早于上一版本 v1 的「2026-11-28」：发布日期不能倒退。',
    ]);
  });

  it('rejects a wrong header and an empty index', () => {
    expect(lines('version,date,note\n')).toEqual(['data/releases.csv:1:1: E_RELEASE_HEADER 发布记录的表头应为「版本,日期,说明」，实际为「version,date,note」：请恢复表头。']);
    expect(lines('版本,日期,说明\r\n')).toEqual(['data/releases.csv:1:1: E_RELEASE_NONE 发布记录为空：至少应有首次发布（v1）一行。']);
  });

  it('counts lines across a note that spans two lines', () => {
    const { entries } = parseReleaseIndex('版本,日期,说明\nv1,2026-11-28,"第一行\n第二行"\nv2,2026-11-29,再次\n', FILE);
    expect(entries.map((e) => e.line)).toEqual([2, 4]);
  });
});

describe('writeReleaseIndex', () => {
  it('writes UTF-8 with BOM and CRLF, quoting a note with a comma, and reads back the same', () => {
    const text = writeReleaseIndex([{ version: 'v1', date: '2026-11-28', note: '首次,发布' }]);
    expect(text).toBe('\uFEFF版本,日期,说明\r\nv1,2026-11-28,"首次,发布"\r\n');
    expect(parseReleaseIndex(text, FILE).entries[0]?.note).toBe('首次,发布');
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024/06/30')).toBe(false);
  });
});
