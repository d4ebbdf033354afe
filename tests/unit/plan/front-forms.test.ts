/**
 * Front forms found in real copies of plans of the genre, in made-up words (checked against real
 * plans, never copied from them): notices that number points of their own, whose titles are not
 * written 关于印发…的通知, in traditional script, with a contact line, a date in ○, web metadata in
 * pipe tables and page stamps, a page title standing above the notice's own; a 文号 with a space, or
 * below the title; a notice title alone above the plan's text; unnumbered sub-headings.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan, planTextNodes, type Plan } from '../../../src/lib/plan';

const read = (text: string) => {
  const { plan, issues } = parsePlan(text, 'x.txt');
  return { plan: plan as Plan, codes: issues.map((i) => `${i.line}:${i.code}`) };
};
const facts = (plan: Plan) => [plan.notice?.docNumber?.text, plan.notice?.office?.text, plan.notice?.date?.text, plan.notice?.openness?.text];
const units = (plan: Plan) => plan.parts.flatMap((p) => p.items).map((i) => i.units.map((u) => `${u.id}:${u.role ?? ''}`));
/** Nothing lost or reordered: the text equals the source minus the lines the 整理说明 lists as removed. */
const keepsText = (text: string, plan: Plan) => {
  const removed = new Set((plan.cleanup ?? []).filter((c) => c.kind !== 'joined').map((c) => c.line));
  const source = text.split('\n').filter((_, i) => !removed.has(i + 1)).join('').replace(/\s/g, '');
  expect(planTextNodes(plan).join('').replace(/\s/g, '')).toBe(source);
};

