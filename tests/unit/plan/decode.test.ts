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

describe('decodePlanText applies the one text policy', () => {
  const at = (text: string | Uint8Array) => decodePlanText(text, 'x.txt').issues.map((i) => `${i.line}:${i.column} ${i.code} ${i.message}`);
  const FIX = (cp: string) => `：请删去这个字符（它常随从网页或文档复制的文字带入；可用编辑器查找 ${cp}，同样的字符可能不止一处）。`;

  it('decodePlanText refuses a zero-width space inside the plan, at its line and column', () => {
    expect(at(`${PLAN}\n（一）做好\u200B工作。\n`)).toEqual([`7:6 E_PLAN_CHARACTER 含有不可见的格式字符 U+200B${FIX('U+200B')}`]);
  });

  it('decodePlanText refuses bidi controls, soft hyphens, fillers, private-use characters and a BOM inside the text', () => {
    expect(at('某市\n方\u202E案')).toEqual([`2:2 E_PLAN_CHARACTER 含有不可见的格式字符 U+202E${FIX('U+202E')}`]);
    expect(at('某市\n棚\u00AD改')).toEqual([`2:2 E_PLAN_CHARACTER 含有不可见的格式字符 U+00AD${FIX('U+00AD')}`]);
    expect(at('某市\u3164行动方案')).toEqual([`1:3 E_PLAN_CHARACTER 含有不可见的填充字符 U+3164${FIX('U+3164')}`]);
    expect(at('某市\uE000')).toEqual([`1:3 E_PLAN_CHARACTER 含有私用区字符（各电脑显示不一） U+E000${FIX('U+E000')}`]);
    expect(at(`${PLAN}\uFEFF`)).toEqual([`6:1 E_PLAN_CHARACTER 含有不可见的格式字符 U+FEFF${FIX('U+FEFF')}`]);
  });

  it('decodePlanText refuses a C1 control character as binary, and keeps tab, form feed and CR', () => {
    expect(at('某市\r\n方\u0085案')).toEqual(['2:2 E_PLAN_BINARY 含有控制字符 U+0085，这不是文本文件：请提供 UTF-8 编码的纯文本方案（.txt）。']);
    expect(at('某市\t行动方案\f\r\n')).toEqual([]);
  });

  it('decodePlanText locates an encoded surrogate or overlong sequence on its own line, not at the end of the file', () => {
    const utf8 = (text: string) => [...new TextEncoder().encode(text)];
    const bytes = new Uint8Array([...utf8('某市\n方案\n甲'), 0xed, 0xa0, 0x80, ...utf8('\n乙\n丙\n')]);
    expect(at(bytes)).toEqual(['3:2 E_PLAN_ENCODING 含有不是 UTF-8 的字节「0xED 0xA0」（可能是 GBK 编码）：请将文件另存为 UTF-8 编码。']);
    expect(at(new Uint8Array([...utf8('某市\n'), 0xe0, 0x80, 0x80, ...utf8('\n乙\n')]))[0]?.slice(0, 20)).toBe('2:1 E_PLAN_ENCODING ');
  });

  it('decodePlanText says a UTF-16 file (Notepad’s 「Unicode」) is UTF-16 and how to save it, not that it is binary', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('某市行动方案\n一、目标\n', 'utf16le')]);
    expect(at(le)).toEqual(['0:0 E_PLAN_ENCODING 文件是 UTF-16 LE 编码（记事本或 Word 另存为「Unicode」文本时的编码），不是 UTF-8：请用记事本打开后「另存为」，编码选「UTF-8」。']);
    const be = Buffer.from(le.swap16());
    expect(at(be)[0]).toMatch(/^0:0 E_PLAN_ENCODING 文件是 UTF-16 BE 编码/);
  });

  it('decodePlanText refuses more than 20 MB at line 0, naming the size and the limit', () => {
    expect(at(new Uint8Array(20 * 2 ** 20 + 1).fill(0x61))).toEqual([
      '0:0 E_PLAN_TOO_LARGE 文件大小为 20.0 MB（20,971,521 字节），超过 20 MB 的上限：方案原文通常不足 1 MB，请确认选对了文件（UTF-8 编码的纯文本 .txt）。',
    ]);
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
