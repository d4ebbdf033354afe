import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/errors';
import { parsePlan, planTextNodes, type Plan, type WorkItem } from '../../../src/lib/plan';
import { chooseLevels, formatNumberLabel, readNumberLabel } from '../../../src/lib/plan/numbering';
import { planOf } from '../../helpers/inputs';

const DIR = 'tests/fixtures/plan';
const load = (name: string): Plan => planOf(readFileSync(`${DIR}/${name}`), `${DIR}/${name}`);
const itemsOf = (plan: Plan): WorkItem[] => plan.parts.flatMap((p) => p.items);
const warningsOf = (name: string): string[] => parsePlan(readFileSync(`${DIR}/${name}`), `${DIR}/${name}`).issues.map(formatIssue);

describe('readNumberLabel', () => {
  it('reads the four levels in full and half width', () => {
    const read = (text: string) => {
      const label = readNumberLabel(text);
      return label && [label.system, label.label, label.value];
    };
    expect(read('三、重点工作')).toEqual(['cn', '三、', 3]);
    expect(read('十二．加强宣传')).toEqual(['cn', '十二．', 12]);
    expect(read('（十一）注重质量监管。')).toEqual(['cnParen', '（十一）', 11]);
    expect(read('(二)加强指导')).toEqual(['cnParen', '(二)', 2]);
    expect(read('（二)加强指导')).toEqual(['cnParen', '（二)', 2]);
    expect(read('1.抓好开工准备。')).toEqual(['arabic', '1.', 1]);
    expect(read('3、完善制度')).toEqual(['arabic', '3、', 3]);
    expect(read('１２．强化保障')).toEqual(['arabic', '１２．', 12]);
    expect(read('（1）每季度抽检')).toEqual(['arabicParen', '（1）', 1]);
    expect(read('(10)公开结果')).toEqual(['arabicParen', '(10)', 10]);
  });

  it('reads no label in a decimal, a year, an attachment entry or a unit list', () => {
    for (const text of ['1.5万套已开工。', '2024年新开工。', '1-1. 任务表', '2、3月份完成。', '〔市住建局〕', '（市住建局、市财政局）', '一是加强领导。', '（2023—2025年）']) {
      expect(readNumberLabel(text), text).toBeNull();
    }
  });

  it('writes a system’s usual label for messages', () => {
    expect([1, 2].map((n) => formatNumberLabel('cn', n))).toEqual(['一、', '二、']);
    expect(formatNumberLabel('cnParen', 12)).toBe('（十二）');
    expect(formatNumberLabel('arabic', 3)).toBe('3.');
    expect(formatNumberLabel('arabicParen', 3)).toBe('（3）');
  });
});

describe('chooseLevels', () => {
  it('numbers parts with the highest level used and items with the next one', () => {
    expect(chooseLevels(new Set(['cn', 'cnParen', 'arabic']))).toEqual({ part: 'cn', item: 'cnParen' });
    expect(chooseLevels(new Set(['cn', 'arabic', 'arabicParen']))).toEqual({ part: 'cn', item: 'arabic' });
    expect(chooseLevels(new Set(['cnParen', 'arabic']))).toEqual({ part: 'cnParen', item: 'arabic' });
  });

  it('makes the only level used the work items', () => {
    expect(chooseLevels(new Set(['cn']))).toEqual({ part: null, item: 'cn' });
    expect(chooseLevels(new Set())).toEqual({ part: null, item: null });
  });
});

