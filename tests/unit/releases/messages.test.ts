import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELEASE_HEADER } from '../../../src/lib/releases/index.ts';
import { CODES, MESSAGES } from '../../../src/lib/releases/messages.ts';
import { findBadCodes, scanForInlineMessages } from '../../helpers/messages.ts';

/** One pin per builder: the type makes a new builder without a pin a type error. */
const PINS: Record<keyof typeof MESSAGES, () => void> = {
  releaseHeader: () => expect(MESSAGES.releaseHeader(RELEASE_HEADER, ['version', 'date', 'note'])).toMatchInlineSnapshot(`"发布记录的表头应为「版本,日期,说明」，实际为「version,date,note」：请恢复表头。"`),
  releaseVersion: () => expect(MESSAGES.releaseVersion('v2', 'v3')).toMatchInlineSnapshot(`"版本号应为「v2」，实际为「v3」：版本按 v1、v2、v3… 依次编号，请勿手工改动。"`),
  releaseDate: () => expect(MESSAGES.releaseDate('2026-02-30')).toMatchInlineSnapshot(`"日期「2026-02-30」不是有效日期：请写成 2024-06-30 这样的格式。"`),
  releaseDateOrder: () => expect(MESSAGES.releaseDateOrder('2026-11-01', 'v1', '2026-11-28')).toMatchInlineSnapshot(`"日期「2026-11-01」早于上一版本 v1 的「2026-11-28」：发布日期不能倒退。"`),
  releaseNote: () => expect(MESSAGES.releaseNote('v3')).toMatchInlineSnapshot(`"版本「v3」缺少说明：请简要写明本次更新的内容和依据。"`),
  releaseRowLong: () => expect(MESSAGES.releaseRowLong(['见通知', '第二条'])).toMatchInlineSnapshot(`"本行多出内容「见通知,第二条」：发布记录只有 版本、日期、说明 三列；说明中的逗号请用中文逗号「，」。"`),
  releaseNone: () => expect(MESSAGES.releaseNone()).toMatchInlineSnapshot(`"发布记录为空：至少应有首次发布（v1）一行。"`),
  releaseFile: () => expect(MESSAGES.releaseFile('data/releases/v2.csv', 3, 'v2', 'data')).toMatchInlineSnapshot(`"找不到文件「data/releases/v2.csv」：发布记录第 3 行的版本 v2 缺少数据文件。请勿删除 data/releases/ 中的文件。"`),
  noReleases: () => expect(MESSAGES.noReleases('data/releases.csv')).toMatchInlineSnapshot(`"没有发布记录「data/releases.csv」：页面将不显示“数据更新于”。请用 npm run release 记录首次发布。"`),
  unreleasedChanges: () =>
    expect(MESSAGES.unreleasedChanges('v2', '2026-12-01', '1 个数字有变化（合计随之变化）')).toMatchInlineSnapshot(`"任务表与最新发布版本 v2（2026-12-01）相比 1 个数字有变化（合计随之变化）：校验通过后请运行 npm run release -- --date 日期 --note "说明" 记录为新版本。"`),
  unreleasedChangesBlocking: () =>
    expect(MESSAGES.unreleasedChangesBlocking('v2', '2026-12-01', '2 个数字有变化（合计随之变化），新增 某新区')).toMatchInlineSnapshot(`"任务表与最新发布版本 v2（2026-12-01）相比 2 个数字有变化（合计随之变化），新增 某新区，尚未记录为新版本：请先运行 npm run release -- --date 日期 --note "说明"，再构建网站。"`),
};

describe('release messages', () => {
  for (const [name, pin] of Object.entries(PINS)) it(`MESSAGES.${name} reads as pinned`, pin);

  it('pins every builder', () => {
    expect(Object.keys(PINS).sort()).toEqual(Object.keys(MESSAGES).sort());
  });

  it('codes are unique and read E_… or W_…', () => {
    expect(findBadCodes(CODES)).toEqual([]);
  });

  it('no releases module but messages.ts writes a code or a Chinese message into an issue', () => {
    expect(scanForInlineMessages(path.join('src', 'lib', 'releases'))).toEqual([]);
  });
});
