/**
 * Every Chinese message about releases, in one place: the release index `data/releases.csv`, the
 * table kept for each version, and a task table that differs from the latest release. Each says
 * what is wrong, quotes the bad value in 「」 and says how to fix it. Codes are stable; wording is
 * pinned by tests (tests/unit/releases/messages.test.ts).
 */
import { FORBIDDEN_KIND_WORDS, formatCodePoint, type ForbiddenKind } from '../text.ts';

/** `npm run release` with the options a release needs. */
const RELEASE_COMMAND = 'npm run release -- --date 日期 --note "说明"';

/** Error and warning codes of the releases, stable across versions. */
export const CODES = {
  releaseHeader: 'E_RELEASE_HEADER',
  releaseVersion: 'E_RELEASE_VERSION',
  releaseDate: 'E_RELEASE_DATE',
  releaseDateOrder: 'E_RELEASE_DATE_ORDER',
  releaseNote: 'E_RELEASE_NOTE',
  releaseNoteCharacter: 'E_RELEASE_NOTE_CHARACTER',
  releaseRowLong: 'E_RELEASE_ROW_LONG',
  releaseNone: 'E_RELEASE_NONE',
  releaseFile: 'E_RELEASE_FILE',
  noReleases: 'W_NO_RELEASES',
  unreleasedChanges: 'W_UNRELEASED_CHANGES',
  unreleasedChangesBlocking: 'E_UNRELEASED_CHANGES',
  releaseIndexLegacy: 'E_RELEASE_INDEX_LEGACY',
  releaseIndexCurrent: 'E_RELEASE_INDEX_CURRENT',
  releaseHash: 'E_RELEASE_HASH',
  releaseFileChanged: 'E_RELEASE_FILE_CHANGED',
  releaseSlugsChanged: 'E_RELEASE_SLUGS_CHANGED',
  releaseChain: 'E_RELEASE_CHAIN',
  releaseRowChanged: 'E_RELEASE_ROW_CHANGED',
  releaseFileUnlisted: 'E_RELEASE_FILE_UNLISTED',
  releaseDateFuture: 'E_RELEASE_DATE_FUTURE',
  releaseNoChange: 'E_RELEASE_NO_CHANGE',
  releaseExists: 'E_RELEASE_EXISTS',
  releaseLocked: 'E_RELEASE_LOCKED',
  releaseStaleLock: 'W_RELEASE_STALE_LOCK',
  releaseWrite: 'E_RELEASE_WRITE',
  slugsHeader: 'E_SLUGS_HEADER',
  slugsFile: 'E_SLUGS_FILE',
  slugsRow: 'E_SLUGS_ROW',
  slugsFormat: 'E_SLUGS_FORMAT',
  slugsDuplicateName: 'E_SLUGS_DUPLICATE_NAME',
  slugsDuplicateSlug: 'E_SLUGS_DUPLICATE_SLUG',
  slugsVersion: 'E_SLUGS_VERSION',
  slugsMissing: 'E_SLUGS_MISSING',
} as const;

/** What to do when a history file was changed: the one fix, never "update the hash". */
const RESTORE = '请从版本控制（git）恢复';

/** Why a file could not be written, from Node's error code. */
const WRITE_REASONS: Record<string, string> = {
  ENOSPC: '磁盘空间不足',
  EDQUOT: '超出磁盘配额',
  EROFS: '文件系统只读',
  EACCES: '没有写权限',
  EPERM: '没有写权限',
};

