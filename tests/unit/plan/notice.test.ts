import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/errors';
import { parsePlan, planTextNodes, type Plan } from '../../../src/lib/plan';
import { readFront } from '../../../src/lib/plan/front';
import { splitSourceLines } from '../../../src/lib/plan/lines';
import { planOf } from '../../helpers/inputs';

const DIR = 'tests/fixtures/plan';
const load = (name: string): Plan => planOf(readFileSync(`${DIR}/${name}`), `${DIR}/${name}`);
const sourceMinusRemoved = (name: string, plan: Plan): string => {
  const removed = new Set((plan.cleanup ?? []).filter((c) => c.kind !== 'joined').map((c) => c.line));
  return readFileSync(`${DIR}/${name}`, 'utf8').split('\n').filter((_, i) => !removed.has(i + 1)).join('').replace(/\s/g, '');
};

describe('a plan inside its 印发通知, copied from a web page (notice-wrapper.txt)', () => {
  const name = 'notice-wrapper.txt';
  const plan = load(name);

  it('takes the plan’s own title, joined over its two lines with its subtitle, never the notice’s or the page’s', () => {
    expect(plan.title).toBe('某市城镇老旧小区改造三年行动方案（2024—2026年）');
    expect(plan.preamble.map((p) => p.text)).toEqual(['为加快推进城镇老旧小区改造，改善居民居住条件，制定本方案。']);
  });

  it('reads the notice: its wrapped title, 文号 above it, 主送, text, office, date and 公开 attribute', () => {
    expect(plan.notice?.title).toBe('某市人民政府关于印发《某市城镇老旧小区改造三年行动方案（2024—2026年）》的通知');
    expect(plan.notice?.titleLines).toEqual([4, 5]);
    expect(plan.notice?.paragraphs.map((p) => [p.line, p.role ?? '', p.text])).toEqual([
      [3, 'docNumber', '某府发〔2024〕5号'],
      [6, '', '各县（市、区）人民政府，市政府各部门：'],
      [7, '', '现将《某市城镇老旧小区改造三年行动方案（2024—2026年）》印发给你们，请认真贯彻执行。'],
      [8, 'office', '某市人民政府'],
      [9, 'date', '2024年3月1日'],
      [10, 'openness', '（此件主动公开）'],
    ]);
    expect([plan.notice?.docNumber, plan.notice?.office, plan.notice?.date, plan.notice?.openness]).toEqual([
      { text: '某府发〔2024〕5号', line: 3 },
      { text: '某市人民政府', line: 8 },
      { text: '2024年3月1日', line: 9 },
      { text: '主动公开', line: 10 },
    ]);
  });

  it('warns about the breadcrumbs and the 发布时间 line above the document and lists them as removed', () => {
    const { issues } = parsePlan(readFileSync(`${DIR}/${name}`), name);
    expect(issues.map((i) => [i.code, i.line, i.severity])).toEqual([
      ['W_PLAN_WEB_DEBRIS', 1, 'warning'],
      ['W_PLAN_WEB_DEBRIS', 2, 'warning'],
    ]);
    expect(plan.cleanup?.map((c) => [c.kind, c.line])).toEqual([
      ['webDebris', 1],
      ['webDebris', 2],
      ['joined', 5],
      ['joined', 12],
    ]);
  });

  it('keeps the document’s every character in order: the source minus the lines listed as removed', () => {
    expect(planTextNodes(plan).join('').replace(/\s/g, '')).toBe(sourceMinusRemoved(name, plan));
    expect(plan.parts.flatMap((p) => p.items).map((i) => i.shortTitle)).toEqual(['编制改造计划', '加强资金保障']);
  });
});

describe('a notice after a news lead, its 文号 below its title and its date in Chinese numerals (notice-after-news-lead.txt)', () => {
  const name = 'notice-after-news-lead.txt';
  const plan = load(name);

  it('reads the lead as debris, the notice and its facts, and the plan’s title', () => {
    expect(plan.title).toBe('某县2024年城乡环境整治工作要点');
    expect(plan.cleanup?.filter((c) => c.kind === 'webDebris').map((c) => c.line)).toEqual([1]);
    expect(plan.notice?.title).toBe('某县人民政府办公室关于印发某县2024年城乡环境整治工作要点的通知');
    expect([plan.notice?.docNumber?.text, plan.notice?.office?.text, plan.notice?.date?.text, plan.notice?.openness?.text]).toEqual([
      '某府办字〔2024〕12号',
      '某县人民政府办公室',
      '二〇二四年二月二十日',
      '公开发布',
    ]);
  });

  it('reads 一、 as the work items of a plan numbered on one level, with their units', () => {
    expect(plan.parts.flatMap((p) => p.items).map((i) => [i.label, i.shortTitle, i.units.length])).toEqual([
      ['一、', '整治城乡垃圾', 2],
      ['二、', '治理农村污水', 2],
      ['三、', '美化村容村貌', 2],
    ]);
    expect(planTextNodes(plan).join('').replace(/\s/g, '')).toBe(sourceMinusRemoved(name, plan));
  });
});

describe('readFront', () => {
  const front = (text: string) => {
    const read = readFront(splitSourceLines(text));
    return { debris: read.debris.map((l) => l.text), notice: read.notice.length, title: read.title.map((l) => l.text) };
  };

  it('finds no notice in the seed, and takes its first line as the title', () => {
    const seed = readFileSync('seeds/000_37d43cbaf8be4606.txt', 'utf8');
    expect(front(seed)).toEqual({ debris: [], notice: 0, title: ['赣州市城市棚户区改造攻坚行动方案'] });
  });

  it('joins a title cut over two lines, but never a complete title to the preamble', () => {
    expect(front('某市城市更新\n行动方案\n\n为推进城市更新，制定本方案。').title).toEqual(['某市城市更新', '行动方案']);
    expect(front('某市城市更新行动方案\n为推进城市更新，制定本方案。').title).toEqual(['某市城市更新行动方案']);
    expect(front('某市工作要点\n加强领导\n\n一、目标').title).toEqual(['某市工作要点']);
  });

  it('takes a web page’s lines for debris, never for the title', () => {
    expect(front('当前位置：首页 > 政策\n浏览次数：12\n某市工作方案\n\n正文。')).toEqual({ debris: ['当前位置：首页 > 政策', '浏览次数：12'], notice: 0, title: ['某市工作方案'] });
  });

  it('reads no notice without its date, and reports a plan without any title line', () => {
    expect(front('关于印发某市方案的通知\n各区：\n现印发。\n某市方案\n\n一、目标').notice).toBe(0);
    const { issues } = parsePlan('一、目标\n\n做好。\n', 'x.txt');
    expect(issues.map(formatIssue)).toContain('x.txt:1:1: E_PLAN_NO_TITLE 方案缺少标题：请在第一段写明方案名称（如「某某市某某行动方案」），再写正文。');
  });
});
