import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inspectSite } from '../../../src/lib/load/index.ts';
import { describe, expect, it } from 'vitest';
import { checkPairing, pairAttachment } from '../../../src/lib/tasks/pairing.ts';
import type { TaskTable } from '../../../src/lib/tasks/types.ts';
import { planOf, tableOf } from '../../helpers/inputs.ts';

const SEED = 'seeds/000_37d43cbaf8be4606.txt';
const seed = planOf(readFileSync(SEED), SEED);
const table = (file: string) => tableOf(readFileSync(file), file);
const issued = table('tests/fixtures/site/issued/tasks.csv');
const check = (t: TaskTable, file = 'data/tasks.csv') => checkPairing(t, seed, file, SEED);

/** The issued table with only the first `n` counties (the 合计 row and columns left to the site). */
function firstCounties(n: number): TaskTable {
  const lines = readFileSync('tests/fixtures/site/issued/tasks.csv', 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const [header = '', , ...rows] = lines;
  const keep = [0, 3, 4, 5, 6];
  const cut = (line: string) => line.split(',').filter((_, i) => keep.includes(i)).join(',');
  return tableOf([header, ...rows.slice(0, n)].map(cut).join('\n'), 'data/tasks.csv');
}

/** The issued table with every county's 2023 and 2024 figures scaled, so that no figure stays as issued. */
function scaled(factor: number): TaskTable {
  const text = readFileSync('tests/fixtures/site/issued/tasks.csv', 'utf8').replace(/^\uFEFF/, '');
  const [header = '', ...rows] = text.trim().split(/\r?\n/);
  const out = rows.map((row) => {
    const [name, , , ...years] = row.split(',');
    return [name, ...years.map((v) => String(Math.round(Number(v) * factor) + 1))].join(',');
  });
  const cut = header.split(',').filter((_, i) => i === 0 || i > 2).join(',');
  return tableOf([cut, ...out.filter((r) => !r.startsWith('合计'))].join('\n'), 'data/tasks.csv');
}

describe('checkPairing: a task table belongs to the plan whose target attachment it is', () => {
  it('accepts the table as issued, the adjusted table of a later release and a table with a year added', () => {
    expect(check(issued)).toEqual([]);
    expect(check(table('tests/fixtures/site/two-releases/tasks.csv'))).toEqual([]);
    expect(check(table('tests/fixtures/site/third-year/tasks.csv'))).toEqual([]);
  });

  it('accepts a table that keeps half of the issued counties, and refuses one that keeps fewer', () => {
    expect(check(firstCounties(10))).toEqual([]);
    const [issue, ...more] = check(firstCounties(9));
    expect(more).toEqual([]);
    expect(issue).toMatchObject({ file: 'data/tasks.csv', line: 0, column: 0, code: 'E_TABLE_NOT_OF_PLAN', severity: 'error' });
    expect(issue?.message).toContain('附件1-1列有 20 个县（市、区），任务表有 9 个，两者共有的只有 9 个（附件1-1中的「安远县」「龙南市」「定南县」等不在任务表中）');
  });

  it('refuses the table of another plan, naming both files, the attachment’s line and the counties on each side', () => {
    const other = table('tests/fixtures/site/other-city/tasks.csv');
    const [issue, ...more] = check(other, 'tests/fixtures/site/other-city/tasks.csv');
    expect(more).toEqual([]);
    expect(issue?.code).toBe('E_TABLE_NOT_OF_PLAN');
    expect(issue?.message).toMatch(/^任务表「tests\/fixtures\/site\/other-city\/tasks\.csv」与方案「seeds\/000_37d43cbaf8be4606\.txt」的附件1-1（方案第 55 行起）不是同一份表：/);
    expect(issue?.message).toContain('附件1-1列有 20 个县（市、区），任务表有 4 个，两者共有的只有 0 个');
    // 2024 is one of the two issued years: the years alone would be an adjustment.
    expect(issue?.message).not.toContain('年度为');
  });

  it('refuses a table of the same counties and years whose figures mostly differ from the attachment, quoting examples', () => {
    const [issue, ...more] = check(scaled(2));
    expect(more).toEqual([]);
    expect(issue?.code).toBe('E_TABLE_NOT_OF_PLAN');
    expect(issue?.message).toContain('两者共有的 120 个数字中有 120 个不同（如「章贡区」合计开工：附件1-1 3800，任务表 7602；「章贡区」合计基本建成：附件1-1 1704，任务表 3410；「章贡区」2023年开工：附件1-1 2313，任务表 4627）');
  });

  it('pairs any table with a plan that has no target attachment: there is nothing to compare', () => {
    const file = 'tests/fixtures/plan/numbering-single-level.txt';
    const plan = planOf(readFileSync(file), file);
    expect(plan.attachment).toBeNull();
    expect(checkPairing(table('tests/fixtures/site/other-city/tasks.csv'), plan, 'data/tasks.csv', file)).toEqual([]);
  });
});

describe('pairAttachment: of a plan’s several target tables, the one the task table is the table of', () => {
  const file = 'tests/fixtures/plan/two-target-attachments.txt';
  const plan = planOf(readFileSync(file), file);
  const csv = (rows: string[]) => tableOf(['县（市、区）,2024年开工,2024年基本建成,2025年开工,2025年基本建成', ...rows].join('\n'), 'data/tasks.csv');

  it('keeps the first target table for the table of its counties', () => {
    expect(plan.attachment?.label).toBe('1');
    const first = csv(['甲区,2000,600,0,1000', '乙区,1000,400,0,500']);
    expect(pairAttachment(first, plan)).toBe(plan);
    expect(checkPairing(first, plan, 'data/tasks.csv', file)).toEqual([]);
  });

  it('takes the second for the table of the second’s counties, which then pairs without an error', () => {
    const second = csv(['甲区,1500,500,0,800', '丙县,2500,1000,0,1200', '丁县,2000,1000,0,1000']);
    expect(checkPairing(second, plan, 'data/tasks.csv', file).map((i) => i.code)).toEqual(['E_TABLE_NOT_OF_PLAN']);
    const paired = pairAttachment(second, plan);
    expect(paired.attachment?.label).toBe('2');
    expect(paired.attachment?.title).toBe('各县（市、区）老旧小区改造任务表');
    expect(checkPairing(second, paired, 'data/tasks.csv', file)).toEqual([]);
  });
});

describe('a site whose task table is the table of the plan’s second target attachment', () => {
  it('publishes that attachment as the one its figures come from, with no error and no adjustment', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pairing-'));
    try {
      const rows = ['县（市、区）,2024年开工,2024年基本建成,2025年开工,2025年基本建成', '甲区,1500,500,0,800', '丙县,2500,1000,0,1200', '丁县,2000,1000,0,1000'];
      writeFileSync(path.join(dir, 'tasks.csv'), `${rows.join('\n')}\n`);
      const { site, issues } = inspectSite({ planFile: 'tests/fixtures/plan/two-target-attachments.txt', dataDir: dir }, { today: '2026-12-31' });
      expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(issues.map((i) => i.code)).not.toContain('W_DIFFERS_FROM_ISSUED');
      expect(site?.plan.attachment?.label).toBe('2');
      expect(site?.facts.table?.name).toBe('附件2');
      expect(site?.adjustments?.changes).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
