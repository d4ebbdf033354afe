/**
 * What each download is: path, name, Chinese title and description, format, encoding and
 * columns. The /data/ page renders this list and datapackage.json is made from it, so the
 * documentation and the machine-readable description come from one source.
 */
import type { SiteFacts } from '../facts.ts';
import { figureLabel, GRID_WORDS, INDICATORS } from '../grid.ts';
import type { TaskTable } from '../tasks/types.ts';
import type { DownloadField, ReleaseFile } from './types.ts';
import { describeLongFields, describeWideFields } from './fields.ts';
import { describeWideCsv } from './labels.ts';
import { LONG_CSV, WIDE_CSV } from './tables.ts';

/** Documentation of one download. */
export interface DownloadDoc {
  /** Path relative to the site root, e.g. `data/tasks.csv`. */
  path: string;
  /** Resource name in datapackage.json (lower-case ASCII, unique). */
  name: string;
  title: string;
  description: string;
  format: 'csv' | 'json' | 'txt' | 'sha256sums';
  /** IANA media type without parameters, for datapackage.json. */
  mediatype: string;
  /** Media type with charset, for HTTP. */
  mediaType: string;
  encoding: 'utf-8';
  /** For CSV files: line terminator and whether a UTF-8 BOM comes first. */
  csv?: { eol: '\r\n' | '\n'; bom: boolean };
  fields?: readonly DownloadField[];
  primaryKey?: string[];
  /** False for datapackage.json and SHA256SUMS, which cannot describe their own bytes. */
  inPackage: boolean;
}

/** Directory of every download, relative to the site root. */
export const DATA_DIR = 'data/';

const CSV_TYPE = 'text/csv; charset=utf-8';
const TEXT_TYPE = 'text/plain; charset=utf-8';
const JSON_TYPE = 'application/json';
const { county: COUNTY, total: TOTAL } = GRID_WORDS;

