import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffFigures, mapAttachmentFigures, mapTableFigures } from '../../../src/lib/releases/diff.ts';
import { currentOfIssued, lastChangedIn } from '../../../src/lib/site/adjusted.ts';
import { deriveTasks } from '../../../src/lib/tasks/derive.ts';
import { planOf, tableOf } from '../../helpers/inputs.ts';

const SEED = 'seeds/000_37d43cbaf8be4606.txt';
const plan = planOf(new Uint8Array(readFileSync(SEED)), SEED);
const issued = tableOf(new Uint8Array(readFileSync('tests/fixtures/tasks/issued-attachment.csv')), 'issued.csv');
/** 章贡区 2024年开工 1487 → 1600, its totals with it (the two-release fixture's v2). */
const adjusted = tableOf(new Uint8Array(readFileSync('tests/fixtures/site/two-releases/tasks.csv')), 'tasks.csv');
const attachment = plan.attachment!;
const derive = (table: typeof issued) => deriveTasks(table, { adjustments: diffFigures(mapAttachmentFigures(attachment), mapTableFigures(table)) });

describe('issued city totals', () => {
  it('deriveTasks gives the city totals as issued only where today’s differ', () => {
    expect([...derive(issued).total.issued]).toEqual([]);
    expect([...derive(adjusted).total.issued]).toEqual([['total:started', 45311], ['2024:started', 15360]]);
  });
});

describe('currentOfIssued', () => {
  it('currentOfIssued gives today’s figure for each changed cell of the attachment, the 合计 row included', () => {
    const now = currentOfIssued(attachment, derive(adjusted));
    const changed: string[] = [];
    attachment.rows.forEach((row, r) => attachment.columns.forEach((col, c) => {
      const v = now(r, c);
      if (v !== undefined) changed.push(`${row.name} ${col.label} ${v}`);
    }));
    expect(changed).toEqual(['合计 合计开工 45424', '合计 2024年开工 15473', '章贡区 合计开工 3913', '章贡区 2024年开工 1600']);
    expect(currentOfIssued(attachment, derive(issued))(1, 0)).toBeUndefined();
  });
});

describe('lastChangedIn', () => {
  it('lastChangedIn names the release in which a city total last changed', () => {
    const releases = [{ version: 'v1', table: issued }, { version: 'v2', table: adjusted }, { version: 'v3', table: adjusted }];
    expect(lastChangedIn(releases, null, 'started')).toBe('v2');
    expect(lastChangedIn(releases, null, 'completed')).toBe('v1');
    expect(lastChangedIn([], null, 'started')).toBeNull();
  });
});
