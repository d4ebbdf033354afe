/** Codes and Chinese messages of the build's settings (src/lib/config/index.ts). */

export const CODES = {
  today: 'E_RELEASE_TODAY',
  siteUrl: 'E_CONFIG_SITE_URL',
  basePath: 'E_CONFIG_BASE_PATH',
} as const;

export const MESSAGES = {
  /** E_RELEASE_TODAY: SITE_TODAY is not a date (the code the release checks have always given it). */
  today: (value: string) => `环境变量 SITE_TODAY 的值「${value}」不是有效日期：请写成 2026-12-31 这样的格式，或不设置它（默认取北京时间的今天）。`,
  /** E_CONFIG_SITE_URL: SITE_URL is not an http(s) address. */
  siteUrl: (value: string) => `环境变量 SITE_URL 的值「${value}」不是网站地址：请写成 https://www.example.gov.cn 这样的形式，或不设置它。`,
  /** E_CONFIG_BASE_PATH: BASE_PATH holds characters a path cannot. */
  basePath: (value: string) => `环境变量 BASE_PATH 的值「${value}」不是网址中的路径：请写成 /penggai/ 这样的形式（不含空格、?、#、\\、引号、尖括号，也不含 . 或 .. 这样的段），或不设置它。`,
};
