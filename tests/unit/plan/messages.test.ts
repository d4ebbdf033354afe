import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES, MESSAGES } from '../../../src/lib/plan/messages.ts';
import { describeMessages, findInlineMessages, type Pins } from '../../helpers/messages.ts';

const PINS: Pins<typeof MESSAGES> = {
  planMissing: () => expect(MESSAGES.planMissing('seeds/plan.txt')).toMatchInlineSnapshot(`"找不到文件「seeds/plan.txt」：方案原文应放在 seeds/ 目录中。"`),
  planNul: () => expect(MESSAGES.planNul()).toMatchInlineSnapshot(`"含有空字节（NUL），这不是文本文件：请提供 UTF-8 编码的纯文本方案（.txt）。"`),
  planControl: () => {
    expect(MESSAGES.planControl(0x07)).toMatchInlineSnapshot(`"含有控制字符 U+0007，这不是文本文件：请提供 UTF-8 编码的纯文本方案（.txt）。"`);
    expect(MESSAGES.planControl(0x7f)).toMatchInlineSnapshot(`"含有控制字符 U+007F，这不是文本文件：请提供 UTF-8 编码的纯文本方案（.txt）。"`);
  },
  planEncoding: () => {
    expect(MESSAGES.planEncoding([0xca, 0xd0])).toMatchInlineSnapshot(`"含有不是 UTF-8 的字节「0xCA 0xD0」（可能是 GBK 编码）：请将文件另存为 UTF-8 编码。"`);
    expect(MESSAGES.planEncoding([0x8f])).toMatchInlineSnapshot(`"含有不是 UTF-8 的字节「0x8F」（可能是 GBK 编码）：请将文件另存为 UTF-8 编码。"`);
  },
  planCharacter: () => {
    expect(MESSAGES.planCharacter(0x200b, 'format')).toMatchInlineSnapshot(`"含有不可见的格式字符 U+200B：请删去这个字符（它常随从网页或文档复制的文字带入；可用编辑器查找 U+200B，同样的字符可能不止一处）。"`);
    expect(MESSAGES.planCharacter(0x3164, 'filler')).toMatchInlineSnapshot(`"含有不可见的填充字符 U+3164：请删去这个字符（它常随从网页或文档复制的文字带入；可用编辑器查找 U+3164，同样的字符可能不止一处）。"`);
  },
  planTooLarge: () => expect(MESSAGES.planTooLarge(2 ** 30, 20 * 2 ** 20)).toMatchInlineSnapshot(`"文件大小为 1,024.0 MB（1,073,741,824 字节），超过 20 MB 的上限：方案原文通常不足 1 MB，请确认选对了文件（UTF-8 编码的纯文本 .txt）。"`),
  planUtf16: () => expect(MESSAGES.planUtf16('LE')).toMatchInlineSnapshot(`"文件是 UTF-16 LE 编码（记事本或 Word 另存为「Unicode」文本时的编码），不是 UTF-8：请用记事本打开后「另存为」，编码选「UTF-8」。"`),
  planEmpty: () => expect(MESSAGES.planEmpty()).toMatchInlineSnapshot(`"文件为空：请提供方案全文（标题、前言和「一、」「二、」等各部分）。"`),
  planNoTitle: () => expect(MESSAGES.planNoTitle()).toMatchInlineSnapshot(`"方案缺少标题：请在第一段写明方案名称（如「某某市某某行动方案」），再写正文。"`),
  planNoTitleAfterNotice: () => expect(MESSAGES.planNoTitleAfterNotice()).toMatchInlineSnapshot(`"印发通知之后没有方案自己的标题，通知也没有写明印发的文件名称：请在通知（及「此件公开」一行）之后、正文之前单独一行写明方案标题。"`),
  titleFromNotice: () => expect(MESSAGES.titleFromNotice('某市2024年工作要点', 3)).toMatchInlineSnapshot(`"印发通知之后没有方案自己的标题，网站以通知第 3 行印发的《某市2024年工作要点》为标题（页面注明出处）：若方案另有标题，请在通知之后、正文之前单独一行写明。"`),
  planNoParts: () => expect(MESSAGES.planNoParts()).toMatchInlineSnapshot(`"未找到「一、总体要求」这样的部分标题：方案正文应分为「一、」「二、」……各部分，每个部分标题单独成段。"`),
  tableOnly: () => expect(MESSAGES.tableOnly()).toMatchInlineSnapshot(`"方案正文没有「一、」「二、」等部分，只有附件表格（如任务分解表）：网站按原文呈现印发通知和表格，不单列工作事项和责任单位页面。若正文另有部分，请检查部分标题是否单独成段。"`),
  itemOutsidePart: () => expect(MESSAGES.itemOutsidePart('（一）')).toMatchInlineSnapshot(`"「（一）」出现在第一个部分标题之前：工作事项应放在「一、」「二、」等部分标题之下。"`),
  partDuplicate: () => expect(MESSAGES.partDuplicate(3, '三、有关要求', 7)).toMatchInlineSnapshot(`"第三部分「三、有关要求」重复出现，第7行已有编号「三、」：请删除重复的部分或改正编号。"`),
  partOrder: () => {
    expect(MESSAGES.partOrder(3, '三、重点工作', '一、总体要求', 2)).toMatchInlineSnapshot(`"第三部分「三、重点工作」出现在「一、总体要求」之后，缺少「二、」：请按一、二、三、的顺序编号。"`);
    expect(MESSAGES.partOrder(2, '二、重点任务', null, 1)).toMatchInlineSnapshot(`"第二部分「二、重点任务」是第一个部分，缺少「一、」：请按一、二、三、的顺序编号。"`);
    expect(MESSAGES.partOrder(12, '十二、其他', '七、保障措施', 8)).toMatchInlineSnapshot(`"第十二部分「十二、其他」出现在「七、保障措施」之后，缺少「八、」至「十一、」：请按一、二、三、的顺序编号。"`);
    expect(MESSAGES.partOrder(2, '二、重点任务', '五、保障措施', 6)).toMatchInlineSnapshot(`"第二部分「二、重点任务」出现在「五、保障措施」之后：请按一、二、三、的顺序编号。"`);
    expect(MESSAGES.partOrder(3, '（三）保障措施', '（一）目标', 2, 'cnParen')).toMatchInlineSnapshot(`"第三部分「（三）保障措施」出现在「（一）目标」之后，缺少「（二）」：请按（一）（二）（三）的顺序编号。"`);
  },
  itemDuplicate: () => expect(MESSAGES.itemDuplicate(2, '（二）', 7)).toMatchInlineSnapshot(`"第二项「（二）」重复出现，第7行已有「（二）」：请删除重复的一项或改正编号。"`),
  itemOrder: () => {
    expect(MESSAGES.itemOrder(3, '（三）', '（一）', 2)).toMatchInlineSnapshot(`"第三项「（三）」出现在「（一）」之后，缺少「（二）」：请按（一）（二）（三）的顺序编号。"`);
    expect(MESSAGES.itemOrder(4, '（四）', null, 1)).toMatchInlineSnapshot(`"第四项「（四）」是第一项，缺少「（一）」「（二）」「（三）」：请按（一）（二）（三）的顺序编号。"`);
    expect(MESSAGES.itemOrder(21, '（二十一）', '（九）', 10)).toMatchInlineSnapshot(`"第二十一项「（二十一）」出现在「（九）」之后，缺少「（十）」至「（二十）」：请按（一）（二）（三）的顺序编号。"`);
    expect(MESSAGES.itemOrder(3, '3、', '1、', 2, 'arabic')).toMatchInlineSnapshot(`"第三项「3、」出现在「1、」之后，缺少「2.」：请按1. 2. 3.的顺序编号。"`);
    expect(MESSAGES.itemOrder(2, '(2)', null, 1, 'arabicParen')).toMatchInlineSnapshot(`"第二项「(2)」是第一项，缺少「（1）」：请按（1）（2）（3）的顺序编号。"`);
  },
  planParagraphTooLong: () =>
    expect(MESSAGES.planParagraphTooLong(2_400_000, 100_000)).toMatchInlineSnapshot(`"从这一行起的段落长达 2,400,000 个字符，超过每段 100,000 字的上限：文件可能没有换行或句号（如整篇粘贴成一行），请按原文分段后再提交。"`),
  webDebris: () => {
    expect(MESSAGES.webDebris('发布时间：2024-01-05　浏览次数：1024')).toMatchInlineSnapshot(`"「发布时间：2024-01-05 浏览次数：102…」在文件标题之前，不是文件正文（多为网页的导航、发布信息或导语），已从正文中移除并列入整理说明：若它属于文件，请检查标题是否写在第一行。"`);
  },
  headingUnread: () => {
    expect(MESSAGES.headingUnread('第一章 总则', '前言段落')).toMatchInlineSnapshot(`"「第一章 总则」看起来像标题，但未被读作部分或工作事项（现作为前言段落显示）：若它是标题，请改用「一、」「（一）」「1.」等编号并单独成段。"`);
    expect(MESSAGES.headingUnread('一 工作目标', '「一、总体要求」中的段落')).toMatchInlineSnapshot(`"「一 工作目标」看起来像标题，但未被读作部分或工作事项（现作为「一、总体要求」中的段落显示）：若它是标题，请改用「一、」「（一）」「1.」等编号并单独成段。"`);
  },
  unitsUnclosed: () => {
    expect(MESSAGES.unitsUnclosed('〔市住建局、市财政局')).toMatchInlineSnapshot(`"责任单位列表「〔市住建局、市财政局」没有闭合：请在列表末尾补上「〕」。"`);
    expect(MESSAGES.unitsUnclosed('（市住建局、市财政局、市发改委、市自然资源局、市城管局\n、市人防办')).toMatchInlineSnapshot(`"责任单位列表「（市住建局、市财政局、市发改委、市自然资源局、市…」没有闭合：请在列表末尾补上「）」。"`);
  },
  attachmentNoTable: () => expect(MESSAGES.attachmentNoTable('1', '某市任务表')).toMatchInlineSnapshot(`"附件1「某市任务表」没有表格：请在标题和单位之后补上表头和数据行（各列以制表符分隔）。"`),
  attachmentHeaderOnly: () => expect(MESSAGES.attachmentHeaderOnly('1-1')).toMatchInlineSnapshot(`"附件1-1的表格只有表头、没有数据行：请补全表格各行（每行一个地区，数值以制表符分隔）。"`),
  attachmentHeader: () => {
    expect(MESSAGES.attachmentHeader('1', '备注')).toMatchInlineSnapshot(`"附件1的表头「备注」看不出是开工还是基本建成：请在表头写明「开工」或「基本建成」。"`);
    expect(MESSAGES.attachmentHeader('1-2', '')).toMatchInlineSnapshot(`"附件1-2的表头「（空）」看不出是开工还是基本建成：请在表头写明「开工」或「基本建成」。"`);
  },
  attachmentNumber: () => {
    expect(MESSAGES.attachmentNumber('1', '甲', 2, '约3800')).toMatchInlineSnapshot(`"附件1表格「甲」第2列「约3800」不是非负整数：请填写整数，没有任务时填 0。"`);
    expect(MESSAGES.attachmentNumber('1-1', '章贡区', 4, '')).toMatchInlineSnapshot(`"附件1-1表格「章贡区」第4列「（空）」不是非负整数：请填写整数，没有任务时填 0。"`);
  },
  attachmentRowShort: () => expect(MESSAGES.attachmentRowShort('1', '甲区', 3, 4)).toMatchInlineSnapshot(`"附件1表格「甲区」一行只有3个数值，表头有4列：请补全缺少的数值。"`),
  attachmentExtraCells: () => expect(MESSAGES.attachmentExtraCells('1', '甲', 3, 1)).toMatchInlineSnapshot(`"附件1表格「甲」一行有3个数值，表头只有1列：请删去多余的数值或补全表头。"`),
};

