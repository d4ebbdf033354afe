import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/errors';
import { parsePlan, planTextNodes, type Plan, type WorkItem } from '../../../src/lib/plan';
import { planOf } from '../../helpers/inputs';

const DIR = 'tests/fixtures/plan';
const load = (name: string): Plan => planOf(readFileSync(`${DIR}/${name}`), `${DIR}/${name}`);
const allItems = (plan: Plan): WorkItem[] => plan.parts.flatMap((p) => p.items);

/** The formatted issues a bad fixture raises. */
function issuesOf(name: string): string[] {
  const { plan, issues } = parsePlan(readFileSync(`${DIR}/${name}`), `${DIR}/${name}`);
  if (plan) throw new Error(`${name} parsed without issues`);
  return issues.map(formatIssue);
}

describe('parsePlan on plans of the genre', () => {
  it.each(['units-prefix-numerals-past-ten.txt', 'page-break-in-unit-list.txt', 'items-without-units-restart-numbering.txt'])(
    'keeps every character of %s, in order',
    (name) => {
      const source = readFileSync(`${DIR}/${name}`, 'utf8');
      expect(planTextNodes(load(name)).join('').replace(/\s/g, '')).toBe(source.replace(/\s/g, ''));
    },
  );

  describe('units-prefix-numerals-past-ten.txt', () => {
    const plan = load('units-prefix-numerals-past-ten.txt');
    const items = allItems(plan);

    it('numbers items past ten: （十一）…（十三）…（二十）', () => {
      expect(items.map((i) => i.ordinal)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(items.slice(10).map((i) => i.label)).toEqual([
        '（十一）', '（十二）', '（十三）', '（十四）', '（十五）', '（十六）', '（十七）', '（十八）', '（十九）', '（二十）',
      ]);
      expect(items[19]).toMatchObject({ numeral: '二十', shortTitle: '做好档案管理' });
    });

    it('keeps 责任单位： in unitsText but not in a unit name', () => {
      expect(items[0]?.unitsText).toBe('〔责任单位：县住建局，各乡（镇）人民政府〕');
      expect(items[0]?.units.map((u) => u.name)).toEqual(['县住建局', '各乡（镇）人民政府']);
    });

    it('reads 牵头单位：…；配合单位：… as one list', () => {
      expect(items[10]?.units.map((u) => u.name)).toEqual(['县住建局', '县水务公司', '县供电公司']);
    });

    it('keeps parts without items and their paragraphs (一、二、五、)', () => {
      expect(plan.parts.map((p) => [p.label, p.paragraphs.length, p.items.length])).toEqual([
        ['一、总体思路', 1, 0],
        ['二、工作目标', 1, 0],
        ['三、主要任务', 0, 10],
        ['四、保障措施', 0, 10],
        ['五、工作要求', 1, 0],
      ]);
    });

    it('gives 各乡（镇） the identity of 各乡（镇）人民政府 and splits 等县直有关部门 off', () => {
      expect(items[5]?.units[1]).toEqual({ name: '各乡（镇）', id: '各乡（镇）人民政府', role: 'responsible' });
      expect(items[4]?.collectives).toEqual(['等县直有关部门']);
      expect(plan.units.find((u) => u.id === '各乡（镇）人民政府')).toMatchObject({
        aliases: ['各乡（镇）'],
        slug: 'gexiangzhenrenminzhengfu',
        items: [1, 6, 14, 15, 17],
      });
    });

    it('has no attachment and no headline figure without 开工/建成', () => {
      expect(plan.attachmentList).toBeNull();
      expect(plan.attachment).toBeNull();
      expect(plan.headline).toEqual([]);
    });
  });

  describe('page-break-in-unit-list.txt', () => {
    const plan = load('page-break-in-unit-list.txt');
    const items = allItems(plan);

    it('heals a page break inside a unit list (市发 | 改委)', () => {
      expect(items[0]?.unitsText).toBe('〔市住建局、市自然资源局、市发改委，某某经开区〕');
      expect(items[0]?.units.map((u) => u.name)).toEqual(['市住建局', '市自然资源局', '市发改委', '某某经开区']);
    });

    it('heals a page break mid-sentence and keeps the space inside a line (下 | 浮10 BP)', () => {
      expect(items[1]?.body).toEqual([{ text: '鼓励银行业金融机构按照市场化原则，对项目给予信贷支持，利率在基准利率基础上下浮10 BP。', line: 15 }]);
    });

    it('gives a unit list split over two paragraphs after the body to its item', () => {
      expect(items[3]?.body.map((b) => b.text)).toEqual(['定期开展专项检查，及时纠正发现的问题。']);
      expect(items[3]?.unitsText).toBe('（市住建局，各县（市、区）政府、某某经开区管委会）');
      expect(items[3]?.heading).toBe('加强监督检查。');
    });

    it('leaves an item that names no units without units', () => {
      expect(items[2]).toMatchObject({ unitsText: null, units: [], collectives: [] });
    });

    it('gives 某某经开区 the identity of 某某经开区管委会', () => {
      expect(plan.units.find((u) => u.id === '某某经开区管委会')).toMatchObject({ aliases: ['某某经开区'], items: [1, 2, 4] });
    });

    it('reads headline figures by pattern, a deadline year (到2024年底) as the total', () => {
      expect(plan.headline.map((f) => [f.text, f.value, f.indicator, f.year])).toEqual([
        ['0.6万套', 6000, 'started', 2023],
        ['0.35万套', 3500, 'completed', 2023],
        ['0.45万套', 4500, 'started', 2024],
        ['0.5万套', 5000, 'completed', 2024],
        ['1.05万套', 10500, 'started', null],
      ]);
    });

    it('reads a one-row header and heals the attachment title to the listed one', () => {
      expect(plan.attachment).toMatchObject({
        label: '1',
        title: '某市保障性租赁住房筹集任务表',
        titleAsIssued: '某市保障性租赁住房 筹集任务表',
        unit: '套',
        keyHeader: '地区',
      });
      expect(plan.attachment?.columns.map((c) => [c.group, c.year, c.indicator])).toEqual([
        ['2023年开工', 2023, 'started'],
        ['2023年基本建成', 2023, 'completed'],
        ['2024年开工', 2024, 'started'],
        ['2024年基本建成', 2024, 'completed'],
      ]);
      expect(plan.attachment?.rows.map((r) => [r.name, ...r.values])).toEqual([
        ['合计', 6000, 3500, 4500, 5000],
        ['甲区', 4000, 2000, 3000, 3000],
        ['乙县', 2000, 1500, 1500, 2000],
      ]);
    });
  });

  describe('items-without-units-restart-numbering.txt', () => {
    const plan = load('items-without-units-restart-numbering.txt');
    const items = allItems(plan);

    it('heals a page break in the preamble', () => {
      expect(plan.preamble.map((p) => p.text)).toEqual(['为稳步推进城中村改造，提升城市品质和人居环境，制定本方案。']);
    });

    it('accepts items that start again at （一） in a new part, with unique ordinals', () => {
      expect(items.map((i) => [i.ordinal, i.label])).toEqual([
        [1, '（一）'], [2, '（二）'], [3, '（三）'], [4, '（一）'], [5, '（二）'],
      ]);
    });

    it('reads items that name no units', () => {
      expect(items.map((i) => i.unitsText)).toEqual([null, null, '〔区住建局、区自然资源局〕', null, '〔区财政局、区自然资源局等区直有关部门〕']);
    });

    it('keeps a paragraph after a closed item as a paragraph of the part', () => {
      expect(plan.parts[2]?.paragraphs).toEqual([{ text: '以上工作由区城中村改造工作领导小组统筹推进。', line: 23 }]);
      const nodes = planTextNodes(plan);
      const at = nodes.indexOf('依法依规开展房屋征收工作。');
      expect(nodes.slice(at, at + 4)).toEqual(['依法依规开展房屋征收工作。', '〔区住建局、区自然资源局〕', '以上工作由区城中村改造工作领导小组统筹推进。', '四、保障措施']);
    });

    it('has no attachment', () => {
      expect([plan.attachmentList, plan.attachment, plan.attachments]).toEqual([null, null, []]);
    });
  });
});

describe('parsePlan rejects bad input with every issue located and explained', () => {
  it('an empty file', () => {
    expect(issuesOf('empty.txt')).toEqual([
      'tests/fixtures/plan/empty.txt:0:0: E_PLAN_EMPTY 文件为空：请提供方案全文（标题、前言和「一、」「二、」等各部分）。',
    ]);
  });

  it('a file with a NUL byte', () => {
    expect(issuesOf('binary-nul.txt')).toEqual([
      'tests/fixtures/plan/binary-nul.txt:3:7: E_PLAN_BINARY 含有空字节（NUL），这不是文本文件：请提供 UTF-8 编码的纯文本方案（.txt）。',
    ]);
  });

  it('a file that is not UTF-8', () => {
    expect(issuesOf('gbk-encoded.txt')).toEqual([
      'tests/fixtures/plan/gbk-encoded.txt:1:2: E_PLAN_ENCODING 含有不是 UTF-8 的字节「0xCA 0xD0」（可能是 GBK 编码）：请将文件另存为 UTF-8 编码。',
    ]);
  });

  it('a text without parts', () => {
    expect(issuesOf('no-parts.txt')).toEqual([
      'tests/fixtures/plan/no-parts.txt:0:0: E_PLAN_NO_PARTS 未找到「一、总体要求」这样的部分标题：方案正文应分为「一、」「二、」……各部分，每个部分标题单独成段。',
    ]);
  });

  it('an item out of order', () => {
    expect(issuesOf('item-out-of-order.txt')).toEqual([
      'tests/fixtures/plan/item-out-of-order.txt:7:1: E_ITEM_ORDER 第三项「（三）」出现在「（一）」之后，缺少「（二）」：请按（一）（二）（三）的顺序编号。',
    ]);
  });

  it('an item repeated', () => {
    expect(issuesOf('item-duplicate.txt')).toEqual([
      'tests/fixtures/plan/item-duplicate.txt:9:1: E_ITEM_DUPLICATE 第二项「（二）」重复出现，第7行已有「（二）」：请删除重复的一项或改正编号。',
    ]);
  });

  it('parts out of order and repeated, both reported', () => {
    expect(issuesOf('part-out-of-order.txt')).toEqual([
      'tests/fixtures/plan/part-out-of-order.txt:7:1: E_PART_ORDER 第三部分「三、重点工作」出现在「一、总体要求」之后，缺少「二、」：请按一、二、三、的顺序编号。',
      'tests/fixtures/plan/part-out-of-order.txt:11:1: E_PART_DUPLICATE 第三部分「三、有关要求」重复出现，第7行已有编号「三、」：请删除重复的部分或改正编号。',
    ]);
  });

  it('a unit list never closed', () => {
    expect(issuesOf('units-unclosed.txt')).toEqual([
      'tests/fixtures/plan/units-unclosed.txt:5:18: E_UNITS_UNCLOSED 责任单位列表「〔市住建局、市财政局」没有闭合：请在列表末尾补上「〕」。',
    ]);
  });

  it('an attachment row with fewer cells than the header', () => {
    expect(issuesOf('attachment-row-truncated.txt')).toEqual([
      'tests/fixtures/plan/attachment-row-truncated.txt:18:5: E_ATTACHMENT_TRUNCATED 附件1表格「甲区」一行只有3个数值，表头有4列：请补全缺少的数值。',
    ]);
  });

  it('an attachment header without rows', () => {
    expect(issuesOf('attachment-header-only.txt')).toEqual([
      'tests/fixtures/plan/attachment-header-only.txt:15:1: E_ATTACHMENT_TRUNCATED 附件1的表格只有表头、没有数据行：请补全表格各行（每行一个地区，数值以制表符分隔）。',
    ]);
  });
});
