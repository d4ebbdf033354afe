import path from 'node:path';
import { expect } from 'vitest';
import { RELEASE_HEADER } from '../../../src/lib/releases/index.ts';
import { CODES, MESSAGES } from '../../../src/lib/releases/messages.ts';
import { SLUG_HEADER } from '../../../src/lib/releases/slugs.ts';
import { describeMessages, type Pins } from '../../helpers/messages.ts';

const HASH_A = `${'a'.repeat(8)}…`;
const HASH_B = `${'b'.repeat(8)}…`;

const PINS: Pins<typeof MESSAGES> = {
  releaseHeader: () => expect(MESSAGES.releaseHeader(RELEASE_HEADER, ['version', 'date', 'note'])).toMatchInlineSnapshot(`"发布记录的表头应为「版本,日期,说明,文件SHA256,网址SHA256,上一行SHA256,本行SHA256」，实际为「version,date,note」：请恢复表头。"`),
  releaseVersion: () => expect(MESSAGES.releaseVersion('v2', 'v3')).toMatchInlineSnapshot(`"版本号应为「v2」，实际为「v3」：版本按 v1、v2、v3… 依次编号，请勿手工改动。"`),
  releaseDate: () => expect(MESSAGES.releaseDate('2026-02-30')).toMatchInlineSnapshot(`"日期「2026-02-30」不是有效日期：请写成 2024-06-30 这样的格式。"`),
  releaseDateOrder: () => expect(MESSAGES.releaseDateOrder('2026-11-01', 'v1', '2026-11-28')).toMatchInlineSnapshot(`"日期「2026-11-01」早于上一版本 v1 的「2026-11-28」：发布日期不能倒退。"`),
  releaseNote: () => expect(MESSAGES.releaseNote('v3')).toMatchInlineSnapshot(`"版本「v3」缺少说明：请简要写明本次更新的内容和依据。"`),
  releaseNoteCharacter: () => {
    expect(MESSAGES.releaseNoteCharacter('v2', 0x202e, 'format', 5)).toMatchInlineSnapshot(`"版本「v2」的说明第 5 个字符是不可见的格式字符 U+202E：请删去这个字符（它常随从网页或文档复制的文字带入）。"`);
    expect(MESSAGES.releaseNoteCharacter('v3', 0x09, 'control', 1)).toMatchInlineSnapshot(`"版本「v3」的说明第 1 个字符是不可见的控制字符 U+0009：请删去这个字符（它常随从网页或文档复制的文字带入）。"`);
  },
  releaseRowLong: () => expect(MESSAGES.releaseRowLong(['见通知', '第二条'], RELEASE_HEADER)).toMatchInlineSnapshot(`"本行多出内容「见通知,第二条」：发布记录只有 版本、日期、说明、文件SHA256、网址SHA256、上一行SHA256、本行SHA256 7 列；说明中的逗号请用中文逗号「，」。"`),
  releaseNone: () => expect(MESSAGES.releaseNone()).toMatchInlineSnapshot(`"发布记录为空：至少应有首次发布（v1）一行。"`),
  releaseFile: () => expect(MESSAGES.releaseFile('data/releases/v2.csv', 3, 'v2', 'data')).toMatchInlineSnapshot(`"找不到文件「data/releases/v2.csv」：发布记录第 3 行的版本 v2 缺少数据文件。请勿删除 data/releases/ 中的文件。"`),
  noReleases: () => expect(MESSAGES.noReleases('data/releases.csv')).toMatchInlineSnapshot(`"没有发布记录「data/releases.csv」：页面将不显示“数据更新于”。请用 npm run release 记录首次发布。"`),
  unreleasedChanges: () =>
    expect(MESSAGES.unreleasedChanges('v2', '2026-12-01', '1 个数字有变化（合计随之变化）')).toMatchInlineSnapshot(`"任务表与最新发布版本 v2（2026-12-01）相比 1 个数字有变化（合计随之变化）：校验通过后请运行 npm run release -- --date 日期 --note "说明" 记录为新版本。"`),
  unreleasedChangesBlocking: () =>
    expect(MESSAGES.unreleasedChangesBlocking('v2', '2026-12-01', '2 个数字有变化（合计随之变化），新增 某新区')).toMatchInlineSnapshot(`"任务表与最新发布版本 v2（2026-12-01）相比 2 个数字有变化（合计随之变化），新增 某新区，尚未记录为新版本：请先运行 npm run release -- --date 日期 --note "说明"，再构建网站。"`),
  releaseIndexLegacy: () => expect(MESSAGES.releaseIndexLegacy('data/releases.csv', 'data/releases')).toMatchInlineSnapshot(`"发布记录「data/releases.csv」是旧格式（只有 版本,日期,说明 三列），缺少核验历史用的 SHA-256：请先核对 data/releases/ 中每个版本的文件与已发布网站上的相同（网站 data/SHA256SUMS 中 releases/v1/tasks.csv 等行），再运行 npm run release -- --migrate-index 升级（会列出每个文件的 SHA-256 并询问确认）。如果这是从版本控制取回的旧文件，请改为恢复最新的「data/releases.csv」。"`),
  releaseIndexCurrent: () => expect(MESSAGES.releaseIndexCurrent('data/releases.csv')).toMatchInlineSnapshot(`"发布记录「data/releases.csv」已是新格式，无需升级：--migrate-index 只用于只有 版本,日期,说明 三列的旧发布记录。"`),
  releaseHash: () => expect(MESSAGES.releaseHash('文件SHA256', '1.23E+63', 'data/releases.csv')).toMatchInlineSnapshot(`"「文件SHA256」应为 64 位十六进制数字的 SHA-256，实际为「1.23E+63」：这一列由 npm run release 写入，请勿手工改动。请从版本控制（git）恢复「data/releases.csv」。"`),
  releaseFileChanged: () => expect(MESSAGES.releaseFileChanged('data/releases/v1.csv', 'v1', HASH_A, HASH_B)).toMatchInlineSnapshot(`"「data/releases/v1.csv」与发布 v1 时不同：登记的 SHA-256 为 aaaaaaaa…，文件现在的 SHA-256 为 bbbbbbbb…。已发布的版本不能修改：请从版本控制（git）恢复这个文件，或从已发布网站「更新记录」页下载 v1 的任务表放回原处；不要改动登记的 SHA-256。要调整数字，请修改 tasks.csv，再用 npm run release 记录新版本。"`),
  releaseSlugsChanged: () => expect(MESSAGES.releaseSlugsChanged('data/releases/slugs.csv', 'v2', HASH_A, HASH_B)).toMatchInlineSnapshot(`"「data/releases/slugs.csv」中 v2 首次发布的网址与发布时不同（登记的 SHA-256 为 aaaaaaaa…，现在为 bbbbbbbb…）：已发布的网址不能换主人，也不能删去。请从版本控制（git）恢复「data/releases/slugs.csv」。"`),
  releaseChain: () => {
    expect(MESSAGES.releaseChain('v3', 'v2', HASH_A, HASH_B, 'data/releases.csv')).toMatchInlineSnapshot(`"v3 登记的「上一行SHA256」为 aaaaaaaa…，而上一行 v2 现在的本行SHA256 为 bbbbbbbb…：v2 这一行在 v3 发布之后被改动过，或两行之间删去、插入了记录。发布记录只能追加，不能修改。请从版本控制（git）恢复「data/releases.csv」。"`);
    expect(MESSAGES.releaseChain('v2', 'v1', '', HASH_B, 'data/releases.csv')).toMatchInlineSnapshot(`"v2 登记的「上一行SHA256」为 （空），而上一行 v1 现在的本行SHA256 为 bbbbbbbb…：v1 这一行在 v2 发布之后被改动过，或两行之间删去、插入了记录。发布记录只能追加，不能修改。请从版本控制（git）恢复「data/releases.csv」。"`);
    expect(MESSAGES.releaseChain('v1', null, HASH_A, '', 'data/releases.csv')).toMatchInlineSnapshot(`"首个版本 v1 的「上一行SHA256」应为空，实际为「aaaaaaaa…」：前面的记录可能被删掉了。请从版本控制（git）恢复「data/releases.csv」。"`);
  },
  releaseRowChanged: () => expect(MESSAGES.releaseRowChanged('v1', HASH_A, HASH_B, 'data/releases.csv')).toMatchInlineSnapshot(`"v1 这一行的版本号、日期、说明或 SHA-256 在发布之后被改动过（登记的本行SHA256 为 aaaaaaaa…，按这一行现在的内容应为 bbbbbbbb…）：发布记录只能追加，不能修改。请从版本控制（git）恢复「data/releases.csv」；说明写错了，请在下一次发布的说明中更正。"`),
  releaseFileUnlisted: () => {
    expect(MESSAGES.releaseFileUnlisted('data/releases/v3.csv', 'v3', 'data/releases.csv', 'v2')).toMatchInlineSnapshot(`"「data/releases/v3.csv」不在发布记录「data/releases.csv」中（记录只到 v2）：如果 v3 发布过，说明发布记录末尾的行被删掉了，请从版本控制（git）恢复「data/releases.csv」；如果它是一次中断的发布留下的（网站上从未有过 v3），确认后删除这个文件。"`);
    expect(MESSAGES.releaseFileUnlisted('data/releases/v1.csv', 'v1', 'data/releases.csv', null)).toMatchInlineSnapshot(`"「data/releases/v1.csv」不在发布记录「data/releases.csv」中（记录为空）：如果 v1 发布过，说明发布记录末尾的行被删掉了，请从版本控制（git）恢复「data/releases.csv」；如果它是一次中断的发布留下的（网站上从未有过 v1），确认后删除这个文件。"`);
  },
  releaseDateFuture: () => expect(MESSAGES.releaseDateFuture('2099-12-31', '2026-12-31', 'data/releases.csv')).toMatchInlineSnapshot(`"日期「2099-12-31」晚于今天（2026-12-31，北京时间）：发布日期只能是已经到来的日子。请从版本控制（git）恢复 data/releases.csv 中这一行；新版本请用 npm run release 记录，日期写实际发布的那天。"`),
  requestDateFuture: () => expect(MESSAGES.requestDateFuture('2099-12-31', '2026-12-31')).toMatchInlineSnapshot(`"发布日期「2099-12-31」晚于今天（2026-12-31，北京时间）：请填写实际发布的日期，今天或更早。"`),
  requestDateOrder: () => expect(MESSAGES.requestDateOrder('2026-01-01', 'v1', '2026-11-28')).toMatchInlineSnapshot(`"发布日期 2026-01-01 早于最新版本 v1 的 2026-11-28：发布日期不能倒退。"`),
  releaseNoChange: () => expect(MESSAGES.releaseNoChange('v1', '2026-11-28', 'data/tasks.csv')).toMatchInlineSnapshot(`"任务表与最新版本 v1（2026-11-28）完全相同，无需发布：请先修改 data/tasks.csv 并保存。"`),
  releaseExists: () => expect(MESSAGES.releaseExists('data/releases/v2.csv')).toMatchInlineSnapshot(`"文件已存在：data/releases/v2.csv 不在发布记录中，可能是上次发布中断留下的。请确认后删除它再重试。"`),
  releaseLocked: () => {
    expect(MESSAGES.releaseLocked('4242', 'data/.release.lock')).toMatchInlineSnapshot(`"另一个 npm run release 正在运行（进程 4242）：请等它结束后再运行。如确认没有发布在进行，删除「data/.release.lock」后重试。"`);
    expect(MESSAGES.releaseLocked(null, 'data/.release.lock')).toMatchInlineSnapshot(`"另一个 npm run release 正在运行（进程 未知）：请等它结束后再运行。如确认没有发布在进行，删除「data/.release.lock」后重试。"`);
  },
  releaseStaleLock: () => {
    expect(MESSAGES.releaseStaleLock('4242', 0, null)).toMatchInlineSnapshot(`"上次发布（进程 4242）没有正常结束，留下了锁文件，已删除。请运行 npm run validate 确认数据完整。"`);
    expect(MESSAGES.releaseStaleLock('4242', 2, 'v3')).toMatchInlineSnapshot(`"上次发布（进程 4242）没有正常结束，留下了锁文件和 2 个临时文件，均已删除；它未写完的 v3 已撤销。请运行 npm run validate 确认数据完整。"`);
  },
  releaseWrite: () => {
    expect(MESSAGES.releaseWrite('data/releases.csv', 'ENOSPC', 'v2', 'data', [])).toMatchInlineSnapshot(`"无法写入「data/releases.csv」（ENOSPC：磁盘空间不足）：没有记录 v2，本次写入的文件已全部撤销，原有文件没有改动。请腾出磁盘空间、确认对 data 有写权限后重新运行 npm run release。"`);
    expect(MESSAGES.releaseWrite('data/.release.lock', 'EIO', null, 'data', ['data/releases/v2.csv'])).toMatchInlineSnapshot(`"无法写入「data/.release.lock」（EIO）：没有记录新版本，以下文件未能撤销：data/releases/v2.csv，请从版本控制（git）恢复 data 并删除其中多出的文件。请腾出磁盘空间、确认对 data 有写权限后重新运行 npm run release。"`);
  },
  slugsHeader: () => expect(MESSAGES.slugsHeader(SLUG_HEADER, ['name', 'slug'])).toMatchInlineSnapshot(`"网址记录的表头应为「县（市、区）,网址名,首次发布版本」，实际为「name,slug」：请从版本控制（git）恢复这个文件。"`),
  slugsFile: () => expect(MESSAGES.slugsFile('data/releases/slugs.csv', 'data/releases.csv')).toMatchInlineSnapshot(`"找不到网址记录「data/releases/slugs.csv」：各县（市、区）已发布的网址记在这个文件里，与发布记录「data/releases.csv」一同保存。请从版本控制（git）恢复它。"`),
  slugsRow: () => expect(MESSAGES.slugsRow(SLUG_HEADER, ['章贡区', 'zhanggongqu'])).toMatchInlineSnapshot(`"本行应有 县（市、区）、网址名、首次发布版本 三项，实际为「章贡区,zhanggongqu」：这个文件由 npm run release 写入，请从版本控制（git）恢复它。"`),
  slugsFormat: () => expect(MESSAGES.slugsFormat('Zhang Gong')).toMatchInlineSnapshot(`"网址名「Zhang Gong」无效：只能由小写字母、数字和连字符组成，如 dongqu、dongqu-2。这个文件由 npm run release 写入，请从版本控制（git）恢复它。"`),
  slugsDuplicateName: () => expect(MESSAGES.slugsDuplicateName('章贡区', 2)).toMatchInlineSnapshot(`"「章贡区」已在第 2 行记录过网址：每个名称只记一行。请从版本控制（git）恢复这个文件。"`),
  slugsDuplicateSlug: () => expect(MESSAGES.slugsDuplicateSlug('zhanggongqu', 2, '章贡区')).toMatchInlineSnapshot(`"网址名「zhanggongqu」已在第 2 行分给了「章贡区」：一个网址只能属于一个县（市、区），已发布的网址不能换主人。请从版本控制（git）恢复这个文件。"`),
  slugsVersion: () => expect(MESSAGES.slugsVersion('章工区', 'v3', 'data/releases.csv')).toMatchInlineSnapshot(`"「章工区」记为在 v3 首次发布，但发布记录「data/releases.csv」中没有 v3：发布记录末尾的行可能被删掉了，或上次发布中断。请从版本控制（git）恢复「data/releases.csv」和这个文件。"`),
  slugsMissing: () => expect(MESSAGES.slugsMissing('章工区', 'v2', 'data/releases/slugs.csv')).toMatchInlineSnapshot(`"「章工区」在 v2 中已发布，但网址记录「data/releases/slugs.csv」里没有它的网址：请从版本控制（git）恢复这个文件。"`),
};

describeMessages('release', { CODES, MESSAGES, PINS, dir: path.join('src', 'lib', 'releases') });