describeMessages('plan', { CODES, MESSAGES, PINS, dir: path.join('src', 'lib', 'plan') });

describe('findInlineMessages', () => {
  it('finds Chinese in a literal, a template, a variable, a branch or a builder argument, and a literal code', () => {
    const source = [
      "issues.push(issueError(file, 1, 1, 'E_A', '文件为空'));",
      'issues.push(issueWarning(file, 1, 1, CODES.b, `「${x}」不对`));',
      "const message = `${name}有误：请改正。`;",
      'issues.push(issueError(file, 1, 1, CODES.c, message));',
      "issues.push(issueError(file, 1, 1, CODES.d, ok ? MESSAGES.d() : '另一种说法'));",
      "issues.push(issueError(file, 1, 1, CODES.e, MESSAGES.e(label, text || '（空）')));",
      'issues.push(issueError(file, 1, 1, CODES.f, MESSAGES.f(label)));',
      "const HEADER = ['版本', '日期'];",
      'issues.push(issueError(file, 1, 1, CODES.h, MESSAGES.h(HEADER, header)));',
      "issues.push(issueError(file, 1, 1, 'E_G', `plain ${ascii}`));",
    ].join('\n');
    expect(findInlineMessages(source, 'x.ts').map((f) => f.slice(0, 8))).toEqual(['x.ts:1: ', 'x.ts:2: ', 'x.ts:4: ', 'x.ts:5: ', 'x.ts:6: ', 'x.ts:10:']);
  });
});
