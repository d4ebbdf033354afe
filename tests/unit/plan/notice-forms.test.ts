/**
 * Notice forms found in real copies of plans of the genre (checked against real plans, never
 * copied from them): a notice whose title the web page kept for itself, so the copy starts at its
 * 文号 or 主送 line; a plan issued as the notice's 附件1; web metadata above and inside the
 * notice's head; half-width punctuation throughout.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan, planTextNodes, type Plan } from '../../../src/lib/plan';
import { readFront } from '../../../src/lib/plan/front';
import { splitSourceLines } from '../../../src/lib/plan/heal';

const DIR = 'tests/fixtures/plan';
const read = (name: string) => parsePlan(readFileSync(`${DIR}/${name}`), `${DIR}/${name}`);
const sourceMinusRemoved = (name: string, plan: Plan): string => {
  const removed = new Set((plan.cleanup ?? []).filter((c) => c.kind !== 'joined').map((c) => c.line));
  return readFileSync(`${DIR}/${name}`, 'utf8').split('\n').filter((_, i) => !removed.has(i + 1)).join('').replace(/\s/g, '');
};
const facts = (plan: Plan) => [plan.notice?.docNumber, plan.notice?.office, plan.notice?.date, plan.notice?.openness];

describe('a notice copied without its title, in half-width punctuation (notice-untitled-half-width.txt)', () => {
  const name = 'notice-untitled-half-width.txt';
  const { plan, issues } = read(name);

  it('reads the notice from its 文号 and 主送 line, and takes the plan’s own title, never the office', () => {
    expect(issues).toEqual([]);
    expect(plan?.title).toBe('某市2024年城镇燃气安全整治工作要点');
    expect(plan?.notice?.title).toBe('');
    expect(plan?.notice?.paragraphs.map((p) => [p.line, p.role ?? ''])).toEqual([
      [1, 'docNumber'],
      [2, ''],
      [3, ''],
      [4, 'office'],
      [5, 'date'],
      [6, 'openness'],
    ]);
    expect(plan && facts(plan)).toEqual([
      { text: '某府办发〔2024〕7号', line: 1 },
      { text: '某市人民政府办公室', line: 4 },
      { text: '2024年4月2日', line: 5 },
      { text: '主动公开', line: 6 },
    ]);
  });

  it('reads roles written after the names in half-width brackets: 牵头, 配合, 负责 and 按职责分工负责', () => {
    const items = plan?.parts.flatMap((p) => p.items) ?? [];
    expect(items.map((i) => i.units.map((u) => `${u.id}:${u.role ?? ''}`))).toEqual([
      ['市住建局:lead', '市应急局:support', '市市场监管局:support'],
      ['各县(市、区)人民政府:responsible'],
      ['市市场监管局:lead', '市住建局:responsible'],
    ]);
    expect(items[2]?.collectives).toEqual(['各有关单位']);
    expect(plan?.units.map((u) => u.id)).toEqual(['市住建局', '市应急局', '市市场监管局', '各县(市、区)人民政府']);
  });

  it('keeps every character of the document in order', () => {
    expect(plan?.cleanup).toBeUndefined();
    expect(planTextNodes(plan as Plan).join('').replace(/\s/g, '')).toBe(sourceMinusRemoved(name, plan as Plan));
  });
});

describe('a plan issued as the 附件1 of its notice (notice-plan-as-attachment.txt)', () => {
  const name = 'notice-plan-as-attachment.txt';
  const { plan, issues } = read(name);

  it('reads the notice with its attachment list, and the plan after the 附件1 label, not as an attachment table', () => {
    expect(issues).toEqual([]);
    expect(plan?.title).toBe('某市2024年民生实事责任分解');
    expect(plan?.notice?.paragraphs.at(-1)).toEqual({ text: '附件1', line: 7 });
    // The notice's attachment list keeps one entry a line, as issued: never joined into one paragraph.
    expect(plan?.notice?.paragraphs.slice(2, 4)).toEqual([
      { text: '附件:1.某市2024年民生实事责任分解', line: 3 },
      { text: '2.某市2024年民生实事项目清单', line: 4 },
    ]);
    expect((plan?.cleanup ?? []).filter((c) => c.line <= 7)).toEqual([]);
    expect(plan && facts(plan)).toEqual([null, { text: '某市人民政府办公室', line: 5 }, { text: '2024年2月20日', line: 6 }, null]);
    expect(plan?.attachments).toEqual([]);
    expect(plan?.parts.map((p) => [p.label, p.items.map((i) => i.shortTitle)])).toEqual([
      ['一、住房保障', ['筹集保障性租赁住房', '改造城镇老旧小区']],
      ['二、公共服务', ['新建社区养老服务站']],
    ]);
  });

  it('makes the first-named unit the lead when a remark says so, for the lists after it too (下同), and keeps the remark', () => {
    const items = plan?.parts.flatMap((p) => p.items) ?? [];
    expect(items.map((i) => i.units.map((u) => `${u.id}:${u.role ?? ''}`))).toEqual([
      ['市住建局:lead', '市发改委:responsible', '市财政局:responsible'],
      ['市住建局:lead', '甲区人民政府:responsible'],
      ['市民政局:lead', '市卫健委:responsible'],
    ]);
    expect(items[0]?.collectives).toEqual(['(列第一位者为牵头单位,下同)']);
  });

  it('keeps every character of the document in order', () => {
    expect(planTextNodes(plan as Plan).join('').replace(/\s/g, '')).toBe(sourceMinusRemoved(name, plan as Plan));
  });
});

describe('web metadata above and inside a notice that ends at its 公开 attribute (notice-web-metadata.txt)', () => {
  const name = 'notice-web-metadata.txt';
  const { plan, issues } = read(name);

  it('removes the metadata lines as web debris, with a warning each, also those between the notice title and 主送', () => {
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['W_PLAN_WEB_DEBRIS', 1],
      ['W_PLAN_WEB_DEBRIS', 2],
      ['W_PLAN_WEB_DEBRIS', 4],
      ['W_PLAN_WEB_DEBRIS', 5],
    ]);
    expect(plan?.cleanup?.map((c) => [c.kind, c.line])).toEqual([
      ['webDebris', 1],
      ['webDebris', 2],
      ['webDebris', 4],
      ['webDebris', 5],
      ['joined', 10],
    ]);
  });

  it('reads the notice title, and a notice without office or date up to its 公开 attribute', () => {
    expect(plan?.notice?.title).toBe('某县人民政府办公室关于印发某县农村生活污水治理三年行动方案(2024—2026年)的通知');
    expect(plan && facts(plan)).toEqual([null, null, null, { text: '公开发布', line: 8 }]);
    expect(plan?.title).toBe('某县农村生活污水治理三年行动方案(2024—2026年)');
    expect(plan?.units.map((u) => u.id)).toEqual(['县生态环境局', '县住建局', '县财政局', '各乡(镇)人民政府']);
  });

  it('keeps every character of the document in order', () => {
    expect(planTextNodes(plan as Plan).join('').replace(/\s/g, '')).toBe(sourceMinusRemoved(name, plan as Plan));
  });
});

describe('readFront on the heads of real notices', () => {
  const front = (text: string) => {
    const r = readFront(splitSourceLines(text));
    return { debris: r.debris.map((l) => l.text), notice: r.notice.map((l) => l.text), title: r.title.map((l) => l.text) };
  };

  it('starts a notice title at its 关于 line, never at web metadata above it', () => {
    const read = front('组配分类 文件 发布机构 某办\n某市人民政府办公室关于印发某市方案的通知\n各区人民政府:\n现印发给你们。\n某市人民政府办公室\n2024年1月2日\n某市方案\n一、目标');
    expect(read.debris).toEqual(['组配分类 文件 发布机构 某办']);
    expect(read.notice[0]).toBe('某市人民政府办公室关于印发某市方案的通知');
    expect(read.title).toEqual(['某市方案']);
  });

  it('takes no 文号, 公开 attribute or sentence for the plan’s title', () => {
    expect(front('某府〔2021〕5號\n某市某某工作的實施意見\n一、目標').title).toEqual(['某市某某工作的實施意見']);
    expect(front('某府办发〔2024〕1号\n各区人民政府:\n现将《某市方案》印发给你们。\n某市人民政府\n2024年1月2日\n为推进工作,制定本方案。\n一、目标').title).toEqual([]);
  });

  it('reads no notice from a 主送 line without the sentence that issues the plan', () => {
    expect(front('某市方案\n各区人民政府:\n请做好工作。\n某市人民政府\n2024年1月2日').notice).toEqual([]);
  });
});

describe('a notice whose plan repeats no title of its own', () => {
  it('is an error that names the document the notice issues, at the first line after the notice', () => {
    const text = '某府办发〔2024〕1号\n各区人民政府:\n《某市2024年工作要点》已经市政府同意,现印发给你们。\n某市人民政府办公室\n2024年1月2日\n2024年是关键之年,要做好各项工作。\n一、目标\n(一)做好工作。(市住建局负责)\n';
    const { plan, issues } = parsePlan(text, 'x.txt');
    expect(plan).toBeNull();
    expect(issues.map((i) => [i.code, i.line, i.message])).toEqual([
      ['E_PLAN_NO_TITLE', 6, '印发通知之后没有方案自己的标题：请在通知（及「此件公开」一行）之后、正文之前单独一行写明方案标题（通知印发的是《某市2024年工作要点》）。'],
    ]);
  });
});
