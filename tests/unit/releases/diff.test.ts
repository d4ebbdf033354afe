import { describe, expect, it } from 'vitest';
import { figureKey, figureLabel } from '../../../src/lib/grid.ts';
import { diffFigures, isEmptyDiff, mapAttachmentFigures, mapTableFigures, summarizeDiff, type FigureMap } from '../../../src/lib/releases/diff.ts';
import type { TaskTable } from '../../../src/lib/tasks/types.ts';
import type { AttachmentTable } from '../../../src/lib/plan/types.ts';

function table(rows: [string, number, number, number, number][]): TaskTable {
  const counties = rows.map(([name, s23, c23, s24, c24], i) => ({
    name,
    slug: `c${i}`,
    line: i + 3,
    years: { 2023: { started: s23, completed: c23 }, 2024: { started: s24, completed: c24 } },
    total: { started: s23 + s24, completed: c23 + c24 },
  }));
  const sum = (f: (c: (typeof counties)[number]) => number) => counties.reduce((n, c) => n + f(c), 0);
  return {
    years: [2023, 2024],
    counties,
    total: {
      years: { 2023: { started: sum((c) => c.years[2023].started), completed: sum((c) => c.years[2023].completed) }, 2024: { started: sum((c) => c.years[2024].started), completed: sum((c) => c.years[2024].completed) } },
      started: sum((c) => c.total.started),
      completed: sum((c) => c.total.completed),
    },
  };
}

describe('diffFigures', () => {
  it('lists a changed figure with its old and new value, the county total first', () => {
    const v1 = table([['章贡区', 2313, 672, 1487, 1032], ['南康区', 2602, 756, 560, 389]]);
    const v2 = table([['章贡区', 2313, 672, 1600, 1032], ['南康区', 2602, 756, 560, 389]]);
    expect(diffFigures(mapTableFigures(v1), mapTableFigures(v2))).toEqual({
      added: [],
      removed: [],
      changes: [
        { county: '章贡区', year: null, indicator: 'started', from: 3800, to: 3913 },
        { county: '章贡区', year: 2024, indicator: 'started', from: 1487, to: 1600 },
      ],
    });
  });

  it('reports added and removed counties with every figure', () => {
    const v1 = table([['甲县', 1, 0, 1, 0]]);
    const v2 = table([['乙县', 2, 1, 0, 0]]);
    const diff = diffFigures(mapTableFigures(v1), mapTableFigures(v2));
    expect(diff.added).toEqual(['乙县']);
    expect(diff.removed).toEqual(['甲县']);
    expect(diff.changes.filter((c) => c.county === '乙县').every((c) => c.from === null)).toBe(true);
    expect(diff.changes.filter((c) => c.county === '甲县').every((c) => c.to === null)).toBe(true);
    expect(diff.changes).toHaveLength(12);
  });

  it('finds nothing between identical tables', () => {
    const v = table([['章贡区', 2313, 672, 1487, 1032]]);
    expect(diffFigures(mapTableFigures(v), mapTableFigures(v))).toEqual({ added: [], removed: [], changes: [] });
  });
});

describe('mapAttachmentFigures', () => {
  it('keys the issued attachment like a table and leaves out the 合计 row', () => {
    const attachment: AttachmentTable = {
      label: '1-1',
      title: '任务表',
      titleAsIssued: '任务表',
      unit: '套（户）',
      keyHeader: '县（市、区）',
      columns: [
        { group: '合计', year: null, indicator: 'started', label: '合计开工' },
        { group: '合计', year: null, indicator: 'completed', label: '合计基本建成' },
        { group: '2023年', year: 2023, indicator: 'started', label: '2023年开工' },
      ],
      rows: [
        { name: '合计', values: [10, 5, 10], line: 1 },
        { name: '章贡区', values: [10, 5, 10], line: 2 },
      ],
      line: 1,
    };
    const map: FigureMap = mapAttachmentFigures(attachment);
    expect([...map.keys()]).toEqual(['章贡区']);
    expect(map.get('章贡区')?.figures.get(figureKey(2023, 'started'))).toBe(10);
    expect(map.get('章贡区')?.figures.get(figureKey(null, 'completed'))).toBe(5);
  });
});

describe('figureLabel', () => {
  it('names a figure the way the table headers do', () => {
    expect(figureLabel(2024, 'started')).toBe('2024年开工');
    expect(figureLabel(null, 'completed')).toBe('合计基本建成');
  });
});

describe('summarizeDiff', () => {
  it('counts the edited year figures, not the totals that follow from them', () => {
    const v1 = table([['章贡区', 2313, 672, 1487, 1032]]);
    const v2 = table([['章贡区', 2313, 672, 1600, 1032], ['新区', 1, 0, 0, 0]]);
    expect(summarizeDiff(diffFigures(mapTableFigures(v1), mapTableFigures(v2)))).toBe('5 个数字有变化（合计随之变化），新增 新区');
    expect(isEmptyDiff(diffFigures(mapTableFigures(v1), mapTableFigures(v1)))).toBe(true);
  });
});

describe('diffFigures and respelled names', () => {
  it('takes a county respelled with full-width letters or spaces for the same county', () => {
    const v1 = table([['章贡区', 2313, 672, 1487, 1032]]);
    const v2 = table([['章 贡 区', 2313, 672, 1487, 1032]]);
    expect(diffFigures(mapTableFigures(v1), mapTableFigures(v2))).toEqual({ added: [], removed: [], changes: [] });
  });
});
