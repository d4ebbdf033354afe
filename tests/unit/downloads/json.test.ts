import { describe, expect, it } from 'vitest';
import { writeTasksJson, type TasksJson } from '../../../src/lib/downloads/json.ts';
import { SEED_FACTS, SOURCE_TITLE, buildSeedTable, buildTable, readSeedRows } from '../../fixtures/downloads/seedTable.ts';

const seedRows = readSeedRows();

describe('writeTasksJson', () => {
  const text = writeTasksJson(buildSeedTable(), SEED_FACTS);
  const json = JSON.parse(text) as TasksJson;

  it('keeps its keys in a fixed order and ends with one LF', () => {
    expect(Object.keys(json)).toEqual(['title', 'unit', 'source', 'years', 'counties', 'total']);
    expect(Object.keys(json.counties[0] ?? {})).toEqual(['name', 'slug', 'started', 'completed', 'years']);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('\uFEFF')).toBe(false);
  });

  it('reads back with JSON.parse as the seed figures', () => {
    expect(json.title).toBe('全市各县（市、区）城市棚户区改造攻坚行动任务表');
    expect(json.unit).toBe('套（户）');
    expect(json.source).toBe(SOURCE_TITLE);
    expect(json.years).toEqual([2023, 2024]);
    const flatten = (r: TasksJson['total']) => ({
      name: r.name,
      values: [r.started, r.completed, ...r.years.flatMap((y) => [y.started, y.completed])],
    });
    expect([flatten(json.total), ...json.counties.map(flatten)]).toEqual(seedRows);
    expect(json.total.years.map((y) => y.year)).toEqual([2023, 2024]);
  });

  it('round-trips a county name with a comma and a quote', () => {
    const name = '某"新"区,试点';
    const table = buildTable([{ name: '合计', values: [1, 1, 1, 1, 0, 0] }, { name, values: [1, 1, 1, 1, 0, 0] }], [2023, 2024]);
    expect((JSON.parse(writeTasksJson(table, SEED_FACTS)) as TasksJson).counties[0]?.name).toBe(name);
  });
});
