/**
 * The columns of every tabular download, described once. The /data/ page renders these as
 * documentation and datapackage.json turns them into Table Schema fields, so the two agree.
 */
import { formatYearSpan } from '../format.ts';
import type { DownloadField } from './types.ts';
import { COUNTY_HEADER, INDICATOR_WORDS, TOTAL_NAME, UNIT, UNIT_EN, formatWideHeader } from './labels.ts';

type Indicator = keyof typeof INDICATOR_WORDS;
const INDICATORS: readonly Indicator[] = ['started', 'completed'];

const COUNT = { required: true, minimum: 0 } as const;


/** Columns of the wide Chinese tables (`tasks.csv`, `counties/<slug>.csv`) for the given years. */
export function describeWideFields(years: readonly number[]): DownloadField[] {
  const span = formatYearSpan(years);
  const fields: DownloadField[] = [
    {
      name: COUNTY_HEADER,
      title: '县（市、区）',
      type: 'string',
      description: `县（市、区）名称，与附件1-1一致；「${TOTAL_NAME}」行为全市合计。`,
      constraints: { required: true, unique: true },
    },
  ];
  for (const indicator of INDICATORS) {
    fields.push({
      name: formatWideHeader('total', indicator),
      title: `${span}合计${INDICATOR_WORDS[indicator]}`,
      type: 'integer',
      unit: UNIT,
      description: `${span}${INDICATOR_WORDS[indicator]}城市棚户区改造套数之和，单位${UNIT}。`,
      constraints: { ...COUNT },
    });
  }
  for (const year of years) {
    for (const indicator of INDICATORS) {
      fields.push({
        name: formatWideHeader(year, indicator),
        title: `${year}年${INDICATOR_WORDS[indicator]}`,
        type: 'integer',
        unit: UNIT,
        description: `${year}年${INDICATOR_WORDS[indicator]}城市棚户区改造套数，单位${UNIT}。`,
        constraints: { ...COUNT },
      });
    }
  }
  return fields;
}

/** Columns of the long English table (`tasks-long.csv`); the same for any years. */
export const LONG_FIELDS: readonly DownloadField[] = [
  {
    name: 'county',
    title: '县（市、区）',
    type: 'string',
    description: `县（市、区）名称（中文），与附件1-1一致；不含「${TOTAL_NAME}」行。`,
    constraints: { required: true },
  },
  {
    name: 'county_slug',
    title: '县（市、区）标识',
    type: 'string',
    description: '县（市、区）的 ASCII 标识（拼音），与 /counties/<slug>/ 页面及 counties/<slug>.csv 一致。',
    constraints: { required: true },
  },
  {
    name: 'year',
    title: '年度',
    type: 'integer',
    description: '任务所属年度。',
    constraints: { required: true },
  },
  {
    name: 'indicator',
    title: '指标',
    type: 'string',
    description: `started = ${INDICATOR_WORDS.started}，completed = ${INDICATOR_WORDS.completed}。`,
    constraints: { required: true, enum: [...INDICATORS] },
  },
  {
    name: 'value',
    title: '套数',
    type: 'integer',
    unit: UNIT,
    description: `该县（市、区）该年度该指标的城市棚户区改造套数，单位${UNIT}。`,
    constraints: { ...COUNT },
  },
  {
    name: 'unit',
    title: '单位',
    type: 'string',
    description: `恒为「${UNIT_EN}」，即${UNIT}。`,
    constraints: { required: true, enum: [UNIT_EN] },
  },
];

/**
 * Every tabular download's columns: `DOWNLOAD_FIELDS.wide(table.years)` for the Chinese wide
 * tables, `DOWNLOAD_FIELDS.long` for the English long table.
 */
export const DOWNLOAD_FIELDS = {
  wide: describeWideFields,
  long: LONG_FIELDS,
} as const;
