/**
 * Notice forms found in real copies of plans of the genre (checked against real plans, never
 * copied from them): a notice whose title the web page kept for itself, so the copy starts at its
 * 文号 or 主送 line; a plan issued as the notice's 附件1; web metadata above and inside the
 * notice's head; half-width punctuation throughout; a plan that repeats no title after its notice;
 * an 实施意见 issued without a notice, with its 文号 above the title and its signature at the end.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan, planTextNodes, type Plan } from '../../../src/lib/plan';
import { readFront } from '../../../src/lib/plan/front';
import { splitSourceLines } from '../../../src/lib/plan/lines';
import { readSignature } from '../../../src/lib/plan/signature';

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
  it('titles the plan by the name the notice issues it under, with a warning at that line', () => {
    const text = '某府办发〔2024〕1号\n各区人民政府:\n《某市2024年工作要点》已经市政府同意,现印发给你们。\n某市人民政府办公室\n2024年1月2日\n2024年是关键之年,要做好各项工作。\n一、目标\n(一)做好工作。(市住建局负责)\n';
    const { plan, issues } = parsePlan(text, 'x.txt');
    expect(plan?.title).toBe('某市2024年工作要点');
    expect(plan?.titleFromNotice).toBe(3);
    expect(plan?.preamble.map((p) => p.text)).toEqual(['2024年是关键之年,要做好各项工作。']);
    expect(issues.map((i) => [i.code, i.line])).toEqual([['W_PLAN_TITLE_FROM_NOTICE', 3]]);
  });

  it('prefers the sentence that issues the document to a quoted notice title, and never joins a repeated 文号 to the 主送 line', () => {
    const text = '某府办发〔2024〕1号《某市人民政府办公室关于印发〈某市2024年工作要点〉的通知》\n《某市人民政府办公室关于印发〈某市2024年工作要点〉的通知》\n某府办发〔2024〕1号\n某府办发〔2024〕1号\n各区人民政府:\n《某市2024年工作要点》已经市政府同意,现印发给你们。\n某市人民政府办公室\n2024年1月2日\n2024年是关键之年,要做好各项工作。\n一、目标\n(一)做好工作。(市住建局负责)\n';
    const { plan, issues } = parsePlan(text, 'x.txt');
    expect([plan?.title, plan?.titleFromNotice]).toEqual(['某市2024年工作要点', 6]);
    expect(issues.map((i) => [i.code, i.line])).toEqual([['W_PLAN_TITLE_FROM_NOTICE', 6]]);
    expect(plan?.notice?.paragraphs.slice(0, 4).map((p) => [p.line, p.role ?? ''])).toEqual([[2, ''], [3, 'docNumber'], [4, ''], [5, '']]);
    expect(plan?.cleanup).toBeUndefined();
  });

  it('is an error at the first line after the notice when the notice names no document', () => {
    const text = '某府办发〔2024〕1号\n各区人民政府:\n现将工作要点印发给你们,请认真贯彻执行。\n某市人民政府办公室\n2024年1月2日\n2024年是关键之年,要做好各项工作。\n一、目标\n(一)做好工作。(市住建局负责)\n';
    const { plan, issues } = parsePlan(text, 'x.txt');
    expect(plan).toBeNull();
    expect(issues.map((i) => [i.code, i.line])).toEqual([['E_PLAN_NO_TITLE', 6]]);
  });
});

describe('a copy whose page title quotes the notice, and whose plan repeats no title (notice-names-untitled-plan.txt)', () => {
  const name = 'notice-names-untitled-plan.txt';
  const { plan, issues } = read(name);

  it('takes the title from the document the notice issues, and keeps the 《》 title as the notice’s', () => {
    expect(issues.map((i) => [i.code, i.line])).toEqual([['W_PLAN_TITLE_FROM_NOTICE', 4]]);
    expect(plan?.title).toBe('某市2024年城市管理工作要点');
    expect(plan?.titleFromNotice).toBe(4);
    expect(plan?.notice?.title).toBe('《某市人民政府办公室关于印发〈某市2024年城市管理工作要点〉的通知》');
    expect(plan && facts(plan)).toEqual([
      { text: '某府办发〔2024〕9号', line: 2 },
      { text: '某市人民政府办公室', line: 5 },
      { text: '2024年3月5日', line: 6 },
      null,
    ]);
    expect(plan?.preamble.map((p) => p.line)).toEqual([7]);
    expect(plan?.parts.flatMap((p) => p.items).map((i) => i.units.map((u) => `${u.id}:${u.role ?? ''}`))).toEqual([
      ['市城管局:responsible'],
      ['市城管局:responsible', '市市场监管局:responsible'],
      ['市住建局:lead', '各县（市、区）人民政府:responsible'],
    ]);
  });

  it('keeps every character of the document in order, and adds no title line to the text', () => {
    expect(planTextNodes(plan as Plan).join('').replace(/\s/g, '')).toBe(sourceMinusRemoved(name, plan as Plan));
  });
});

describe('an 实施意见 issued without a notice, signed at its end (direct-issue-signed.txt)', () => {
  const name = 'direct-issue-signed.txt';
  const { plan, issues } = read(name);

  it('reads the 文号 above the title as the document’s own, never as web debris', () => {
    expect(issues).toEqual([]);
    expect(plan?.title).toBe('某市人民政府关于推进城镇老旧街区更新改造的实施意见');
    expect(plan?.notice).toBeUndefined();
    expect(plan?.issued?.docNumber).toEqual({ text: '某府发〔2025〕3号', line: 1 });
    expect(plan?.cleanup).toBeUndefined();
    expect(plan?.preamble.map((p) => p.line)).toEqual([3, 4]);
  });

  it('reads the signature after the attachment list line by line, never joined to the text or read as a heading', () => {
    expect(plan?.issued?.signature).toEqual([
      { text: '某市人民政府', line: 15, role: 'office' },
      { text: '2025年2月18日', line: 16, role: 'date' },
      { text: '（此件主动公开）', line: 17, role: 'openness' },
    ]);
    expect([plan?.issued?.office, plan?.issued?.date, plan?.issued?.openness]).toEqual([
      { text: '某市人民政府', line: 15 },
      { text: '2025年2月18日', line: 16 },
      { text: '主动公开', line: 17 },
    ]);
    expect(plan?.attachmentList?.line).toBe(14);
    expect(plan?.closing).toEqual([]);
    expect(plan?.parts.at(-1)?.paragraphs.map((p) => p.line)).toEqual([13]);
  });

  it('splits units joined by 及 / 和 / 以及, keeps 市自然资源和规划局 and 党委和政府 whole, reads a role in brackets and a bare deadline', () => {
    const items = plan?.parts.flatMap((p) => p.items) ?? [];
    expect(items.map((i) => i.units.map((u) => `${u.id}:${u.role ?? ''}`))).toEqual([
      ['市住建局:lead', '市城管局:support', '各县（市、区）人民政府:support'],
      ['市民政局:responsible', '市商务局:responsible', '市自然资源和规划局:responsible'],
      ['市文广新旅局:responsible', '市住建局:responsible'],
      ['市住建局:lead', '市民政局:', '各县（市、区）党委和政府:'],
    ]);
    expect(items.map((i) => i.deadline ?? null)).toEqual([null, null, '2026年6月底前', '2025年底前完成']);
  });

  it('shows the project list as a text table, and keeps every character in order', () => {
    expect(plan?.attachments?.map((a) => [a.kind, a.title, a.rows.length])).toEqual([['text', '某市城镇老旧街区更新改造项目清单', 3]]);
    expect(planTextNodes(plan as Plan).join('').replace(/\s/g, '')).toBe(sourceMinusRemoved(name, plan as Plan));
  });
});

describe('readSignature', () => {
  const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1, column: 1 }));
  it('takes office lines (a joint signature too), the date and the 公开 attribute from the end', () => {
    const read = readSignature(lines('正文。\n中共某市委办公室\n某市人民政府办公室\n2024年1月2日\n(此件公开发布)'));
    expect([read.body.length, read.office.map((l) => l.text), read.date?.text, read.openness?.text]).toEqual([1, ['中共某市委办公室', '某市人民政府办公室'], '2024年1月2日', '(此件公开发布)']);
  });

  it('takes a 公开 attribute alone, and no office without a date', () => {
    expect(readSignature(lines('正文。\n(此件主动公开)')).openness?.line).toBe(2);
    const unsigned = readSignature(lines('一、目标\n做好工作。\n某市人民政府'));
    expect([unsigned.body.length, unsigned.office, unsigned.date, unsigned.openness]).toEqual([3, [], null, null]);
  });

  it('never takes a heading or a sentence for the office', () => {
    const read = readSignature(lines('一、保障措施\n加强领导，落实责任。\n2024年1月2日'));
    expect([read.body.length, read.office]).toEqual([2, []]);
  });
});

describe('a page title and metadata above the notice, which numbers points of its own and gives a contact line (notice-points-contact.txt)', () => {
  const name = 'notice-points-contact.txt';
  const { plan, issues } = read(name);

  it('removes the page title and metadata as web debris, and reads the notice from its own title to its 公开 attribute', () => {
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['W_PLAN_WEB_DEBRIS', 1],
      ['W_PLAN_WEB_DEBRIS', 2],
      ['W_PLAN_WEB_DEBRIS', 3],
      ['W_PLAN_WEB_DEBRIS', 4],
      ['W_PLAN_HEADING_UNREAD', 22],
    ]);
    expect(plan?.title).toBe('某县2025年城镇燃气安全工作要点');
    expect(plan?.notice?.titleLines).toEqual([5, 6]);
    expect(plan?.notice?.paragraphs.map((p) => [p.line, p.role ?? ''])).toEqual([
      [7, 'docNumber'],
      [8, ''],
      [9, ''],
      [10, ''],
      [11, ''],
      [12, 'office'],
      [13, 'date'],
      [14, ''],
      [15, 'openness'],
    ]);
    expect(plan && facts(plan)).toEqual([
      { text: '某政办发〔2025〕4号', line: 7 },
      { text: '某县人民政府办公室', line: 12 },
      { text: '2025年2月20日', line: 13 },
      { text: '主动公开', line: 15 },
    ]);
  });

  it('reads the plan’s parts after the notice’s own points, with units, roles and a bare deadline', () => {
    expect(plan?.parts.map((p) => p.label)).toEqual(['一、排查整治隐患', '二、健全长效机制']);
    expect(plan?.parts.flatMap((p) => p.items).map((i) => [i.units.map((u) => `${u.id}:${u.role ?? ''}`), i.deadline ?? null])).toEqual([
      [['县城管局:lead', '各乡镇人民政府:support'], '2025年6月底前完成'],
      [['县住建局:responsible', '县燃气公司:responsible'], null],
      [['县城管局:lead', '县市场监管局:support'], null],
    ]);
  });

  it('keeps every character of the document in order', () => {
    expect(planTextNodes(plan as Plan).join('').replace(/\s/g, '')).toBe(sourceMinusRemoved(name, plan as Plan));
  });
});
