import { describe, expect, it } from 'vitest';
import { healPageBreaks, locateInParagraph, shouldJoin } from '../../../src/lib/plan/heal';
import { splitSourceLines } from '../../../src/lib/plan/lines';

const heal = (text: string) => healPageBreaks(splitSourceLines(text)).map((p) => p.text);

describe('shouldJoin', () => {
  it('joins a paragraph cut mid-word or after 、', () => {
    expect(shouldJoin('（三）加快工作。〔市城市住房服务中心、市发', '改委、市住建局〕')).toBe(true);
    expect(shouldJoin('财政部门要通过一般公共预算、', '政府性基金预算等多渠道筹集资金。')).toBe(true);
  });

  it('does not join after sentence-final punctuation or a closed bracket', () => {
    for (const end of ['。', '！', '？', '；', '：', '〕', '）', '」', '”']) expect(shouldJoin(`做好工作${end}`, '继续')).toBe(false);
  });

  it('joins a paragraph that leaves a bracket open even after 。', () => {
    expect(shouldJoin('做好工作。〔市住建局。', '市财政局〕')).toBe(true);
  });

  it('never joins a heading, nor into a structural element', () => {
    expect(shouldJoin('三、重点工作', '（一）细化编制行动方案。')).toBe(false);
    expect(shouldJoin('二、目标任务', '通过开展攻坚行动，完成任务。')).toBe(false);
    expect(shouldJoin('（一）细化编制行动方案', '各地要编制方案。')).toBe(false);
    expect(shouldJoin('做好工作，', '四、有关要求')).toBe(false);
    expect(shouldJoin('做好工作，', '（十三）加强领导。')).toBe(false);
    expect(shouldJoin('做好工作，', '附件：1. 任务表')).toBe(false);
  });

  it('joins further entries of the attachment list', () => {
    expect(shouldJoin('附件：1-1. 甲表', '1-2. 乙表')).toBe(true);
    expect(shouldJoin('附件：1-1. 甲表', '某市人民政府办公室')).toBe(false);
  });
});

describe('healPageBreaks', () => {
  it('joins 市发 | 改委 and 下 | 浮10-20BP without inventing a space', () => {
    expect(heal('甲。〔市发\n\n改委〕\n\n乙在原有基础上给予进一步下\n\n浮10-20BP 的优惠。')).toEqual(['甲。〔市发改委〕', '乙在原有基础上给予进一步下浮10-20BP 的优惠。']);
  });

  it('keeps a short unnumbered sub-heading that opens a paragraph (指导思想) apart from the text under it', () => {
    expect(heal('一、总体要求\n指导思想\n坚持以人民为中心，推进城市更新。\n基本原则\n坚持规划引领。')).toEqual([
      '一、总体要求',
      '指导思想',
      '坚持以人民为中心，推进城市更新。',
      '基本原则',
      '坚持规划引领。',
    ]);
  });

  it('keeps a space between Latin words split across lines', () => {
    expect(heal('采用PPP\n\nBOT 等方式。')).toEqual(['采用PPP BOT 等方式。']);
  });

  it('maps an index of a joined paragraph back to its source line and column', () => {
    const [paragraph] = healPageBreaks(splitSourceLines('甲。〔市发\n\n  改委、市住建局〕'));
    expect(paragraph?.text).toBe('甲。〔市发改委、市住建局〕');
    expect(paragraph && locateInParagraph(paragraph, 2)).toEqual({ line: 1, column: 3 });
    expect(paragraph && locateInParagraph(paragraph, 6)).toEqual({ line: 3, column: 4 });
  });
});
