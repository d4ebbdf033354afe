/**
 * A release note is shown on /updates/: it follows the one text policy (src/lib/text.ts), like
 * county names and the plan text. Only the note's own issues are looked at here, so the test holds
 * whichever columns the index has besides 版本, 日期 and 说明.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/errors.ts';
import { parseReleaseIndex } from '../../../src/lib/releases/index.ts';

const FILE = 'data/releases.csv';
const noteIssues = (text: string) =>
  parseReleaseIndex(text, FILE)
    .issues.filter((i) => i.code === 'E_RELEASE_NOTE_CHARACTER')
    .map(formatIssue);

describe('parseReleaseIndex on the text of a note', () => {
  it('parseReleaseIndex refuses a note with a bidi control, an isolate or a tab, at the line where it stands', () => {
    const fix = '：请删去这个字符（它常随从网页或文档复制的文字带入）。';
    const text = '版本,日期,说明\nv1,2026-11-28,首次\u202E发布\nv2,2026-12-01,"调整\n章贡区\u2066任务\u2069"\nv3,2026-12-02,说明\t附表\n';
    expect(noteIssues(text)).toEqual([
      `data/releases.csv:2:3: E_RELEASE_NOTE_CHARACTER 版本「v1」的说明第 3 个字符是不可见的格式字符 U+202E${fix}`,
      `data/releases.csv:4:3: E_RELEASE_NOTE_CHARACTER 版本「v2」的说明第 4 个字符是不可见的格式字符 U+2066${fix}`,
      `data/releases.csv:5:3: E_RELEASE_NOTE_CHARACTER 版本「v3」的说明第 3 个字符是不可见的控制字符 U+0009${fix}`,
    ]);
  });

  it('parseReleaseIndex takes a note written on two lines, and the note as released', () => {
    expect(noteIssues('版本,日期,说明\nv1,2026-11-28,"首次发布：\n附件1-1任务表（3,800 套）"\n')).toEqual([]);
    expect(noteIssues('\uFEFF版本,日期,说明\r\nv1,2026-11-28,首次发布：方案附件1-1任务表，数字与印发时一致。\r\n')).toEqual([]);
  });
});
