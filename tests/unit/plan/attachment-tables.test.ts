import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isTableLine, readHeader, splitCells } from '../../../src/lib/plan/attachmentTable';
import { parseAttachment } from '../../../src/lib/plan/attachment';
import { listAttachments, parsePlan, planTextNodes, type AttachmentTable, type Plan } from '../../../src/lib/plan';
import { planOf } from '../../helpers/inputs';

const lines = (text: string) => text.split('\n').map((raw, i) => ({ raw, line: i + 1 }));
const load = (name: string) => {
  const file = `tests/fixtures/plan/${name}`;
  return { plan: planOf(readFileSync(file), file), source: readFileSync(file, 'utf8') };
};
/** A table as a reader sees it: title, unit line, header rows, rows cell by cell, notes. */
const show = (t: AttachmentTable | undefined) =>
  t && {
    title: t.title,
    unitText: t.unitText,
    headerRows: t.headerRows,
    rows: t.rows.map((r) => (r.wrapped ? { wrapped: r.name } : [r.name, ...(r.cells ?? [])])),
    notes: (t.notes ?? []).map((n) => n.text),
    kind: t.kind ?? 'targets',
  };
const issuesOf = (text: string) => parseAttachment(lines(text), [], 'x.txt').issues.map((i) => `${i.line}:${i.column} ${i.code} ${i.message}`);

describe('an attachment of several tables (attachment-several-tables.txt)', () => {
  const { plan, source } = load('attachment-several-tables.txt');
  const [first, second] = listAttachments(plan);

  it('reads a target table and a project list, each with its sub-title, unit line and notes', () => {
    expect(first).toMatchObject({ label: '1', labelText: '附件1', title: '2024年城市更新片区任务和项目清单', unitText: null, line: 18 });
    expect(first?.tables?.map(show)).toEqual([
      {
        title: '表1 片区改造任务',
        unitText: '单位：户',
        headerRows: [['地区', '2024年开工', '2024年基本建成']],
        rows: [
          ['甲区', '600', '300'],
          ['乙区', '400', '250'],
          ['合计', '1000', '550'],
        ],
        notes: ['注：合计为各区之和。'],
        kind: 'targets',
      },
      {
        title: '表2 重点项目清单',
        unitText: null,
        headerRows: [['序号', '项目名称', '建设内容', '责任单位', '完成时限']],
        rows: [
          ['1', '甲区东片改造', '改造住房320户', '', '2024年10月'],
          ['2', '乙区北片改造', '改造住房180户', '', ''],
          ['3', '城西配套道路', '新建道路1.2公里', '市住建局', '2024年12月'],
        ],
        notes: ['注：1.项目以立项批复为准。', '2.责任单位空缺的，由项目所在区人民政府负责。'],
        kind: 'text',
      },
    ]);
    expect(first?.tables?.map((t) => t.line)).toEqual([22, 33]);
  });

  it('reads two target sub-tables （一）/（二）, a spanning two-row header and each table’s own unit', () => {
    expect(second).toMatchObject({ label: '2', title: '2024年棚户区和城中村改造任务表', unitText: null });
    const [shanty, village] = second?.tables ?? [];
    expect(show(shanty)).toMatchObject({
      title: '（一）棚户区改造任务',
      unitText: '单位：套',
      headerRows: [['地区', '合计', '', '2024年'], ['', '开工', '基本建成', '开工', '基本建成']],
      notes: ['注：合计含2023年结转任务。'],
    });
    expect(shanty?.columns.map((c) => c.label)).toEqual(['合计开工', '合计基本建成', '2024年开工', '2024年基本建成']);
    expect(shanty?.rows.map((r) => [r.name, r.values])).toEqual([
      ['甲区', [500, 260, 300, 160]],
      ['乙区', [300, 140, 200, 90]],
      ['合计', [800, 400, 500, 250]],
    ]);
    expect([village?.title, village?.unit, village?.notes?.map((n) => n.text)]).toEqual(['（二）城中村改造任务', '户', ['注：城中村改造任务以年度计划为准。']]);
  });

  it('reads a 序号 column before the names, and a 合计 written across the merged 序号 and name cells', () => {
    const village = second?.tables?.[1];
    expect([village?.keyHeader, village?.columns.map((c) => c.label)]).toEqual(['地区', ['2024年开工', '2024年基本建成']]);
    expect(village?.rows.map((r) => [r.serial, r.name, r.values])).toEqual([
      ['1', '甲区', [120, 60]],
      ['2', '乙区', [80, 40]],
      ['', '合计', [200, 100]],
    ]);
  });

  it('cross-checks only the first target table of all (表1), not the project list nor attachment 2', () => {
    expect(plan.attachment).toBe(first?.tables?.[0]);
    expect(plan.attachment?.title).toBe('表1 片区改造任务');
  });

  it('keeps the attachment’s own fields as its first table, for readers of one table per attachment', () => {
    expect([first?.keyHeader, first?.rows, first?.notes, first?.unit]).toEqual([
      '地区',
      first?.tables?.[0]?.rows,
      first?.tables?.[0]?.notes,
      '户',
    ]);
  });

  it('raises no issue, and keeps every character in order', () => {
    expect(parsePlan(source, 'x.txt').issues).toEqual([]);
    expect(planTextNodes(plan).join('').replace(/\s/g, '')).toBe(source.replace(/\s/g, ''));
  });
});

