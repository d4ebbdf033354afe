/**
 * Every Chinese message about releases, in one place: the release index `data/releases.csv`, the
 * table kept for each version, and a task table that differs from the latest release. Each says
 * what is wrong, quotes the bad value in 「」 and says how to fix it. Codes are stable; wording is
 * pinned by tests (tests/unit/releases/messages.test.ts).
 */

/** `npm run release` with the options a release needs. */
const RELEASE_COMMAND = 'npm run release -- --date 日期 --note "说明"';

/** Error and warning codes of the releases, stable across versions. */
export const CODES = {
  releaseHeader: 'E_RELEASE_HEADER',
  releaseVersion: 'E_RELEASE_VERSION',
  releaseDate: 'E_RELEASE_DATE',
  releaseDateOrder: 'E_RELEASE_DATE_ORDER',
  releaseNote: 'E_RELEASE_NOTE',
  releaseRowLong: 'E_RELEASE_ROW_LONG',
  releaseNone: 'E_RELEASE_NONE',
  releaseFile: 'E_RELEASE_FILE',
  noReleases: 'W_NO_RELEASES',
  unreleasedChanges: 'W_UNRELEASED_CHANGES',
  unreleasedChangesBlocking: 'E_UNRELEASED_CHANGES',
} as const;

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
  /** `extra`: the cells after the third column. */
  releaseRowLong: (extra: readonly string[]) =>
    `本行多出内容「${extra.join(',')}」：发布记录只有 版本、日期、说明 三列；说明中的逗号请用中文逗号「，」。`,
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
};
