/**
 * The policy-page metadata block (标题, 发布机构, 成文日期, 发文字号 …) shown at the top of /plan/,
 * read from `data/plan-meta.csv` (字段,内容), which staff fill in. The plan text gives none of these,
 * so a field nobody has filled is simply not shown: the site never invents one.
 */
import { issueError, type Issue } from './errors.ts';
import { isIsoDate } from './releases/index.ts';
import { tokenizeCsv } from './tasks/csv.ts';

export const META_FIELDS = ['索引号', '发布机构', '主题分类', '成文日期', '发文字号', '发布日期', '有效性', '原文链接'] as const;
export type MetaField = (typeof META_FIELDS)[number];

export interface PlanMeta {
  /** Filled fields only, in the order of META_FIELDS. */
  fields: { field: MetaField; value: string }[];
}

const DATE_FIELDS: readonly MetaField[] = ['成文日期', '发布日期'];

/** Reads the metadata file's text (already decoded), collecting every problem. */
export function parsePlanMeta(text: string, file: string): { meta: PlanMeta; issues: Issue[] } {
  const issues: Issue[] = [];
  // The tokenizer gives each record its physical line, so a quoted line break in one value does
  // not shift the line numbers of every later field.
  const records = tokenizeCsv(text).records;
  const header = (records[0]?.cells ?? []).map((c) => c.trim());
  if (header[0] !== '字段' || header[1] !== '内容') {
    issues.push(issueError(file, 1, 1, 'E_META_HEADER', `表头应为「字段,内容」，实际为「${header.join(',')}」：请恢复表头。`));
    return { meta: { fields: [] }, issues };
  }
  const found = new Map<MetaField, string>();
  for (const { line, cells } of records.slice(1)) {
    const [field = '', value = ''] = cells.map((c) => c.trim());
    if (field === '' && value === '') continue;
    if (!(META_FIELDS as readonly string[]).includes(field)) {
      issues.push(issueError(file, line, 1, 'E_META_FIELD', `未知字段「${field}」：可填写的字段为 ${META_FIELDS.join('、')}。`));
      continue;
    }
    const key = field as MetaField;
    if (found.has(key)) {
      issues.push(issueError(file, line, 1, 'E_META_DUPLICATE', `字段「${field}」重复出现：每个字段只填一行。`));
      continue;
    }
    if (value !== '' && DATE_FIELDS.includes(key) && !isIsoDate(value)) {
      issues.push(issueError(file, line, 2, 'E_META_DATE', `「${field}」应为日期，实际为「${value}」：请写成 2023-05-20 这样的格式，或留空。`));
      continue;
    }
    if (value !== '' && key === '原文链接' && !/^https?:\/\/\S+$/.test(value)) {
      issues.push(issueError(file, line, 2, 'E_META_URL', `「原文链接」应以 http:// 或 https:// 开头，实际为「${value}」。`));
      continue;
    }
    found.set(key, value);
  }
  const fields = META_FIELDS.filter((f) => (found.get(f) ?? '') !== '').map((field) => ({ field, value: found.get(field) as string }));
  return { meta: { fields }, issues };
}