describe('a PDF extraction’s attachment (attachment-space-columns.txt)', () => {
  const { plan, source } = load('attachment-space-columns.txt');
  const [targets, projects] = listAttachments(plan);

  it('reads columns separated by runs of spaces, the groups of a two-row header spread over their columns, 合计 last', () => {
    expect(targets?.headerRows).toEqual([['乡镇', '2024年', '', '2025年', ''], ['', '开工', '基本建成', '开工', '基本建成']]);
    expect(targets?.columns.map((c) => [c.year, c.indicator])).toEqual([
      [2024, 'started'],
      [2024, 'completed'],
      [2025, 'started'],
      [2025, 'completed'],
    ]);
    expect(targets?.rows.map((r) => [r.name, r.values])).toEqual([
      ['城关镇', [300, 200, 250, 300]],
      ['东山镇', [120, 80, 100, 140]],
      ['合计', [420, 280, 350, 440]],
    ]);
    expect(plan.attachment).toBe(targets);
  });

  it('keeps a cell that wrapped onto its own line whole, as a row of its own between the rows it stands between', () => {
    expect(show(projects)?.rows).toEqual([
      ['1', '城关镇东门小区', '更换供水管网、加装围墙', '城关镇人民政府'],
      ['2', '东山镇粮站宿舍', '屋面防水、外墙保温、雨污分流', '东山镇人民政府'],
      { wrapped: '改造及化粪池清掏' },
      ['3', '城关镇西街小区', '加装电梯2部', '城关镇人民政府'],
    ]);
    expect(projects?.tables).toBeUndefined();
  });

  it('raises no issue, and keeps every character in order', () => {
    expect(parsePlan(source, 'x.txt').issues).toEqual([]);
    expect(planTextNodes(plan).join('').replace(/\s/g, '')).toBe(source.replace(/\s/g, ''));
  });
});

describe('cells of a table line', () => {
  it('are separated by tabs (two tabs: an empty cell) or by runs of two or more spaces, never by one space', () => {
    expect(splitCells('1\t甲\t\t2024年')).toEqual(['1', '甲', '', '2024年']);
    expect(splitCells('甲区    600  300')).toEqual(['甲区', '600', '300']);
    expect(splitCells('甲区\u3000\u3000600')).toEqual(['甲区', '600']);
    expect([isTableLine('某市 任务表'), isTableLine('甲区  600'), isTableLine('\u3000\u3000注：说明。'), isTableLine('a\tb')]).toEqual([false, true, false, true]);
  });

  it('spread a space-separated header’s groups only when they divide the columns under them evenly', () => {
    expect(readHeader(lines('地区  合计  2023年\n      开工  建成  开工  建成'))?.[0]).toEqual(['地区', '合计', '', '2023年', '']);
    expect(readHeader(lines('地区  合计  2023年\n      开工  建成  开工'))?.[0]).toEqual(['地区', '合计', '2023年']);
    expect(readHeader(lines('序号  名称\n1  道路'))).toEqual([['序号', '名称']]);
  });
});

