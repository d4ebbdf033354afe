/**
 * The columns of every tabular download, described once. The /data/ page renders these as
 * documentation and datapackage.json turns them into Table Schema fields, so the two agree.
 */
import type { SiteFacts } from '../facts.ts';
import { figureLabel, GRID_WORDS, indicatorLongWord, INDICATORS, listFigures, yearLabel } from '../grid.ts';
import { formatYearSpan } from '../format.ts';
import type { DownloadField } from './types.ts';
import { UNIT_EN } from './labels.ts';

const COUNT = { required: true, minimum: 0 } as const;
const { county: COUNTY, total: TOTAL } = GRID_WORDS;

/** `与附件1-1一致` when the table comes from an attachment of the plan, else empty. */
function asIssued(facts: SiteFacts): string {
  return facts.table ? `，与${facts.table.name}一致` : '';
}

/** What one figure counts: `新开工城市棚户区改造套数` (the subject when the settings give one). */
function counted(facts: SiteFacts, word: string): string {
  return `${word}${facts.subject ?? ''}${facts.unitShort}数`;
}

/** Columns of the wide Chinese tables (`tasks.csv`, `counties/<slug>.csv`) for the given years. */
export function describeWideFields(years: readonly number[], facts: SiteFacts): DownloadField[] {
  const span = formatYearSpan(years);
  const fields: DownloadField[] = [
    {
      name: COUNTY,
      title: COUNTY,
      type: 'string',
      description: `${COUNTY}名称${asIssued(facts)}；「${TOTAL}」行为全市合计。`,
      constraints: { required: true, unique: true },
    },
  ];
  for (const { year, indicator } of listFigures(years)) {
    const word = indicatorLongWord(indicator);
    fields.push({
      name: figureLabel(year, indicator),
      title: year === null ? `${span}${TOTAL}${word}` : `${yearLabel(year)}${word}`,
      type: 'integer',
      unit: facts.unit,
      description: year === null ? `${span}${counted(facts, word)}之和，单位${facts.unit}。` : `${yearLabel(year)}${counted(facts, word)}，单位${facts.unit}。`,
      constraints: { ...COUNT },
    });
  }
  return fields;
}

/** Columns of the long English table (`tasks-long.csv`); the same for any years. */
export function describeLongFields(facts: SiteFacts): DownloadField[] {
  return [
    {
      name: 'county',
      title: COUNTY,
      type: 'string',
      description: `${COUNTY}名称（中文）${asIssued(facts)}；不含「${TOTAL}」行。`,
      constraints: { required: true },
    },
    {
      name: 'county_slug',
      title: `${COUNTY}标识`,
      type: 'string',
      description: `${COUNTY}的 ASCII 标识（拼音），与 /counties/<slug>/ 页面及 counties/<slug>.csv 一致。`,
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
      description: `${INDICATORS.map((i) => `${i} = ${indicatorLongWord(i)}`).join('，')}。`,
      constraints: { required: true, enum: [...INDICATORS] },
    },
    {
      name: 'value',
      title: `${facts.unitShort}数`,
      type: 'integer',
      unit: facts.unit,
      description: `该${COUNTY}该年度该指标的${facts.subject ?? ''}${facts.unitShort}数，单位${facts.unit}。`,
      constraints: { ...COUNT },
    },
    {
      name: 'unit',
      title: '单位',
      type: 'string',
      description: `恒为「${UNIT_EN}」，即${facts.unit}。`,
      constraints: { required: true, enum: [UNIT_EN] },
    },
  ];
}
