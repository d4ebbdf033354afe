import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/errors.ts';
import { crossCheckTasks } from '../../../src/lib/tasks/index.ts';
import { planOf, tableOf } from '../../helpers/inputs.ts';

const plan = planOf(new Uint8Array(readFileSync('seeds/000_37d43cbaf8be4606.txt')), 'seeds/000_37d43cbaf8be4606.txt');
const issued = readFileSync('tests/fixtures/tasks/issued-attachment.csv', 'utf-8');

/** Attachment 1-1 as issued with one row replaced (by its county name). */
function edited(county: string, row: string | null): string {
  return issued
    .split('\r\n')
    .flatMap((line) => (line.split(',')[0] === county ? (row === null ? [] : [row]) : [line]))
    .join('\r\n');
}

function warningsOf(text: string): string[] {
  const table = tableOf(text, 't.csv');
  return crossCheckTasks(table, plan, 't.csv').map(formatIssue);
}

describe('crossCheckTasks', () => {
  it('crossCheckTasks finds nothing to say about attachment 1-1 as issued (2.99万 for 29 951 is the text truncating)', () => {
    expect(warningsOf(issued)).toEqual([]);
  });

  it('crossCheckTasks tolerates headline differences under 100 套 and warns from 100 套 on', () => {
    // 章贡区 2023年开工 2313 → 2361: the city's 29 951 becomes 29 999, 99 from 2.99万.
    const near = edited('合计', '合计,45359,20600,29999,8700,15360,11900').replace('章贡区,3800,1704,2313', '章贡区,3848,1704,2361');
    expect(warningsOf(near).filter((w) => w.includes('W_HEADLINE_MISMATCH'))).toEqual([]);
    const far = edited('合计', '合计,45360,20600,30000,8700,15360,11900').replace('章贡区,3800,1704,2313', '章贡区,3849,1704,2362');
    expect(warningsOf(far)).toEqual([
      't.csv:2:4: warning W_HEADLINE_MISMATCH [Excel D2] 表中「2023年开工」全市合计为 30000 套，与方案正文第 13 行的「2.99万套」相差 100 套，超出正文 0.01 万套的精度。如是有意调整：无需改动方案正文，网站首页会在正文数字旁注明现在的数字，请在 npm run release 的 --note 说明中写明调整依据；如不是，请核对该列各县（市、区）的数字。',
      't.csv:3:2: warning W_DIFFERS_FROM_ISSUED [Excel B3] 「章贡区」的「合计开工」原计划 3800，现为 3849：这是对原计划（附件1-1）的调整。网站会在该县（市、区）页面、方案附件旁和「更新记录」页标明原计划与现在的数字；请在 npm run release 的 --note 说明中写明调整依据（如文件名称和文号）。',
      't.csv:3:4: warning W_DIFFERS_FROM_ISSUED [Excel D3] 「章贡区」的「2023年开工」原计划 2313，现为 2362：这是对原计划（附件1-1）的调整。网站会在该县（市、区）页面、方案附件旁和「更新记录」页标明原计划与现在的数字；请在 npm run release 的 --note 说明中写明调整依据（如文件名称和文号）。',
    ]);
  });

  it('crossCheckTasks warns about a county that completes more than it starts', () => {
    const text = edited('合计', null).replace('石城县,808,434,314,91,494,343', '石城县,808,900,314,91,494,809');
    expect(warningsOf(text).filter((w) => w.includes('W_COMPLETED'))).toEqual([
      't.csv:21:3: warning W_COMPLETED_EXCEEDS_STARTED [Excel C21] 「石城县」全期基本建成 900 套，多于开工 808 套：请向该县（市、区）核实是否含往年结转项目；属实则无需改动，照常发布；如是录入错误，请改正该县（市、区）这一行的数字。',
    ]);
  });

  it('crossCheckTasks reports counties added and removed against attachment 1-1', () => {
    const text = edited('合计', null).replace('石城县,808,434,314,91,494,343', '新县,808,434,314,91,494,343');
    expect(warningsOf(text)).toEqual([
      't.csv:0:0: warning W_DIFFERS_FROM_ISSUED 原计划（附件1-1，第 83 行）中的「石城县」不在表中：这是对原计划的调整。网站会在该县（市、区）页面、方案附件旁和「更新记录」页标明原计划与现在的数字；请在 npm run release 的 --note 说明中写明调整依据（如文件名称和文号）。',
      't.csv:21:1: warning W_DIFFERS_FROM_ISSUED [Excel A21] 「新县」是新增的县（市、区），原计划（附件1-1）中没有：这是对原计划的调整。网站会在该县（市、区）页面、方案附件旁和「更新记录」页标明原计划与现在的数字；请在 npm run release 的 --note 说明中写明调整依据（如文件名称和文号）。',
    ]);
  });
});
