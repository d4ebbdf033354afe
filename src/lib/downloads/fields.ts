/**
 * The columns of every tabular download, described once. The /data/ page renders these as
 * documentation and datapackage.json turns them into Table Schema fields, so the two agree.
 */
import type { SiteFacts } from '../meta/facts.ts';
import { figureLabel, GRID_WORDS, indicatorLongWord, INDICATORS, listFigures, yearLabel } from '../grid.ts';
import { formatYearSpan } from '../format.ts';
import type { DownloadField } from './types.ts';
import { FIELD_TEXT, UNIT_EN } from '../words/downloads.ts';

const COUNT = { required: true, minimum: 0 } as const;
const COUNTY = GRID_WORDS.county;

/** Columns of the wide Chinese tables (`tasks.csv`, `counties/<slug>.csv`) for the given years. */
export function describeWideFields(years: readonly number[], facts: SiteFacts): DownloadField[] {
  const span = formatYearSpan(years);
  const fields: DownloadField[] = [
    {
      name: COUNTY,
      title: COUNTY,
      type: 'string',
      description: FIELD_TEXT.wide.county(facts),
      constraints: { required: true, unique: true },
    },
  ];
  for (const { year, indicator } of listFigures(years)) {
    const word = indicatorLongWord(indicator);
    const label = year === null ? null : yearLabel(year);
    fields.push({
      name: figureLabel(year, indicator),
      title: FIELD_TEXT.wide.figureTitle(label, span, word),
      type: 'integer',
      unit: facts.unit,
      description: FIELD_TEXT.wide.figure(label, span, word, facts),
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
      description: FIELD_TEXT.long.county(facts),
      constraints: { required: true },
    },
    {
      name: 'county_slug',
      title: FIELD_TEXT.long.slugTitle,
      type: 'string',
      description: FIELD_TEXT.long.slug,
      constraints: { required: true },
    },
    {
      name: 'year',
      title: FIELD_TEXT.long.yearTitle,
      type: 'integer',
      description: FIELD_TEXT.long.year,
      constraints: { required: true },
    },
    {
      name: 'indicator',
      title: FIELD_TEXT.long.indicatorTitle,
      type: 'string',
      description: FIELD_TEXT.long.indicator,
      constraints: { required: true, enum: [...INDICATORS] },
    },
    {
      name: 'value',
      title: FIELD_TEXT.long.valueTitle(facts),
      type: 'integer',
      unit: facts.unit,
      description: FIELD_TEXT.long.value(facts),
      constraints: { ...COUNT },
    },
    {
      name: 'unit',
      title: FIELD_TEXT.long.unitTitle,
      type: 'string',
      description: FIELD_TEXT.long.unit(facts),
      constraints: { required: true, enum: [UNIT_EN] },
    },
  ];
}

/** Columns of `changes.csv`: the release, then the long table's key columns, then the two values. */
export function describeChangeFields(facts: SiteFacts): DownloadField[] {
  const long = new Map(describeLongFields(facts).map((f) => [f.name, f]));
  const key = (name: string): DownloadField => {
    const field = long.get(name);
    if (!field) throw new RangeError(`no long-table field ${JSON.stringify(name)}`);
    return field;
  };
  return [
    { name: 'version', title: FIELD_TEXT.changes.versionTitle, type: 'string', description: FIELD_TEXT.changes.version, constraints: { required: true } },
    { name: 'date', title: FIELD_TEXT.changes.dateTitle, type: 'string', description: FIELD_TEXT.changes.date, constraints: { required: true } },
    key('county'),
    key('county_slug'),
    key('year'),
    key('indicator'),
    { name: 'old', title: FIELD_TEXT.changes.oldTitle, type: 'integer', unit: facts.unit, description: FIELD_TEXT.changes.old(facts), constraints: { minimum: 0 } },
    { name: 'new', title: FIELD_TEXT.changes.newTitle, type: 'integer', unit: facts.unit, description: FIELD_TEXT.changes.new(facts), constraints: { minimum: 0 } },
  ];
}