/** Message builders, one per situation. */
export const MESSAGES = {
  releaseHeader: (expected: readonly string[], actual: readonly string[]) =>
    `发布记录的表头应为「${expected.join(',')}」，实际为「${actual.join(',')}」：请恢复表头。`,
  releaseVersion: (expected: string, actual: string) =>
    `版本号应为「${expected}」，实际为「${actual}」：版本按 v1、v2、v3… 依次编号，请勿手工改动。`,
  releaseDate: (date: string) => `日期「${date}」不是有效日期：请写成 2024-06-30 这样的格式。`,
  releaseDateOrder: (date: string, previousVersion: string, previousDate: string) =>
    `日期「${date}」早于上一版本 ${previousVersion} 的「${previousDate}」：发布日期不能倒退。`,
  releaseNote: (version: string) => `版本「${version}」缺少说明：请简要写明本次更新的内容和依据。`,
  /** `position`: 1-based, in characters of the note's line where the character stands. */
  releaseNoteCharacter: (version: string, codePoint: number, kind: ForbiddenKind, position: number) =>
    `版本「${version}」的说明第 ${position} 个字符是${FORBIDDEN_KIND_WORDS[kind]} ${formatCodePoint(codePoint)}：请删去这个字符（它常随从网页或文档复制的文字带入）。`,
  /** `extra`: the cells after the last column of `header`. */
  releaseRowLong: (extra: readonly string[], header: readonly string[]) =>
    `本行多出内容「${extra.join(',')}」：发布记录只有 ${header.join('、')} ${header.length} 列；说明中的逗号请用中文逗号「，」。`,
  releaseNone: () => '发布记录为空：至少应有首次发布（v1）一行。',
  /** E_RELEASE_FILE: `data/releases/<version>.csv` is missing; `line` is the version's line in the index. */
  releaseFile: (file: string, line: number, version: string, dataDir: string) =>
    `找不到文件「${file}」：发布记录第 ${line} 行的版本 ${version} 缺少数据文件。请勿删除 ${dataDir}/releases/ 中的文件。`,
  /** W_NO_RELEASES: there is no release index at all. */
  noReleases: (indexFile: string) =>
    `没有发布记录「${indexFile}」：页面将不显示“数据更新于”。请用 npm run release 记录首次发布。`,
  /** W_UNRELEASED_CHANGES, when validating: `summary` as `summarizeDiff` writes it. */
  unreleasedChanges: (version: string, date: string, summary: string) =>
    `任务表与最新发布版本 ${version}（${date}）相比 ${summary}：校验通过后请运行 ${RELEASE_COMMAND} 记录为新版本。`,
  /** E_UNRELEASED_CHANGES, when building the site. */
  unreleasedChangesBlocking: (version: string, date: string, summary: string) =>
    `任务表与最新发布版本 ${version}（${date}）相比 ${summary}，尚未记录为新版本：请先运行 ${RELEASE_COMMAND}，再构建网站。`,

  /** E_RELEASE_INDEX_LEGACY: the index has only 版本,日期,说明; `releasesDir` is where the version files are. */
  releaseIndexLegacy: (indexFile: string, releasesDir: string) =>
    `发布记录「${indexFile}」是旧格式（只有 版本,日期,说明 三列），缺少核验历史用的 SHA-256：` +
    `请先核对 ${releasesDir}/ 中每个版本的文件与已发布网站上的相同（网站 data/SHA256SUMS 中 releases/v1/tasks.csv 等行），` +
    `再运行 npm run release -- --migrate-index 升级（会列出每个文件的 SHA-256 并询问确认）。如果这是从版本控制取回的旧文件，请改为恢复最新的「${indexFile}」。`,
  /** E_RELEASE_INDEX_CURRENT: `--migrate-index` on an index that needs none. */
  releaseIndexCurrent: (indexFile: string) => `发布记录「${indexFile}」已是新格式，无需升级：--migrate-index 只用于只有 版本,日期,说明 三列的旧发布记录。`,
  /** E_RELEASE_HASH: a hash cell that is not 64 hex digits. */
  releaseHash: (column: string, value: string, indexFile: string) =>
    `「${column}」应为 64 位十六进制数字的 SHA-256，实际为「${value}」：这一列由 npm run release 写入，请勿手工改动。${RESTORE}「${indexFile}」。`,
  /** E_RELEASE_FILE_CHANGED: a version's table file is not the one recorded. */
  releaseFileChanged: (file: string, version: string, recorded: string, actual: string) =>
    `「${file}」与发布 ${version} 时不同：登记的 SHA-256 为 ${recorded}，文件现在的 SHA-256 为 ${actual}。已发布的版本不能修改：` +
    `${RESTORE}这个文件，或从已发布网站「更新记录」页下载 ${version} 的任务表放回原处；不要改动登记的 SHA-256。要调整数字，请修改 tasks.csv，再用 npm run release 记录新版本。`,
  /** E_RELEASE_SLUGS_CHANGED: the URL rows first published by a version are not the ones recorded. */
  releaseSlugsChanged: (slugsFile: string, version: string, recorded: string, actual: string) =>
    `「${slugsFile}」中 ${version} 首次发布的网址与发布时不同（登记的 SHA-256 为 ${recorded}，现在为 ${actual}）：已发布的网址不能换主人，也不能删去。${RESTORE}「${slugsFile}」。`,
  /** E_RELEASE_CHAIN: a row's 上一行SHA256 is not the row before's 本行SHA256 (or v1's is not empty). */
  releaseChain: (version: string, previousVersion: string | null, recorded: string, expected: string, indexFile: string) =>
    previousVersion === null
      ? `首个版本 ${version} 的「上一行SHA256」应为空，实际为「${recorded}」：前面的记录可能被删掉了。${RESTORE}「${indexFile}」。`
      : `${version} 登记的「上一行SHA256」为 ${recorded || '（空）'}，而上一行 ${previousVersion} 现在的本行SHA256 为 ${expected}：` +
        `${previousVersion} 这一行在 ${version} 发布之后被改动过，或两行之间删去、插入了记录。发布记录只能追加，不能修改。${RESTORE}「${indexFile}」。`,
  /** E_RELEASE_ROW_CHANGED: a row's own cells no longer give its 本行SHA256. */
  releaseRowChanged: (version: string, recorded: string, actual: string, indexFile: string) =>
    `${version} 这一行的版本号、日期、说明或 SHA-256 在发布之后被改动过（登记的本行SHA256 为 ${recorded}，按这一行现在的内容应为 ${actual}）：` +
    `发布记录只能追加，不能修改。${RESTORE}「${indexFile}」；说明写错了，请在下一次发布的说明中更正。`,
  /** E_RELEASE_FILE_UNLISTED: `releases/vN.csv` on disk but not in the index; `last` its newest version or null. */
  releaseFileUnlisted: (file: string, version: string, indexFile: string, last: string | null) =>
    `「${file}」不在发布记录「${indexFile}」中（记录${last ? `只到 ${last}` : '为空'}）：如果 ${version} 发布过，说明发布记录末尾的行被删掉了，${RESTORE}「${indexFile}」；` +
    `如果它是一次中断的发布留下的（网站上从未有过 ${version}），确认后删除这个文件。`,
  /** E_RELEASE_DATE_FUTURE in the index: a recorded date after today in Asia/Shanghai. */
  releaseDateFuture: (date: string, today: string, indexFile: string) =>
    `日期「${date}」晚于今天（${today}，北京时间）：发布日期只能是已经到来的日子。${RESTORE} ${indexFile} 中这一行；新版本请用 npm run release 记录，日期写实际发布的那天。`,
  /** E_RELEASE_DATE_FUTURE for `npm run release --date`. */
  requestDateFuture: (date: string, today: string) => `发布日期「${date}」晚于今天（${today}，北京时间）：请填写实际发布的日期，今天或更早。`,
  /** E_RELEASE_DATE_ORDER for `npm run release --date`. */
  requestDateOrder: (date: string, version: string, previousDate: string) => `发布日期 ${date} 早于最新版本 ${version} 的 ${previousDate}：发布日期不能倒退。`,
  /** E_RELEASE_NO_CHANGE: the table is the latest release's. */
  releaseNoChange: (version: string, date: string, tasksFile: string) => `任务表与最新版本 ${version}（${date}）完全相同，无需发布：请先修改 ${tasksFile} 并保存。`,
  /** E_RELEASE_EXISTS: the next version's file is already there. */
  releaseExists: (file: string) => `文件已存在：${file} 不在发布记录中，可能是上次发布中断留下的。请确认后删除它再重试。`,
  /** E_RELEASE_LOCKED: another release holds the lock; `pid` as the lock file says, or null when unreadable. */
  releaseLocked: (pid: string | null, lockFile: string) =>
    `另一个 npm run release 正在运行（进程 ${pid ?? '未知'}）：请等它结束后再运行。如确认没有发布在进行，删除「${lockFile}」后重试。`,
  /**
   * W_RELEASE_STALE_LOCK: a lock left by a process that is gone was removed, with its `temporary`
   * files; `undone` the version it had begun to record and that was taken back, or null.
   */
  releaseStaleLock: (pid: string, temporary: number, undone: string | null) =>
    `上次发布（进程 ${pid}）没有正常结束，留下了锁文件${temporary > 0 ? `和 ${temporary} 个临时文件，均已删除` : '，已删除'}` +
    `${undone ? `；它未写完的 ${undone} 已撤销` : ''}。请运行 npm run validate 确认数据完整。`,
  /**
   * E_RELEASE_WRITE: writing `file` failed with Node's `code`; `version` null before it was known;
   * `leftovers` the files that could not be taken back.
   */
  releaseWrite: (file: string, code: string, version: string | null, dataDir: string, leftovers: readonly string[]) => {
    const reason = WRITE_REASONS[code] ? `${code}：${WRITE_REASONS[code]}` : code;
    const what = version ? `没有记录 ${version}` : '没有记录新版本';
    const undone =
      leftovers.length === 0
        ? '本次写入的文件已全部撤销，原有文件没有改动'
        : `以下文件未能撤销：${leftovers.join('、')}，请从版本控制（git）恢复 ${dataDir} 并删除其中多出的文件`;
    return `无法写入「${file}」（${reason}）：${what}，${undone}。请腾出磁盘空间、确认对 ${dataDir} 有写权限后重新运行 npm run release。`;
  },

  /** E_SLUGS_HEADER */
  slugsHeader: (expected: readonly string[], actual: readonly string[]) => `网址记录的表头应为「${expected.join(',')}」，实际为「${actual.join(',')}」：${RESTORE}这个文件。`,
  /** E_SLUGS_FILE: the index is in the new format but the URL record is missing. */
  slugsFile: (file: string, indexFile: string) =>
    `找不到网址记录「${file}」：各县（市、区）已发布的网址记在这个文件里，与发布记录「${indexFile}」一同保存。${RESTORE}它。`,
  /** E_SLUGS_ROW: a row without its three cells. */
  slugsRow: (header: readonly string[], cells: readonly string[]) => `本行应有 ${header.join('、')} 三项，实际为「${cells.join(',')}」：这个文件由 npm run release 写入，${RESTORE}它。`,
  /** E_SLUGS_FORMAT */
  slugsFormat: (slug: string) => `网址名「${slug}」无效：只能由小写字母、数字和连字符组成，如 dongqu、dongqu-2。这个文件由 npm run release 写入，${RESTORE}它。`,
  /** E_SLUGS_DUPLICATE_NAME */
  slugsDuplicateName: (name: string, firstLine: number) => `「${name}」已在第 ${firstLine} 行记录过网址：每个名称只记一行。${RESTORE}这个文件。`,
  /** E_SLUGS_DUPLICATE_SLUG */
  slugsDuplicateSlug: (slug: string, firstLine: number, firstName: string) =>
    `网址名「${slug}」已在第 ${firstLine} 行分给了「${firstName}」：一个网址只能属于一个县（市、区），已发布的网址不能换主人。${RESTORE}这个文件。`,
  /** E_SLUGS_VERSION: a row first published by a version the index does not hold. */
  slugsVersion: (name: string, version: string, indexFile: string) =>
    `「${name}」记为在 ${version} 首次发布，但发布记录「${indexFile}」中没有 ${version}：发布记录末尾的行可能被删掉了，或上次发布中断。${RESTORE}「${indexFile}」和这个文件。`,
  /** E_SLUGS_MISSING: a county of a published version without its URL. */
  slugsMissing: (name: string, version: string, file: string) => `「${name}」在 ${version} 中已发布，但网址记录「${file}」里没有它的网址：${RESTORE}这个文件。`,
};
