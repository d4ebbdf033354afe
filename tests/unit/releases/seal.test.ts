import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/errors.ts';
import { parseReleaseIndex, writeReleaseIndex, type ReleaseRecord } from '../../../src/lib/releases/index.ts';
import { hashReleaseRow, sealRelease, verifyReleaseChain } from '../../../src/lib/releases/seal.ts';

const FILE = 'data/releases.csv';
const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function log(): ReleaseRecord[] {
  const v1 = sealRelease({ version: 'v1', date: '2026-11-28', note: '首次发布', fileSha256: A, slugsSha256: B }, null);
  const v2 = sealRelease({ version: 'v2', date: '2026-12-01', note: '调整,见通知', fileSha256: B, slugsSha256: A }, v1);
  return [v1, v2];
}
const verify = (records: ReleaseRecord[]) => verifyReleaseChain(parseReleaseIndex(writeReleaseIndex(records), FILE).entries, FILE).map(formatIssue);

describe('hashReleaseRow', () => {
  it('is the SHA-256 of the row’s first six cells as written in the file, quotes included', () => {
    const [, v2] = log();
    expect(v2?.rowSha256).toBe(sha256(`v2,2026-12-01,"调整,见通知",${B},${A},${v2?.previousSha256}`));
    expect(hashReleaseRow({ version: 'v1', date: '2026-11-28', note: '首次发布', fileSha256: A, slugsSha256: B, previousSha256: '' })).toBe(sha256(`v1,2026-11-28,首次发布,${A},${B},`));
  });
});

describe('sealRelease', () => {
  it('chains each row to the seal of the row before; v1 has none', () => {
    const [v1, v2] = log();
    expect(v1?.previousSha256).toBe('');
    expect(v2?.previousSha256).toBe(v1?.rowSha256);
  });
});

describe('verifyReleaseChain', () => {
  it('accepts a log as sealed', () => {
    expect(verify(log())).toEqual([]);
  });

  it('finds a past note edited after it was sealed, at that row’s 本行SHA256', () => {
    const [v1, v2] = log() as [ReleaseRecord, ReleaseRecord];
    const edited = { ...v1, note: '首次发布（改）' };
    expect(verify([edited, v2])).toEqual([
      `data/releases.csv:2:7: E_RELEASE_ROW_CHANGED v1 这一行的版本号、日期、说明或 SHA-256 在发布之后被改动过（登记的本行SHA256 为 ${v1.rowSha256}，按这一行现在的内容应为 ${hashReleaseRow(edited)}）：发布记录只能追加，不能修改。请从版本控制（git）恢复「data/releases.csv」；说明写错了，请在下一次发布的说明中更正。`,
    ]);
  });

  it('finds a past row edited and re-sealed, at the next row’s 上一行SHA256', () => {
    const [, v2] = log() as [ReleaseRecord, ReleaseRecord];
    const forged = sealRelease({ version: 'v1', date: '2026-11-20', note: '首次发布', fileSha256: A, slugsSha256: B }, null);
    const lines = verify([forged, v2]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^data\/releases\.csv:3:6: E_RELEASE_CHAIN v2 登记的「上一行SHA256」为 [0-9a-f]{64}，而上一行 v1 现在的本行SHA256 为 [0-9a-f]{64}：v1 这一行在 v2 发布之后被改动过/);
  });

  it('finds a first row dropped: v1’s 上一行SHA256 must be empty', () => {
    const [, v2] = log() as [ReleaseRecord, ReleaseRecord];
    const lines = verify([{ ...v2, version: 'v1' }]);
    expect(lines[0]).toBe(
      `data/releases.csv:2:6: E_RELEASE_CHAIN 首个版本 v1 的「上一行SHA256」应为空，实际为「${v2.previousSha256}」：前面的记录可能被删掉了。请从版本控制（git）恢复「data/releases.csv」。`,
    );
  });
});
