import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listAttachments, parsePlan, planTextNodes, type Plan } from '../../../src/lib/plan';
import { planOf } from '../../helpers/inputs';

const NAME = 'attachment-project-list.txt';
const FILE = `tests/fixtures/plan/${NAME}`;

describe(`any attachment, shown as issued (${NAME})`, () => {
  const plan: Plan = planOf(readFileSync(FILE), FILE);
  const [list, targets] = listAttachments(plan);

  it('reads a project list with text columns as a text table, cell by cell, with its 注： line as a note', () => {
    expect(list).toMatchObject({ label: '1', kind: 'text', title: '2024年城市基础设施补短板项目清单', unitText: null, columns: [] });
    expect(list?.headerRows).toEqual([['序号', '项目名称', '建设内容', '责任单位', '完成时限']]);
    expect(list?.rows.map((r) => [r.name, ...(r.cells ?? [])])).toEqual([
      ['1', '东环路改造', '路面改造3.2公里', '市住建局', '2024年9月'],
      ['2', '滨江路排水改造', '新建雨水管网1.5公里', '市城管局', '2024年12月'],
      ['3', '老城区背街小巷整治', '整治小巷20条', '甲区人民政府', '2024年11月'],
    ]);
    expect(list?.notes).toEqual([{ text: '注：项目以实际立项批复为准。', line: 27 }]);
  });

  it('reads the 开工/基本建成 table after it as the target table, its note never a row', () => {
    expect(targets?.kind).toBeUndefined();
    expect(targets?.rows.map((r) => [r.name, r.values])).toEqual([
      ['合计', [900, 500]],
      ['甲区', [600, 300]],
      ['乙区', [300, 200]],
    ]);
    expect(targets?.notes).toEqual([{ text: '注：片区范围以规划批复为准。', line: 40 }]);
    // Only the target table is cross-checked with the task table.
    expect(plan.attachment).toBe(targets);
  });

  it('raises no issue, and keeps every character in order', () => {
    const source = readFileSync(FILE, 'utf8');
    expect(parsePlan(source, NAME).issues).toEqual([]);
    expect(planTextNodes(plan).join('').replace(/\s/g, '')).toBe(source.replace(/\s/g, ''));
  });

  it('has no target table when every attachment is text', () => {
    const text = '某市方案\n\n一、任务\n\n（一）甲。〔市住建局〕\n\n附件：1. 清单\n\n附件1\n\n清单\n\n序号\t项目\n1\t道路\n';
    const only = planOf(text, 'x.txt');
    expect(only.attachment).toBeNull();
    expect(listAttachments(only).map((a) => a.kind)).toEqual(['text']);
  });
});
