import { describe, expect, it } from 'vitest';
import { writeChangesCsv } from '../../../src/lib/downloads/changes.ts';
import { buildDownloads } from '../../../src/lib/downloads/index.ts';
import { describeSite } from '../../../src/lib/meta/facts.ts';
import { diffFigures, mapTableFigures } from '../../../src/lib/releases/diff.ts';
import type { ReleaseFile } from '../../../src/lib/downloads/types.ts';
import { planOf, tableOf } from '../../helpers/inputs.ts';

const HEADER = '县（市、区）,2023年开工,2023年基本建成,2024年开工,2024年基本建成';
const v1 = tableOf(`${HEADER}\n甲县,10,4,6,2\n乙区,5,5,3,1\n`, 'v1.csv');
const v2 = tableOf(`${HEADER}\n甲县,10,4,9,2\n乙区,5,5,3,1\n丙市,1,0,0,0\n`, 'v2.csv');
const v3 = tableOf(`${HEADER}\n甲县,10,4,9,3\n丙市,1,0,0,0\n`, 'v3.csv');

function releasesOf(...tables: (typeof v1)[]): ReleaseFile[] {
  return tables.map((table, i) => ({
    version: `v${i + 1}`,
    date: `2026-12-0${i + 1}`,
    table,
    diff: i === 0 ? null : diffFigures(mapTableFigures(tables[i - 1] as typeof v1), mapTableFigures(table)),
  }));
}

describe('changes.csv', () => {
  it('writeChangesCsv lists every changed year figure of every release, added and removed counties with an empty side', () => {
    expect(writeChangesCsv(releasesOf(v1, v2, v3)).split('\n')).toEqual([
      'version,date,county,county_slug,year,indicator,old,new',
      'v2,2026-12-02,甲县,jiaxian,2024,started,6,9',
      'v2,2026-12-02,丙市,bingshi,2023,started,,1',
      'v2,2026-12-02,丙市,bingshi,2023,completed,,0',
      'v2,2026-12-02,丙市,bingshi,2024,started,,0',
      'v2,2026-12-02,丙市,bingshi,2024,completed,,0',
      'v3,2026-12-03,甲县,jiaxian,2024,completed,2,3',
      'v3,2026-12-03,乙区,yiqu,2023,started,5,',
      'v3,2026-12-03,乙区,yiqu,2023,completed,5,',
      'v3,2026-12-03,乙区,yiqu,2024,started,3,',
      'v3,2026-12-03,乙区,yiqu,2024,completed,1,',
      '',
    ]);
  });

  it('a single release has a header and no rows; without releases no changes.csv is published', () => {
    expect(writeChangesCsv(releasesOf(v1))).toBe('version,date,county,county_slug,year,indicator,old,new\n');
    const plan = planOf('某市某某行动方案\n\n一、总体要求\n\n正文。\n', 'p.txt');
    const extras = { planText: new Uint8Array(), planJson: '{}', facts: describeSite(plan) };
    expect(buildDownloads(v1, extras).map((f) => f.path)).not.toContain('data/changes.csv');
    const files = buildDownloads(v2, { ...extras, releases: releasesOf(v1, v2) });
    expect(files.map((f) => f.path)).toContain('data/changes.csv');
  });
});
