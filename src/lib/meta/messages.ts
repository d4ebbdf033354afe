/**
 * Every Chinese message about `data/plan-meta.csv`, in one place: each says what is wrong, quotes
 * the bad value in 「」 and says how to fix it. Codes are stable; wording is pinned by tests
 * (tests/unit/meta/messages.test.ts).
 */
import { META_FIELDS, META_HEADER, SITE_FIELDS } from './fields.ts';

/** How much of an over-long value a message quotes. */
const QUOTED_START = 20;

/** Error codes of the metadata file, stable across releases. */
export const CODES = {
  metaHeader: 'E_META_HEADER',
  metaField: 'E_META_FIELD',
  metaDuplicate: 'E_META_DUPLICATE',
  metaDate: 'E_META_DATE',
  metaUrl: 'E_META_URL',
  metaControl: 'E_META_CONTROL',
  metaTooLong: 'E_META_TOO_LONG',
  metaKeywordDuplicate: 'E_META_KEYWORD_DUPLICATE',
  metaPackageName: 'E_META_PACKAGE_NAME',
  metaLicense: 'E_META_LICENSE',
} as const;

/** Message builders, one per situation. */
export const MESSAGES = {
  metaHeader: (actual: readonly string[]) => `表头应为「${META_HEADER.join(',')}」，实际为「${actual.join(',')}」：请恢复表头。`,
  metaField: (field: string) =>
    `未知字段「${field}」：可填写的字段为 ${META_FIELDS.join('、')}（显示在方案页的信息栏中），` +
    `以及网站设置 ${SITE_FIELDS.map((s) => s.field).join('、')}（不在信息栏中显示）。`,
  metaDuplicate: (field: string) => `字段「${field}」重复出现：每个字段只填一行。`,
  metaDate: (field: string, value: string) => `「${field}」应为日期，实际为「${value}」：请写成 2023-05-20 这样的格式，或留空。`,
  metaUrl: (field: string, value: string) => `「${field}」应以 http:// 或 https:// 开头，实际为「${value}」。`,
  /** `position`: 1-based, in characters of the trimmed value; the character itself is not shown. */
  metaControl: (field: string, codePoint: number, position: number) =>
    `「${field}」的第 ${position} 个字符是看不见的控制字符或格式字符 ${formatCodePoint(codePoint)}：请删去这个字符（它常随从网页或文档复制的文字带入）。`,
  metaTooLong: (field: string, value: string, max: number) =>
    `「${field}」有 ${[...value].length} 个字符（「${quoteStart(value)}」），超过 ${max} 个字符的上限：请改短。`,
  metaKeywordDuplicate: (field: string, keyword: string) =>
    `「${field}」中的「${keyword}」重复出现：每个关键词只写一次，请删去重复的一个。`,
  metaPackageName: (field: string, value: string) =>
    `「${field}」只能由小写英文字母、数字和「.」「_」「-」组成，并以字母或数字开头，实际为「${value}」：请改写，如 city-renewal-plan。`,
  metaLicense: (field: string, value: string) =>
    `「${field}」应为许可证标识（如 CC-BY-4.0）、许可证网址，或两者以空格隔开，实际为「${value}」：请改写，或留空（不声明许可）。`,
};

/** `U+202E` */
function formatCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first characters of a long value, the rest shown as `…`. */
function quoteStart(value: string): string {
  const chars = [...value];
  return chars.length <= QUOTED_START ? value : `${chars.slice(0, QUOTED_START).join('')}…`;
}
