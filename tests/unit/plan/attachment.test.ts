import { describe, expect, it } from 'vitest';
import { healTitle, parseAttachment, splitCells } from '../../../src/lib/plan/attachment';

const lines = (text: string) => text.split('\n').map((raw, i) => ({ raw, line: i + 1 }));

describe('splitCells', () => {
  it('keeps a leading empty cell and drops trailing ones', () => {
    expect(splitCells('\t开工\t基本建成')).toEqual(['', '开工', '基本建成']);
    expect(splitCells('县（市、区）\t合计\t\t2023年\t')).toEqual(['县（市、区）', '合计', '', '2023年']);
  });
});

describe('healTitle', () => {
  it('recognises the title the attachment list names despite the PDF space', () => {
    expect(healTitle('全市各县（市、区）城市棚户区 改造攻坚行动任务表', ['全市各县（市、区）城市棚户区改造攻坚行动任务表'])).toBe(
      '全市各县（市、区）城市棚户区改造攻坚行动任务表',
    );
  });

  it('removes spaces between Chinese characters when no list names the title', () => {
    expect(healTitle('某市 任务表', [])).toBe('某市任务表');
  });
});

describe('parseAttachment', () => {
  it('reads a two-row header whose groups span two columns', () => {
    const { table, issues } = parseAttachment(
      lines('附件 2\n\n某表\n\n单位：户\n\n地区\t合计\t\t2023年\t\n\t开工\t基本建成\t开工\t基本建成\n甲\t1\t2\t3\t4'),
      [],
      'x.txt',
    );
    expect(issues).toEqual([]);
    expect(table?.columns.map((c) => c.label)).toEqual(['合计开工', '合计基本建成', '2023年开工', '2023年基本建成']);
    expect(table?.rows).toEqual([{ name: '甲', values: [1, 2, 3, 4], cells: ['1', '2', '3', '4'], line: 9 }]);
  });

  it('reports a cell that is not an integer', () => {
    const { issues } = parseAttachment(lines('附件 1\n某表\n地区\t2023年开工\n甲\t约3800'), [], 'x.txt');
    expect(issues.map((i) => `${i.line}:${i.column} ${i.code} ${i.message}`)).toEqual([
      '4:2 E_ATTACHMENT_NUMBER 附件1表格「甲」第2列「约3800」不是非负整数：请填写整数，没有任务时填 0。',
    ]);
  });

  it('reports a header that says neither 开工 nor 建成, and a row with too many cells', () => {
    const { issues } = parseAttachment(lines('附件 1\n某表\n地区\t2023年开工\t备注\n甲\t1\t2\t3'), [], 'x.txt');
    expect(issues.map((i) => `${i.line}:${i.column} ${i.code} ${i.message}`)).toEqual([
      '3:3 E_ATTACHMENT_HEADER 附件1的表头「备注」看不出是开工还是基本建成：请在表头写明「开工」或「基本建成」。',
      '4:3 E_ATTACHMENT_EXTRA_CELLS 附件1表格「甲」一行有3个数值，表头只有1列：请删去多余的数值或补全表头。',
    ]);
  });

  it('reports an attachment with a title but no table', () => {
    const { table, issues } = parseAttachment(lines('附件 1\n某市任务表'), ['某市任务表'], 'x.txt');
    expect(table).toBeNull();
    expect(issues.map((i) => `${i.line}:${i.column} ${i.code} ${i.message}`)).toEqual([
      '1:1 E_ATTACHMENT_TRUNCATED 附件1「某市任务表」没有表格：请在标题和单位之后补上表头和数据行（各列以制表符分隔）。',
    ]);
  });
});