/** Every download for this table, in the order the site publishes them. */
export function describeDownloadFiles(table: TaskTable, facts: SiteFacts, releases: readonly Pick<ReleaseFile, 'version' | 'date' | 'table'>[] = []): DownloadDoc[] {
  const wide = describeWideFields(table.years, facts);
  const WIDE_NOTE = describeWideCsv(facts.unit);
  const plan = `《${facts.planTitle}》`;
  const tableName = facts.table ? `${facts.table.name}《${facts.table.title}》` : '任务表';
  const countyKey = wide[0]?.name ?? '';
  const csv = { format: 'csv', mediatype: 'text/csv', mediaType: CSV_TYPE, encoding: 'utf-8', inPackage: true } as const;
  const docs: DownloadDoc[] = [
    {
      ...csv,
      path: 'data/tasks.csv',
      name: 'tasks',
      title: '任务表（中文表头，适合 Excel、WPS）',
      description: `${plan}${tableName}。首行数据为全市「${TOTAL}」，其后为各${COUNTY}，顺序同${facts.table ? '附件' : '任务表'}。${WIDE_NOTE}`,
      csv: { ...WIDE_CSV },
      fields: wide,
      primaryKey: [countyKey],
    },
    {
      ...csv,
      path: 'data/tasks-long.csv',
      name: 'tasks-long',
      title: '任务表（长表，英文表头，适合程序处理）',
      description: `与 tasks.csv 数字相同，每行一个${COUNTY}× 年度 × 指标。不含「${TOTAL}」行，也不含跨年度合计，对 value 求和即得全市合计而不会重复计算。UTF-8 编码（无 BOM）、LF 换行。`,
      csv: { ...LONG_CSV },
      fields: describeLongFields(facts),
      primaryKey: ['county_slug', 'year', 'indicator'],
    },
    {
      path: 'data/tasks.json',
      name: 'tasks-json',
      title: '任务表（JSON）',
      description: `与 tasks.csv 数字相同。对象依次含 title（表名）、unit（单位，${facts.unit}）、source（来源）、years（年度）、counties（各${COUNTY}，顺序同${facts.table ? '附件' : '任务表'}，每项含 name、slug、${INDICATORS.map((i) => `${i} ${figureLabel(null, i)}`).join('、')}、years 各年度的 year、${INDICATORS.join('、')}）、total（全市${TOTAL}，结构同 counties 的一项，无 slug）。`,
      format: 'json',
      mediatype: 'application/json',
      mediaType: JSON_TYPE,
      encoding: 'utf-8',
      inPackage: true,
    },
    ...table.counties.map(
      (county): DownloadDoc => ({
        ...csv,
        path: `data/counties/${county.slug}.csv`,
        name: `county-${county.slug}`,
        title: `${county.name}任务（CSV）`,
        description: `${county.name}的任务：表头与 tasks.csv 相同，只有该${COUNTY}一行数据。${WIDE_NOTE}`,
        csv: { ...WIDE_CSV },
        fields: wide,
        primaryKey: [countyKey],
      }),
    ),
    ...releases.map(
      (release): DownloadDoc => ({
        ...csv,
        path: releasePath(release.version),
        name: `release-${release.version.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
        title: `任务表 ${release.version} 版（${release.date} 发布）`,
        description: `${release.date} 发布的 ${release.version} 版任务表，网址固定不变，可用于引用当时的数字。表头与 tasks.csv 相同。${WIDE_NOTE}`,
        csv: { ...WIDE_CSV },
        fields: describeWideFields(release.table.years, facts),
        primaryKey: [countyKey],
      }),
    ),
    {
      path: 'data/plan.txt',
      name: 'plan-text',
      title: '方案全文（纯文本）',
      description: `${plan}全文，与本站所据的方案文本逐字节相同${facts.table ? `，含${facts.table.name}` : ''}。UTF-8 纯文本。`,
      format: 'txt',
      mediatype: 'text/plain',
      mediaType: TEXT_TYPE,
      encoding: 'utf-8',
      inPackage: true,
    },
    {
      path: 'data/plan.json',
      name: 'plan-json',
      title: '方案结构（JSON）',
      description: `由 plan.txt 解析得到的${plan}结构化内容：title（标题）、preamble（前言各段）、parts（各部分及其段落、工作事项和各事项的责任单位）、attachmentList（附件目录）、attachment（第一个附件表格）、attachments（全部附件表格，含表头和各行数值）、closing（附件目录之后、附件之前的段落）、headline（目标任务部分的开工、基本建成数字）、units（全部责任单位，含别称、拼音标识和所涉事项序号）。`,
      format: 'json',
      mediatype: 'application/json',
      mediaType: JSON_TYPE,
      encoding: 'utf-8',
      inPackage: true,
    },
    {
      path: 'data/datapackage.json',
      name: 'datapackage',
      title: '数据包描述（Frictionless Data Package 2.0）',
      description: '按 Data Package 2.0 描述本目录中的数据文件：路径、格式、编码、字段及其类型、字节数和 SHA-256。不描述它自身和 SHA256SUMS。',
      format: 'json',
      mediatype: 'application/json',
      mediaType: JSON_TYPE,
      encoding: 'utf-8',
      inPackage: false,
    },
    {
      path: 'data/SHA256SUMS',
      name: 'sha256sums',
      title: 'SHA-256 校验和',
      description: '本目录中除它自身外每个文件的 SHA-256，按路径排序。下载后在 data 目录中运行 `sha256sum -c SHA256SUMS` 即可校验。',
      format: 'sha256sums',
      mediatype: 'text/plain',
      mediaType: TEXT_TYPE,
      encoding: 'utf-8',
      inPackage: false,
    },
  ];
  return docs;
}

/** Where a published version of the table is served: `data/releases/v2/tasks.csv`. */
export function releasePath(version: string): string {
  return `data/releases/${version}/tasks.csv`;
}

/** `data/tasks.csv` → `tasks.csv`: a path relative to the data directory. */
export function toDataPath(path: string): string {
  if (!path.startsWith(DATA_DIR)) throw new RangeError(`not under ${DATA_DIR}: ${JSON.stringify(path)}`);
  return path.slice(DATA_DIR.length);
}
