/**
 * The field names of `data/plan-meta.csv` (字段,内容), as staff write them: the metadata block
 * shown on /plan/, and the site settings, which are never shown in that block.
 */

/** The file's header row. */
export const META_HEADER = ['字段', '内容'] as const;

/** The metadata block of the gov.cn policy page, in the order /plan/ shows it. */
export const META_FIELDS = ['索引号', '发布机构', '主题分类', '成文日期', '发文字号', '发布日期', '有效性', '公开方式', '原文链接'] as const;
export type MetaField = (typeof META_FIELDS)[number];

/** The fields that say how the plan was issued, as the Data Package's source names them. */
export const ISSUE_FIELDS = { issuer: '发布机构', docNumber: '发文字号', issued: '成文日期' } as const satisfies Record<string, MetaField>;

/** Fields of the block that hold a date written `YYYY-MM-DD`. */
export const DATE_FIELDS: readonly MetaField[] = ['成文日期', '发布日期'];
/** The field that names the office that issued the document. */
export const ISSUER_FIELD: MetaField = '发布机构';
/** The field that holds the link to the document as issued. */
export const URL_FIELD: MetaField = '原文链接';

/** Site settings, each with the key it takes in `PlanMeta['site']`; all optional. */
export const SITE_FIELDS = [
  { field: '网站名称', key: 'name' },
  { field: '主题', key: 'subject' },
  { field: '简称', key: 'short' },
  { field: '地区', key: 'region' },
  { field: '关键词', key: 'keywords' },
  { field: '数据包名称', key: 'packageName' },
  { field: '数据许可', key: 'license' },
] as const;
export type SiteField = (typeof SITE_FIELDS)[number]['field'];
export type SiteKey = (typeof SITE_FIELDS)[number]['key'];

/** The field that holds a list, and what separates its entries (、 ； ;). */
export const KEYWORDS_FIELD: SiteField = '关键词';
export const KEYWORD_SEPARATOR = /[、；;]/;
/** The field that names the Data Package, and the names it allows. */
export const PACKAGE_NAME_FIELD: SiteField = '数据包名称';
export const PACKAGE_NAME = /^[a-z0-9][a-z0-9._-]*$/;
/** The field that states the data's licence: an Open Definition identifier, its URL, or both (space between). */
export const LICENSE_FIELD: SiteField = '数据许可';
export const LICENSE_NAME = /^[-a-zA-Z0-9._]+$/;
export const LICENSE_URL = /^https?:\/\/\S+$/;
/** The longest site-setting value, in characters (code points). */
export const MAX_SETTING_LENGTH = 100;
