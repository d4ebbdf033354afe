import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/lib/plan';
import { decodePlanText } from '../../../src/lib/plan/decode';
import { planOf } from '../../helpers/inputs';
import { formatIssue } from '../../../src/lib/errors';

/** The formatted issues of a plan text, one per line. */
const problems = (text: string) => parsePlan(text, 'x.txt').issues.map(formatIssue).join('\n');

const PLAN = '某市行动方案\n\n一、总体要求\n\n做好工作。\n';

describe('decodePlanText', () => {
  it('strips a UTF-8 BOM from bytes and from a string', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(PLAN)]);
    expect(decodePlanText(bytes, 'x.txt')).toEqual({ text: PLAN, issues: [] });
    expect(decodePlanText(`\uFEFF${PLAN}`, 'x.txt')).toEqual({ text: PLAN, issues: [] });
  });

  it('reports control characters other than tab and line ends as binary', () => {
    const { issues } = decodePlanText('某市\n方\u0007案', 'x.txt');
    expect(issues.map((i) => `${i.line}:${i.column} ${i.code} ${i.message}`)).toEqual([
      '2:2 E_PLAN_BINARY 含有控制字符 U+0007，这不是文本文件：请提供 UTF-8 编码的纯文本方案（.txt）。',
    ]);
  });

  it('locates the first byte that is not UTF-8', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('某市\n方'), 0xff, 0x41]);
    const { issues } = decodePlanText(bytes, 'x.txt');
    expect(issues.map((i) => `${i.line}:${i.column} ${i.code}`)).toEqual(['2:2 E_PLAN_ENCODING']);
  });
});

describe('parsePlan', () => {
  it('returns every issue at once, and no plan', () => {
    const text = '某市行动方案\n\n一、重点工作\n\n（一）甲。〔市住建局\n\n（三）乙。〔市财政局〕\n\n（三）丙。〔市财政局〕\n';
    const { plan, issues } = parsePlan(text, 'x.txt');
    expect(plan).toBeNull();
    expect(issues.map((i) => i.code)).toEqual(['E_ITEM_ORDER', 'E_ITEM_DUPLICATE', 'E_UNITS_UNCLOSED']);
  });

  it('reports an item before any part and a missing title', () => {
    expect(problems('（一）甲。\n\n一、重点工作\n\n做好。')).toBe(
      'x.txt:1:1: E_PLAN_NO_TITLE 方案缺少标题：请在第一段写明方案名称（如「某某市某某行动方案」），再写正文。\n' +
        'x.txt:1:1: E_ITEM_OUTSIDE_PART 「（一）」出现在第一个部分标题之前：工作事项应放在「一、」「二、」等部分标题之下。',
    );
  });

  it('quotes a long unclosed unit list in short', () => {
    const text = '某市行动方案\n\n一、重点工作\n\n（一）甲。〔市住建局、市财政局、市发改委、市自然资源局、市生态环境局、市司法局\n';
    expect(problems(text)).toBe(
      'x.txt:5:6: E_UNITS_UNCLOSED 责任单位列表「〔市住建局、市财政局、市发改委、市自然资源局、市…」没有闭合：请在列表末尾补上「〕」。',
    );
  });
});

describe('parsePlan on short forms of the genre', () => {
  it('reads an item heading that stands alone without 。 and the body after it', () => {
    const plan = planOf('某市行动方案\n\n一、重点工作\n\n（一）细化编制行动方案\n\n各地要编制方案。〔市住建局〕\n', 'x.txt');
    expect(plan.parts[0]?.items[0]).toMatchObject({
      heading: '细化编制行动方案',
      shortTitle: '细化编制行动方案',
      body: [{ text: '各地要编制方案。', line: 7 }],
      unitsText: '〔市住建局〕',
    });
  });

  it('keeps paragraphs after the attachment list as closing paragraphs and reads several entries', () => {
    const plan = planOf('某市行动方案\n\n一、重点工作\n\n做好。\n\n附件：1-1. 甲表\n1-2. 乙表\n\n某市人民政府办公室\n', 'x.txt');
    expect(plan.attachmentList?.entries).toEqual([
      { label: '1-1', title: '甲表' },
      { label: '1-2', title: '乙表' },
    ]);
    expect(plan.closing).toEqual([{ text: '某市人民政府办公室', line: 10 }]);
  });
});
