/**
 * `data/plan-meta.csv` (字段,内容), which staff fill in, read into one object: the policy-page
 * metadata block (发布机构, 成文日期, 发文字号 …) shown at the top of /plan/, and the site settings
 * (网站名称, 主题, 关键词 …) that pages, JSON-LD and the Data Package read. A field nobody has
 * filled is absent, unless the plan's own 印发通知 states it ({@link fillFromText}): the site
 * never invents one.
 */
import { issueError, type Issue } from '../errors.ts';
import { isIsoDate } from '../dates.ts';
import { withExcelCells } from '../cells.ts';
import { tokenizeCsv } from '../csv.ts';
import { characterPosition, findForbiddenCharacter } from '../text.ts';
import {
  DATE_FIELDS,
  KEYWORD_SEPARATOR,
  KEYWORDS_FIELD,
  LICENSE_FIELD,
  LICENSE_NAME,
  LICENSE_URL,
  MAX_SETTING_LENGTH,
  META_FIELDS,
  META_HEADER,
  PACKAGE_NAME,
  PACKAGE_NAME_FIELD,
  SITE_FIELDS,
  URL_FIELD,
  type MetaField,
  type SiteField,
} from './fields.ts';
import { CODES, MESSAGES } from './messages.ts';

export { ISSUE_FIELDS, META_FIELDS, SITE_FIELDS, type MetaField, type SiteField } from './fields.ts';

/** Site settings: what the site calls itself and its subject. Unfilled ones are absent. */
export interface SiteSettings {
  /** 网站名称 */
  name?: string;
  /** 主题: the subject as a phrase. */
  subject?: string;
  /** 简称: the subject in a short word, for chart titles. */
  short?: string;
  /** 地区: spatial coverage, free text. */
  region?: string;
  /** 关键词, in the order written; empty when none. */
  keywords: string[];
  /** 数据包名称: the Data Package `name`. */
  packageName?: string;
  /** 数据许可: the data's licence as staff state it (identifier, URL, or both); absent when not stated. */
  license?: string;
}

/** A licence as the Data Package writes it: its identifier and/or URL. */
export interface LicenseFacts {
  name?: string;
  path?: string;
}

/** `CC-BY-4.0 https://…` → its identifier and URL; null when the value is neither (the check reports it). */
export function readLicense(value: string): LicenseFacts | null {
  const parts = value.trim().split(/\s+/);
  if (parts.length === 0 || parts.length > 2) return null;
  const license: LicenseFacts = {};
  for (const part of parts) {
    if (LICENSE_URL.test(part) && license.path === undefined) license.path = part;
    else if (LICENSE_NAME.test(part) && license.name === undefined) license.name = part;
    else return null;
  }
  return license;
}

export interface PlanMeta {
  /**
   * The shown block: filled fields only, in the order of META_FIELDS. `line` is set when the value
   * was taken from the plan's text (the 印发通知) because the file left the field empty.
   */
  fields: { field: MetaField; value: string; line?: number }[];
  site: SiteSettings;
}

/** A fact the plan's text states (the 印发通知's 文号, office, date, 公开 attribute), with its source line. */
export interface TextFact {
  field: MetaField;
  value: string;
  line: number;
}

/** Fills the fields the file leaves empty with the facts of the plan's text; a value staff wrote always stands. */
export function fillFromText(meta: PlanMeta, facts: readonly TextFact[]): PlanMeta {
  const filled = new Map<MetaField, PlanMeta['fields'][number]>(meta.fields.map((f) => [f.field, f]));
  for (const fact of facts) if (!filled.has(fact.field)) filled.set(fact.field, { field: fact.field, value: fact.value, line: fact.line });
  return { ...meta, fields: META_FIELDS.flatMap((field) => filled.get(field) ?? []) };
}

/** The metadata of a site whose file is missing or unreadable: nothing filled. */
export function emptyPlanMeta(): PlanMeta {
  return { fields: [], site: { keywords: [] } };
}