describe('notices as real copies deliver them', () => {
  it('reads a notice that numbers points of its own after the sentence that issues the plan', () => {
    const text = '某县人民政府办公室关于印发《某县2025年城镇建设工作要点》的通知\n某政办发〔2025〕3号\n各乡镇人民政府，县直各单位：\n《某县2025年城镇建设工作要点》已经县政府同意，现印发给你们，并提出以下要求。\n一、提高认识。各单位要把城镇建设列入重要议程。\n二、强化督查。县政府督查室要按季度通报进展。\n某县人民政府办公室\n2025年3月1日\n某县2025年城镇建设工作要点\n一、重点任务\n（一）改造老旧小区20个。（县住建局牵头，各乡镇人民政府配合）\n';
    const { plan, codes } = read(text);
    expect(codes).toEqual([]);
    expect(plan.title).toBe('某县2025年城镇建设工作要点');
    expect(plan.notice?.paragraphs.map((p) => p.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(facts(plan)).toEqual(['某政办发〔2025〕3号', '某县人民政府办公室', '2025年3月1日', undefined]);
    expect(plan.parts.map((p) => p.label)).toEqual(['一、重点任务']);
    keepsText(text, plan);
  });

  it('reads notice titles written 印发关于…的通知, and in traditional script', () => {
    const yinfa = read('某市政府办公厅印发关于推进街巷整治实施方案的通知\n某政办函〔2022〕8号\n各区人民政府，各委、局：\n经市政府同意，现将《关于推进街巷整治的实施方案》印发给你们，请照此执行。\n某市人民政府办公厅\n2022年5月6日\n关于推进街巷整治的实施方案\n一、主要任务\n（一）整治街巷30条。（市城管委牵头，各区人民政府负责）\n');
    expect([yinfa.plan.title, yinfa.plan.notice?.title]).toEqual(['关于推进街巷整治的实施方案', '某市政府办公厅印发关于推进街巷整治实施方案的通知']);
    const traditional = read('某市人民政府關於印發某市2023年便民實事實施方案的通知\n某政發〔2023〕2號\n各區人民政府，市各委辦局：\n現將《某市2023年便民實事實施方案》印發給你們，請認真組織實施。\n某市人民政府\n2023年2月1日\n（此件公開發布）\n某市2023年便民實事實施方案\n一、重點任務\n（一）新建口袋公園10個。（市園林局負責）\n');
    expect(traditional.codes).toEqual([]);
    expect(traditional.plan.title).toBe('某市2023年便民實事實施方案');
    expect(facts(traditional.plan)).toEqual(['某政發〔2023〕2號', '某市人民政府', '2023年2月1日', '公開發布']);
    expect(units(traditional.plan)).toEqual([['市園林局:responsible']]);
  });

  it('takes a contact line between the date and the 公开 attribute into the notice', () => {
    const { plan, codes } = read('某区人民政府办公室关于印发2025年某区政务公开工作要点的通知\n某政办发〔2025〕5号\n各街道办事处，区政府各部门：\n《2025年某区政务公开工作要点》已经区政府同意，现印发给你们，请认真贯彻落实。\n某区人民政府办公室\n2025年4月2日\n（联系电话：区政府办公室，0000-0000000）\n（此件公开发布）\n2025年某区政务公开工作要点\n一、深化主动公开\n（一）做好政策文件公开。（区政府办公室牵头，区直各部门配合）\n');
    expect(codes).toEqual([]);
    expect(plan.title).toBe('2025年某区政务公开工作要点');
    expect(facts(plan)).toEqual(['某政办发〔2025〕5号', '某区人民政府办公室', '2025年4月2日', '公开发布']);
  });

  it('reads a 文号 written with a space before its bracket, and a date written in ○', () => {
    const spaced = read('某政办字 〔2023〕4号\n各县区人民政府，市政府各部门：\n现将《某市保障性住房建设分工方案》印发给你们，请认真贯彻实施。\n某市人民政府办公室\n2023年1月9日\n某市保障性住房建设分工方案\n一、重点任务\n1.建设保障性租赁住房500套。（牵头单位：市住建局；配合单位：市财政局）\n');
    expect([spaced.plan.title, spaced.plan.notice?.docNumber?.text]).toEqual(['某市保障性住房建设分工方案', '某政办字 〔2023〕4号']);
    expect(units(spaced.plan)).toEqual([['市住建局:lead', '市财政局:support']]);
    const circled = read('某市人民政府办公厅关于印发2006年重点工作分工的通知\n某府办〔2006〕19号\n各区人民政府，市政府各部门：\n现将《2006年重点工作分工》印发给你们，请抓好落实。\n某市人民政府办公厅\n二○○六年四月二十八日\n2006年重点工作分工\n一、推进产业发展\n（一）建设汽车产业基地。（牵头单位：市经贸委；配合单位：市发改委）\n');
    expect([circled.plan.title, circled.plan.notice?.date?.text]).toEqual(['2006年重点工作分工', '二○○六年四月二十八日']);
  });

  it('ends a notice whose date cannot be read above the title it issues', () => {
    const { plan } = read('某市人民政府办公室关于印发某市街区更新方案的通知\n各区人民政府：\n现将《某市街区更新方案》印发给你们，请认真执行。\n某市人民政府办公室\n2019116\n某市街区更新方案\n一、主要任务\n（一）更新街区5个。（市住建局负责）\n');
    expect(plan.title).toBe('某市街区更新方案');
    expect(plan.notice?.paragraphs.map((p) => p.text)).toEqual(['各区人民政府：', '现将《某市街区更新方案》印发给你们，请认真执行。', '某市人民政府办公室2019116']);
  });

  it('joins the title the notice names where a copy wraps it over a blank line, and ends the notice above it', () => {
    const text = '某市人民政府办公厅关于印发进一步落实街区更新若干措施的通知\n\n某府办〔2019〕10号\n\n各区人民政府：\n\n《某市进一步落实街区更新的若干措施》已经市政府同意，现印发给你们。\n\n某市人民政府办公厅\n\n2019116\n\n某市进一步落实\n\n街区更新的若干措施\n\n为推进街区更新，制定以下措施\n\n一、主要任务\n\n（一）更新街区5个。（市住建局负责）\n';
    const { plan } = read(text);
    expect(plan.title).toBe('某市进一步落实街区更新的若干措施');
    expect(plan.preamble.map((p) => p.text)).toEqual(['为推进街区更新，制定以下措施']);
    keepsText(text, plan);
  });

  it('removes web metadata (pipe tables, 发布部门, page stamps, spaced labels) and a page title that the notice’s own title repeats', () => {
    const pipes = read('文號 | 某政發〔2023〕5號 |\n---|---|\n制發機關 | 某市人民政府 |\n成文日期 | 2023-03-14 |\n某市街巷更新實施方案\n一、重點任務\n（一）改造老舊街巷10條。（市住建局負責）\n');
    expect([pipes.plan.title, pipes.codes]).toEqual(['某市街巷更新實施方案', ['1:W_PLAN_WEB_DEBRIS', '2:W_PLAN_WEB_DEBRIS', '3:W_PLAN_WEB_DEBRIS', '4:W_PLAN_WEB_DEBRIS']]);
    const stamp = read('某市人民政府办公室关于印发某市街区更新行动方案的通知\n2021-11-08   15时03分 浏览次数:\n发布部门:某市人民政府办公室\n分   类 政务公开 有 效 性 有效\n各县（市、区）人民政府，市直有关部门：\n《某市街区更新行动方案》经市政府同意，现印发给你们，请认真抓好落实。\n某市人民政府办公室\n2021年11月3日\n（此件主动公开）\n某市街区更新行动方案\n一、重点任务\n（一）更新街区50个。（市住建局负责）\n');
    expect([stamp.plan.title, stamp.codes]).toEqual(['某市街区更新行动方案', ['2:W_PLAN_WEB_DEBRIS', '3:W_PLAN_WEB_DEBRIS', '4:W_PLAN_WEB_DEBRIS']]);
    expect(facts(stamp.plan)).toEqual([undefined, '某市人民政府办公室', '2021年11月3日', '主动公开']);
    const repeated = read('某区人民政府办公室关于印发2025年某区政务公开工作要点的通知\n000000000000000000-A/2025-0000001\n综合政务\n某政办发〔2025〕3号\n区政府办公室\n2025-06-30\n有效\n某区人民政府办公室\n关于印发2025年某区政务公开工作要点的通知\n某政办发〔2025〕3号\n各街道办事处，区政府各部门：\n《2025年某区政务公开工作要点》已经区政府同意，现印发给你们，请认真抓好贯彻落实。\n某区人民政府办公室\n2025年6月30日\n2025年某区政务公开工作要点\n一、深化主动公开\n（一）做好政策文件公开。（区政府办公室负责）\n');
    expect(repeated.codes).toEqual([1, 2, 3, 4, 5, 6, 7].map((l) => `${l}:W_PLAN_WEB_DEBRIS`));
    expect([repeated.plan.title, repeated.plan.notice?.titleLines]).toEqual(['2025年某区政务公开工作要点', [8, 9]]);
    expect(facts(repeated.plan)).toEqual(['某政办发〔2025〕3号', '某区人民政府办公室', '2025年6月30日', undefined]);
  });

  it('reads a notice title standing alone above the plan’s text as the notice’s, and titles the plan by what it issues', () => {
    const text = '某市关于印发优化营商服务行动方案的通知\n为优化营商服务，结合我市实际，制定本方案。\n一、开展审批提速行动\n（一）精简审批事项。削减审批事项。（责任单位：市行政审批局、市住建局）\n';
    const { plan, codes } = read(text);
    expect([plan.title, plan.titleFromNotice, plan.notice?.title, codes]).toEqual(['优化营商服务行动方案', 1, '某市关于印发优化营商服务行动方案的通知', ['1:W_PLAN_TITLE_FROM_NOTICE']]);
    expect(plan.preamble.map((p) => p.line)).toEqual([2]);
    keepsText(text, plan);
  });
});

describe('documents issued without a notice, and their parts', () => {
  it('reads a 文号 printed below a wrapped title as the document’s own', () => {
    const { plan, codes } = read('某市人民政府关于\n加快城中村改造的实施意见\n某政发〔2025〕9号\n各区人民政府，市政府各部门：\n为加快城中村改造，提出如下意见。\n一、主要任务\n（一）完成城中村改造5个。（牵头单位：市住建局；责任单位：各区人民政府）\n');
    expect(codes).toEqual([]);
    expect([plan.title, plan.issued?.docNumber]).toEqual(['某市人民政府关于加快城中村改造的实施意见', { text: '某政发〔2025〕9号', line: 3 }]);
    expect(plan.preamble.map((p) => p.line)).toEqual([4, 5]);
  });

  it('makes the first unit the lead where the remark says 第一责任单位为牵头单位, for the lists after it too', () => {
    const { plan } = read('某市棚户区改造行动方案\n一、重点任务\n（一）开工改造棚户区1000户。\n责任单位：市住建局、市财政局（第一责任单位为牵头单位，下同）\n时限要求：2025年底前\n（二）完善配套设施。\n责任单位：市发改委、市自然资源局\n');
    expect(units(plan)).toEqual([['市住建局:lead', '市财政局:responsible'], ['市发改委:lead', '市自然资源局:responsible']]);
  });

  it('keeps unnumbered sub-headings (指导思想) apart from the paragraph under them, and says they were not read as headings', () => {
    const text = '某市城市更新行动实施方案\n\n一、总体要求\n\n指导思想\n\n坚持以人民为中心，推进城市更新。\n\n基本原则\n\n坚持规划引领，统筹推进。\n\n二、重点任务\n\n（一）改造老旧小区30个。（市住建局负责）\n';
    const { plan, codes } = read(text);
    expect(plan.parts[0]?.paragraphs.map((p) => p.text)).toEqual(['指导思想', '坚持以人民为中心，推进城市更新。', '基本原则', '坚持规划引领，统筹推进。']);
    expect(codes).toEqual(['5:W_PLAN_HEADING_UNREAD', '9:W_PLAN_HEADING_UNREAD']);
    keepsText(text, plan);
  });
});

describe('a document that is only its table: a 任务分解表 issued by its notice (table-only-breakdown.txt)', () => {
  const file = 'tests/fixtures/plan/table-only-breakdown.txt';
  const text = readFileSync(file, 'utf8');
  const { plan, codes } = read(text);

  it('reads the notice, then the table as the attachment it is, with a warning instead of an error for the missing parts', () => {
    expect(codes).toEqual(['4:W_PLAN_TITLE_FROM_NOTICE', '0:W_PLAN_TABLE_ONLY']);
    expect(plan.title).toBe('2025年县政府重点工作任务分解表');
    expect(facts(plan)).toEqual(['某政办发〔2025〕2号', '某县人民政府办公室', '2025年1月20日', '主动公开']);
    expect(plan.parts).toEqual([]);
    expect(plan.attachments?.map((a) => [a.kind, a.title, a.rows.map((r) => [r.serial ?? '', r.name, ...(r.cells ?? [])].join('|'))])).toEqual([
      [
        'text',
        '2025年县政府重点工作任务分解表',
        ['|1|改造城镇老旧小区12个|县住建局|各乡镇人民政府|2025年底前', '|2|新建口袋公园3个|县城管局|县财政局|2025年10月底前', '|3|完成农村公路提质改造30公里|县交通运输局|县财政局、各乡镇人民政府|2025年11月底前'],
      ],
    ]);
    keepsText(text, plan);
  });

  it('still fails a document with neither parts nor a table', () => {
    expect(parsePlan('某市方案\n为做好工作，制定本方案。\n各地要加强领导。\n', 'x.txt').issues.map((i) => i.code)).toEqual(['E_PLAN_NO_PARTS']);
  });
});