describe('parseAttachment, several tables', () => {
  it('starts a new table at text after a blank line, and at a 单位： line, without a numbered sub-title', () => {
    const text = '附件1\n总表\n甲表\n序号\t名称\n1\t道路\n\n乙表\n序号\t名称\n1\t桥梁\n丙表\n单位：座\n序号\t名称\n1\t隧道';
    const { table, issues } = parseAttachment(lines(text), ['总表'], 'x.txt');
    expect(issues).toEqual([]);
    expect(table?.title).toBe('总表');
    expect(table?.tables?.map((t) => [t.title, t.unitText, t.rows.map((r) => r.cells?.[0])])).toEqual([
      ['甲表', null, ['道路']],
      ['乙表', null, ['桥梁']],
      ['丙表', '单位：座', ['隧道']],
    ]);
  });

  it('takes the text between two tables up to the sub-title as notes of the table above', () => {
    const text = '附件1\n总表\n表1 甲\n序号\t名称\n1\t道路\n注：一。\n另见说明。\n表2 乙\n序号\t名称\n1\t桥梁';
    const { table } = parseAttachment(lines(text), [], 'x.txt');
    expect(table?.tables?.map((t) => [t.title, t.notes?.map((n) => n.text) ?? []])).toEqual([
      ['表1 甲', ['注：一。', '另见说明。']],
      ['表2 乙', []],
    ]);
  });

  it('starts a table at a table line after notes, even without a title', () => {
    const text = '附件1\n总表\n序号\t名称\n1\t道路\n注：一。\n序号\t单位\n1\t市住建局';
    const { table } = parseAttachment(lines(text), [], 'x.txt');
    expect(table?.tables?.map((t) => [t.titleAsIssued, t.title, t.headerRows])).toEqual([
      ['', '总表', [['序号', '名称']]],
      ['', '总表', [['序号', '单位']]],
    ]);
  });

  it('keeps one table when its only text is a wrapped line, and a row with empty cells where it stands', () => {
    const text = '附件1\n清单\n序号\t名称\t内容\n1\t道路\t改造\n续行文字\n\t\t同步改造管网\n2\t桥梁\t加固';
    const { table } = parseAttachment(lines(text), [], 'x.txt');
    expect(table?.tables).toBeUndefined();
    expect(show(table ?? undefined)?.rows).toEqual([
      ['1', '道路', '改造'],
      { wrapped: '续行文字' },
      ['', '', '同步改造管网'],
      ['2', '桥梁', '加固'],
    ]);
  });

  it('reads a project list whose header has 开工时间/竣工日期 columns as text, not as targets', () => {
    const { table, issues } = parseAttachment(lines('附件1\n清单\n序号\t项目\t开工时间\t竣工日期\n1\t道路\t2024年3月\t2024年9月'), [], 'x.txt');
    expect(issues).toEqual([]);
    expect(table?.kind).toBe('text');
  });

  it('places a figure error after a 序号 column at the figure’s own column', () => {
    expect(issuesOf('附件1\n某表\n序号\t地区\t开工\t基本建成\n1\t甲区\t约5\t3')).toEqual([
      '4:3 E_ATTACHMENT_NUMBER 附件1表格「甲区」第3列「约5」不是非负整数：请填写整数，没有任务时填 0。',
    ]);
  });

  it('still stops a target sub-table’s figure that is not an integer with the precise error, at its line and column', () => {
    const text = '附件2\n总表\n（一）甲\n地区\t开工\n甲区\t10\n\n（二）乙\n地区\t开工\t基本建成\n甲区\t约30\t5';
    expect(issuesOf(text)).toEqual(['9:2 E_ATTACHMENT_NUMBER 附件2表格「甲区」第2列「约30」不是非负整数：请填写整数，没有任务时填 0。']);
  });

  it('reports a sub-table with a header and no rows', () => {
    const text = '附件2\n总表\n（一）甲\n地区\t开工\n甲区\t10\n\n（二）乙\n地区\t开工';
    expect(issuesOf(text)).toEqual(['8:1 E_ATTACHMENT_TRUNCATED 附件2的表格只有表头、没有数据行：请补全表格各行（每行一个地区，数值以制表符分隔）。']);
  });
});

describe('the plan’s cross-checked table', () => {
  it('is the first target table even when a project list comes first in the same attachment', () => {
    const text = '某市方案\n\n一、任务\n\n（一）甲。〔市住建局〕\n\n附件：1. 总表\n\n附件1\n\n总表\n\n表1 项目\n\n序号\t项目\n1\t道路\n\n表2 任务\n\n地区\t开工\n甲区\t5\n';
    const plan: Plan = planOf(text, 'x.txt');
    expect(plan.attachment?.title).toBe('表2 任务');
    expect(plan.attachment).toBe(listAttachments(plan)[0]?.tables?.[1]);
  });
});