/** Reads the metadata file's text (already decoded), collecting every problem. */
export function parsePlanMeta(text: string, file: string): { meta: PlanMeta; issues: Issue[] } {
  const issues: Issue[] = [];
  // The tokenizer gives each record its physical line, so a quoted line break in one value does
  // not shift the line numbers of every later field.
  const records = tokenizeCsv(text).records;
  const header = (records[0]?.cells ?? []).map((c) => c.trim());
  if (header[0] !== META_HEADER[0] || header[1] !== META_HEADER[1]) {
    issues.push(issueError(file, 1, 1, CODES.metaHeader, MESSAGES.metaHeader(header)));
    return { meta: emptyPlanMeta(), issues: withExcelCells(issues, file, records.map((r) => r.line)) };
  }
  const shown = new Map<MetaField, string>();
  const site: SiteSettings = { keywords: [] };
  const seen = new Set<string>();
  for (const { line, cells } of records.slice(1)) {
    const [field = '', value = ''] = cells.map((c) => c.trim());
    if (field === '' && value === '') continue;
    const isShown = (META_FIELDS as readonly string[]).includes(field);
    const setting = SITE_FIELDS.find((s) => s.field === field);
    if (!isShown && !setting) {
      issues.push(issueError(file, line, 1, CODES.metaField, MESSAGES.metaField(field)));
      continue;
    }
    if (seen.has(field)) {
      issues.push(issueError(file, line, 1, CODES.metaDuplicate, MESSAGES.metaDuplicate(field)));
      continue;
    }
    seen.add(field);
    // A value of the shown block may span lines (a quoted line break); a setting is one line.
    const invisible = checkCharacters(field, value, setting ? '' : '\r\n');
    const problems = invisible ? [invisible] : setting ? checkSetting(setting.field, value) : checkShown(field as MetaField, value);
    for (const p of problems) issues.push(issueError(file, line, 2, p.code, p.message));
    if (problems.length > 0 || value === '') continue;
    if (!setting) shown.set(field as MetaField, value);
    else if (setting.key === 'keywords') site.keywords = splitKeywords(value);
    else site[setting.key] = value;
  }
  const fields = META_FIELDS.filter((f) => shown.has(f)).map((field) => ({ field, value: shown.get(field) as string }));
  return { meta: { fields, site }, issues: withExcelCells(issues, file, records.map((r) => r.line)) };
}

interface Problem {
  code: string;
  message: string;
}

/**
 * A character of any value that the text policy (src/lib/text.ts) refuses, besides those in
 * `allow`: control and format characters, private-use and unassigned ones, invisible fillers.
 * Checked before anything else.
 */
function checkCharacters(field: string, value: string, allow: string): Problem | null {
  const found = findForbiddenCharacter(value, allow);
  if (!found) return null;
  return { code: CODES.metaControl, message: MESSAGES.metaControl(field, found.codePoint, characterPosition(value, found.index)) };
}

/** A value of the shown block: dates and the link have a form; anything else is shown as written. */
function checkShown(field: MetaField, value: string): Problem[] {
  if (value !== '' && DATE_FIELDS.includes(field) && !isIsoDate(value)) {
    return [{ code: CODES.metaDate, message: MESSAGES.metaDate(field, value) }];
  }
  if (value !== '' && field === URL_FIELD && !/^https?:\/\/\S+$/.test(value)) {
    return [{ code: CODES.metaUrl, message: MESSAGES.metaUrl(field, value) }];
  }
  return [];
}

/** A site setting: short, visible text; keywords without repeats; a package name in its alphabet. */
function checkSetting(field: SiteField, value: string): Problem[] {
  if ([...value].length > MAX_SETTING_LENGTH) {
    return [{ code: CODES.metaTooLong, message: MESSAGES.metaTooLong(field, value, MAX_SETTING_LENGTH) }];
  }
  if (field === KEYWORDS_FIELD) {
    const keywords = splitKeywords(value);
    const repeated = new Set(keywords.filter((k, i) => keywords.indexOf(k) !== i));
    return [...repeated].map((k) => ({ code: CODES.metaKeywordDuplicate, message: MESSAGES.metaKeywordDuplicate(field, k) }));
  }
  if (field === PACKAGE_NAME_FIELD && value !== '' && !PACKAGE_NAME.test(value)) {
    return [{ code: CODES.metaPackageName, message: MESSAGES.metaPackageName(field, value) }];
  }
  if (field === LICENSE_FIELD && value !== '' && readLicense(value) === null) {
    return [{ code: CODES.metaLicense, message: MESSAGES.metaLicense(field, value) }];
  }
  return [];
}

/** `棚户区改造、城市更新；住房` → three keywords, trimmed, empty entries dropped. */
function splitKeywords(value: string): string[] {
  return value
    .split(KEYWORD_SEPARATOR)
    .map((k) => k.trim())
    .filter((k) => k !== '');
}