describe('parsePlan reads every numbering system of the genre', () => {
  it.each([
    'numbering-arabic-items.txt',
    'numbering-half-width-brackets.txt',
    'numbering-inline-part-headings.txt',
    'numbering-single-level.txt',
    'heading-unread.txt',
  ])('keeps every character of %s, in order', (name) => {
    const source = readFileSync(`${DIR}/${name}`, 'utf8');
    expect(planTextNodes(load(name)).join('').replace(/\s/g, '')).toBe(source.replace(/\s/g, ''));
  });

  it('reads items numbered 1. 1、 and ２． under 一、 parts, restarting in each part (numbering-arabic-items.txt)', () => {
    const plan = load('numbering-arabic-items.txt');
    expect(plan.parts.map((p) => [p.label, p.items.length])).toEqual([
      ['一、加快项目建设', 2],
      ['二、健全长效机制', 2],
    ]);
    expect(itemsOf(plan).map((i) => [i.ordinal, i.label, i.shortTitle, i.units.map((u) => u.name)])).toEqual([
      [1, '1.', '抓好开工准备', ['市住建局', '市发改委']],
      [2, '2.', '推进配套完善', ['市住建局', '市水务集团', '市燃气公司']],
      [3, '1、', '完善管理制度', ['市住建局', '各区人民政府']],
      [4, '２．', '强化资金保障', ['市财政局', '市住建局']],
    ]);
    // A heading on its own line keeps its body in the next paragraph.
    expect(itemsOf(plan)[1]?.body.map((b) => b.text)).toEqual(['同步实施水电气管网改造，补齐养老托育等设施短板。']);
    expect(plan.units.map((u) => u.id)).toEqual(['市住建局', '市发改委', '市水务集团', '市燃气公司', '各区人民政府', '市财政局']);
  });

  it('reads (一) with half-width brackets as items and keeps 1. and (1) as points inside them (numbering-half-width-brackets.txt)', () => {
    const plan = load('numbering-half-width-brackets.txt');
    const items = itemsOf(plan);
    expect(items.map((i) => [i.label, i.shortTitle, i.unitsText])).toEqual([
      ['(一)', '实施水源工程', '〔县水利局、县财政局〕'],
      ['(二)', '加强水质检测', '〔县卫生健康委、县水利局〕'],
      ['(一)', '强化组织领导', '〔县水利局〕'],
    ]);
    expect(items[0]?.body.map((b) => b.text)).toEqual(['新建和改造一批小型水源工程。主要包括：', '1.新建蓄水池20座；', '2.改造引水管道35公里。']);
    expect(items[1]?.body.map((b) => b.text)).toEqual(['(1)每季度开展一次水质抽检；', '(2)抽检结果向社会公开。']);
    expect(warningsOf('numbering-half-width-brackets.txt')).toEqual([]);
  });

  it('reads part headings inline, 一、总体要求。正文…, with the text after the heading as the part’s paragraph', () => {
    const plan = load('numbering-inline-part-headings.txt');
    expect(plan.parts.map((p) => [p.label, p.title, p.paragraphs.map((x) => x.text), p.items.length])).toEqual([
      ['一、总体要求。', '总体要求', ['坚持安全第一、统筹推进，用三年时间基本完成老化管道更新改造。'], 0],
      ['二、工作目标。', '工作目标', ['到2025年底，全市累计更新改造燃气管道300公里。'], 0],
      ['三、重点任务。', '重点任务', ['各地要按照以下要求扎实推进。'], 2],
      ['四、保障措施。', '保障措施', ['各地各部门要加强协调配合，确保任务按期完成。'], 0],
    ]);
    expect(itemsOf(plan).map((i) => i.shortTitle)).toEqual(['摸清底数', '分类实施']);
  });

  it('makes 一、 the work items of a plan that numbers only one level (numbering-single-level.txt)', () => {
    const plan = load('numbering-single-level.txt');
    expect(plan.parts).toHaveLength(1);
    expect(plan.parts[0]).toMatchObject({ implicit: true, label: '', title: '', paragraphs: [] });
    expect(itemsOf(plan).map((i) => [i.ordinal, i.label, i.shortTitle, i.units.map((u) => u.name)])).toEqual([
      [1, '一、', '新建改造城市公园', ['市城管局', '各区人民政府']],
      [2, '二、', '增加托育服务供给', ['市卫生健康委', '市发改委']],
      [3, '三、', '改造农贸市场', ['市商务局']],
    ]);
    expect(plan.preamble.map((p) => p.text)).toEqual(['为办好群众急难愁盼的民生实事，经研究，确定2024年实施以下项目。']);
  });

  it('warns about a line that looks like a heading but was read as text, naming its line (heading-unread.txt)', () => {
    expect(warningsOf('heading-unread.txt')).toEqual([
      'tests/fixtures/plan/heading-unread.txt:19:1: warning W_PLAN_HEADING_UNREAD 「附 则」看起来像标题，但未被读作部分或工作事项（现作为「三、资金保障」中的段落显示）：若它是标题，请改用「一、」「（一）」「1.」等编号并单独成段。',
    ]);
    const plan = load('heading-unread.txt');
    expect(plan.parts[2]?.paragraphs.map((p) => p.text)).toEqual(['区财政按每部10万元给予补助。', '附　则', '本方案自印发之日起施行。']);
  });

  it('reports items out of order in the plan’s own numbering', () => {
    const { issues } = parsePlan('某市工作要点\n\n一、任务\n\n1.甲。\n\n3.乙。\n', 'x.txt');
    expect(issues.map(formatIssue)).toEqual(['x.txt:7:1: E_ITEM_ORDER 第三项「3.」出现在「1.」之后，缺少「2.」：请按1. 2. 3.的顺序编号。']);
  });

  it('warns about 一 总体要求 written without 、, which it cannot read as a part', () => {
    const { issues } = parsePlan('某市工作方案\n\n一、目标\n\n做好。\n\n二 任务\n\n抓落实。\n', 'x.txt');
    expect(issues.map((i) => [i.code, i.line])).toEqual([['W_PLAN_HEADING_UNREAD', 7]]);
  });
});
