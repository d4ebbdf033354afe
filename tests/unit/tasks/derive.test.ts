import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveTasks } from '../../../src/lib/tasks/index.ts';
import { orderCounties } from '../../../src/lib/tasks/derive.ts';
import { tableOf } from '../../helpers/inputs.ts';

/** Attachment 1-1 as issued (data/tasks.csv changes with every release; this fixture does not). */
const ISSUED = 'tests/fixtures/tasks/issued-attachment.csv';

const table = tableOf(new Uint8Array(readFileSync(ISSUED)), ISSUED);
const derived = deriveTasks(table);

describe('deriveTasks', () => {
  it('deriveTasks gives the city totals of attachment 1-1', () => {
    expect(derived.total.total).toEqual({ started: 45311, completed: 20600 });
    expect(derived.total.years.map((y) => [y.year, y.started, y.completed])).toEqual([
      [2023, 29951, 8700],
      [2024, 15360, 11900],
    ]);
    expect(derived.total.completionRatio).toBeCloseTo(20600 / 45311, 12);
  });

  it('deriveTasks gives each county its share, rank, split by year and completion ratio', () => {
    const zhanggong = derived.counties[0];
    expect(zhanggong?.name).toBe('章贡区');
    expect(zhanggong?.share.started).toBeCloseTo(3800 / 45311, 12);
    expect(zhanggong?.rank).toEqual({ started: 3, completed: 3 });
    expect(zhanggong?.years.map((y) => [y.year, y.started, y.completed])).toEqual([
      [2023, 2313, 672],
      [2024, 1487, 1032],
    ]);
    expect(zhanggong?.years[0]?.fraction.started).toBeCloseTo(2313 / 3800, 12);
    expect(zhanggong?.completionRatio).toBeCloseTo(1704 / 3800, 12);
    expect(derived.counties.reduce((s, c) => s + c.share.started, 0)).toBeCloseTo(1, 12);
  });

  it('deriveTasks lets equal figures share a rank and keeps table order among them', () => {
    // 信丰县 and 于都县 both start 2000; 兴国县 starts 2200.
    const rank = (name: string) => derived.counties.find((c) => c.name === name)?.rank.started;
    expect([rank('兴国县'), rank('信丰县'), rank('于都县'), rank('赣县区')]).toEqual([9, 12, 12, 11]);
    const started = orderCounties(derived, null, 'started').map((c) => c.slug);
    expect(started.slice(0, 3)).toEqual(['ganzhoujingkaiqu', 'ganzhourongjiangxinqu', 'zhanggongqu']);
    const xinfeng = started.indexOf('xinfengxian');
    expect(started[xinfeng + 1]).toBe('yuduxian');
  });

  it('deriveTasks gives a null ratio where nothing is started', () => {
    const rongjiang = derived.counties.find((c) => c.name === '赣州蓉江新区');
    expect(rongjiang?.years[1]).toEqual({ year: 2024, started: 0, completed: 1235, fraction: { started: 0, completed: 1235 / 2921 } });
    const empty = deriveTasks({
      years: [2023],
      counties: [{ name: '甲县', slug: 'jiaxian', line: 2, years: { 2023: { started: 0, completed: 0 } }, total: { started: 0, completed: 0 } }],
      total: { years: { 2023: { started: 0, completed: 0 } }, started: 0, completed: 0 },
    });
    expect(empty.counties[0]?.completionRatio).toBeNull();
    expect(empty.counties[0]?.share).toEqual({ started: 0, completed: 0 });
    expect(empty.counties[0]?.years[0]?.fraction).toEqual({ started: null, completed: null });
  });
});
