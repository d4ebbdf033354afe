/**
 * Every Chinese message of the plan parser, in one place: each says what is wrong, quotes the bad
 * text in 「」 (shortened by {@link quote}) and says how to fix it. Codes are stable; wording is
 * pinned by tests (tests/unit/plan/messages.test.ts).
 */
import { nameAttachment } from './label';
import { formatNumberLabel, type NumberingSystem } from './numbering';
import { formatChineseNumeral as numeral } from './numerals';
import { quote } from './quote';
import { FORBIDDEN_KIND_WORDS, formatCodePoint, formatFileSize, type ForbiddenKind } from '../text';

const NOT_TEXT = '这不是文本文件：请提供 UTF-8 编码的纯文本方案（.txt）。';
/** `请按一、二、三、的顺序编号。`, `请按1. 2. 3.的顺序编号。` … for the system the plan uses. */
const orderHint = (system: NumberingSystem) =>
  `请按${[1, 2, 3].map((n) => formatNumberLabel(system, n)).join(system === 'arabic' ? ' ' : '')}的顺序编号。`;
/** What an empty table cell or header reads as in a message. */
const EMPTY = '（空）';

/** Error codes of the plan text, stable across releases. */
export const CODES = {
  planMissing: 'E_PLAN_MISSING',
  planBinary: 'E_PLAN_BINARY',
  planEncoding: 'E_PLAN_ENCODING',
  planCharacter: 'E_PLAN_CHARACTER',
  planTooLarge: 'E_PLAN_TOO_LARGE',
  planEmpty: 'E_PLAN_EMPTY',
  planNoTitle: 'E_PLAN_NO_TITLE',
  planNoParts: 'E_PLAN_NO_PARTS',
  tableOnly: 'W_PLAN_TABLE_ONLY',
  planParagraphTooLong: 'E_PLAN_PARAGRAPH_TOO_LONG',
  headingUnread: 'W_PLAN_HEADING_UNREAD',
  webDebris: 'W_PLAN_WEB_DEBRIS',
  titleFromNotice: 'W_PLAN_TITLE_FROM_NOTICE',
  itemOutsidePart: 'E_ITEM_OUTSIDE_PART',
  partDuplicate: 'E_PART_DUPLICATE',
  partOrder: 'E_PART_ORDER',
  itemDuplicate: 'E_ITEM_DUPLICATE',
  itemOrder: 'E_ITEM_ORDER',
  unitsUnclosed: 'E_UNITS_UNCLOSED',
  attachmentTruncated: 'E_ATTACHMENT_TRUNCATED',
  attachmentHeader: 'E_ATTACHMENT_HEADER',
  attachmentNumber: 'E_ATTACHMENT_NUMBER',
  attachmentExtraCells: 'E_ATTACHMENT_EXTRA_CELLS',
} as const;

/** Message builders, one per situation. */
export const MESSAGES = {
  /** E_PLAN_MISSING: the plan file is not there. */
  planMissing: (file: string) => `找不到文件「${file}」：方案原文应放在 seeds/ 目录中。`,
  /** E_PLAN_BINARY: a NUL byte. */
  planNul: () => `含有空字节（NUL），${NOT_TEXT}`,
  /** E_PLAN_BINARY: another control character (tab, line feed, form feed and CR are fine). */
  planControl: (codePoint: number) => `含有控制字符 ${formatCodePoint(codePoint)}，${NOT_TEXT}`,
  /** E_PLAN_ENCODING: `bytes` are the first bad bytes, e.g. `[0xca, 0xd0]`. */
  /** E_PLAN_ENCODING for a file that starts with a UTF-16 byte-order mark (Notepad's and Word's 「Unicode」 text). */
  planUtf16: (order: 'LE' | 'BE') => `文件是 UTF-16 ${order} 编码（记事本或 Word 另存为「Unicode」文本时的编码），不是 UTF-8：请用记事本打开后「另存为」，编码选「UTF-8」。`,
  planEncoding: (bytes: readonly number[]) =>
    `含有不是 UTF-8 的字节「${bytes.map(formatByte).join(' ')}」（可能是 GBK 编码）：请将文件另存为 UTF-8 编码。`,
  /** E_PLAN_CHARACTER: a character the text policy refuses (src/lib/text.ts), other than a control character. */
  planCharacter: (codePoint: number, kind: ForbiddenKind) =>
    `含有${FORBIDDEN_KIND_WORDS[kind]} ${formatCodePoint(codePoint)}：请删去这个字符（它常随从网页或文档复制的文字带入；可用编辑器查找 ${formatCodePoint(codePoint)}，同样的字符可能不止一处）。`,
  planTooLarge: (bytes: number, max: number) =>
    `文件大小为 ${formatFileSize(bytes)}，超过 ${max / 2 ** 20} MB 的上限：方案原文通常不足 1 MB，请确认选对了文件（UTF-8 编码的纯文本 .txt）。`,
  planEmpty: () => '文件为空：请提供方案全文（标题、前言和「一、」「二、」等各部分）。',
  planNoTitle: () => '方案缺少标题：请在第一段写明方案名称（如「某某市某某行动方案」），再写正文。',
  planNoParts: () =>
    '未找到「一、总体要求」这样的部分标题：方案正文应分为「一、」「二、」……各部分，每个部分标题单独成段。',
  /** W_PLAN_TABLE_ONLY: a document that is its attachment table (a 任务分解表 under its notice), with no parts of text. */
  tableOnly: () =>
    '方案正文没有「一、」「二、」等部分，只有附件表格（如任务分解表）：网站按原文呈现印发通知和表格，不单列工作事项和责任单位页面。若正文另有部分，请检查部分标题是否单独成段。',
  itemOutsidePart: (label: string) =>
    `「${label}」出现在第一个部分标题之前：工作事项应放在「一、」「二、」等部分标题之下。`,
  /** `seenLine`: where the same number first stood; `system`: how the plan numbers its parts. */
  partDuplicate: (number: number, label: string, seenLine: number, system: NumberingSystem = 'cn') =>
    `${partOrdinal(number, label)}重复出现，第${seenLine}行已有编号「${formatNumberLabel(system, number)}」：请删除重复的部分或改正编号。`,
  /** `previous`: the label of the part before (null for the first); `expected`: the number it should have. */
  partOrder: (number: number, label: string, previous: string | null, expected: number, system: NumberingSystem = 'cn') => {
    const after = previous !== null ? `出现在「${previous}」之后` : '是第一个部分';
    const missing = number > expected ? `，缺少${listMissing(expected, number, (n) => `「${formatNumberLabel(system, n)}」`)}` : '';
    return `${partOrdinal(number, label)}${after}${missing}：${orderHint(system)}`;
  },
  itemDuplicate: (value: number, label: string, seenLine: number) =>
    `${itemOrdinal(value, label)}重复出现，第${seenLine}行已有「${label}」：请删除重复的一项或改正编号。`,
  /** `system`: how the plan numbers its work items. */
  itemOrder: (value: number, label: string, previous: string | null, expected: number, system: NumberingSystem = 'cnParen') => {
    const after = previous !== null ? `出现在「${previous}」之后` : '是第一项';
    const missing = value > expected ? `，缺少${listMissing(expected, value, (n) => `「${formatNumberLabel(system, n)}」`)}` : '';
    return `${itemOrdinal(value, label)}${after}${missing}：${orderHint(system)}`;
  },
  /** E_PLAN_PARAGRAPH_TOO_LONG: a paragraph longer than any plan's (`max` characters). */
  planParagraphTooLong: (length: number, max: number) =>
    `从这一行起的段落长达 ${length.toLocaleString('en-US')} 个字符，超过每段 ${max.toLocaleString('en-US')} 字的上限：文件可能没有换行或句号（如整篇粘贴成一行），请按原文分段后再提交。`,
  /** W_PLAN_WEB_DEBRIS: a line above the document (breadcrumbs, 发布时间, a news lead) left out of the text. */
  webDebris: (text: string) =>
    `「${quote(text)}」在文件标题之前，不是文件正文（多为网页的导航、发布信息或导语），已从正文中移除并列入整理说明：若它属于文件，请检查标题是否写在第一行。`,
  /** W_PLAN_HEADING_UNREAD: a paragraph that looks like a heading was read as plain text. */
  headingUnread: (text: string, reading: string) =>
    `「${quote(text)}」看起来像标题，但未被读作部分或工作事项（现作为${reading}显示）：若它是标题，请改用「一、」「（一）」「1.」等编号并单独成段。`,
  /** `list`: the unclosed list from its opening bracket (〔 or （), which names the one that closes it. */
  unitsUnclosed: (list: string) =>
    `责任单位列表「${quote(list)}」没有闭合：请在列表末尾补上「${list.startsWith('〔') ? '〕' : '）'}」。`,
  /** E_ATTACHMENT_TRUNCATED: a label and title but no table lines. */
  attachmentNoTable: (label: string, title: string) =>
    `${nameAttachment({ label })}「${quote(title)}」没有表格：请在标题和单位之后补上表头和数据行（各列以制表符分隔）。`,
  /** E_ATTACHMENT_TRUNCATED: a header and no rows. */
  attachmentHeaderOnly: (label: string) =>
    `${nameAttachment({ label })}的表格只有表头、没有数据行：请补全表格各行（每行一个地区，数值以制表符分隔）。`,
  attachmentHeader: (label: string, header: string) =>
    `${nameAttachment({ label })}的表头「${quote(header || EMPTY)}」看不出是开工还是基本建成：请在表头写明「开工」或「基本建成」。`,
  /** `row`: the row's first cell; `column`: 1-based, the row name being column 1. */
  attachmentNumber: (label: string, row: string, column: number, cell: string) =>
    `${nameAttachment({ label })}表格「${quote(row)}」第${column}列「${quote(cell || EMPTY)}」不是非负整数：请填写整数，没有任务时填 0。`,
  /** E_ATTACHMENT_TRUNCATED: fewer values than header columns. */
  attachmentRowShort: (label: string, row: string, values: number, width: number) =>
    `${nameAttachment({ label })}表格「${quote(row)}」一行只有${values}个数值，表头有${width}列：请补全缺少的数值。`,
  attachmentExtraCells: (label: string, row: string, values: number, width: number) =>
    `${nameAttachment({ label })}表格「${quote(row)}」一行有${values}个数值，表头只有${width}列：请删去多余的数值或补全表头。`,
  /** E_PLAN_NO_TITLE after a 印发通知 that names no document: the plan's own title line is missing. */
  planNoTitleAfterNotice: () => '印发通知之后没有方案自己的标题，通知也没有写明印发的文件名称：请在通知（及「此件公开」一行）之后、正文之前单独一行写明方案标题。',
  /** W_PLAN_TITLE_FROM_NOTICE: the plan repeats no title after its notice; the site takes the name the notice issues it under. */
  titleFromNotice: (named: string, line: number) =>
    `印发通知之后没有方案自己的标题，网站以通知第 ${line} 行印发的《${quote(named)}》为标题（页面注明出处）：若方案另有标题，请在通知之后、正文之前单独一行写明。`,
};

/** `第三部分「三、重点工作」` */
function partOrdinal(number: number, label: string): string {
  return `第${numeral(number)}部分「${label}」`;
}

/** `第二项「（二）」` */
function itemOrdinal(value: number, label: string): string {
  return `第${numeral(value)}项「${label}」`;
}

/** `「（二）」` or `「（二）」「（三）」` or `「（二）」至「（九）」`. */
function listMissing(from: number, to: number, show: (n: number) => string): string {
  const count = to - from;
  if (count > 3) return `${show(from)}至${show(to - 1)}`;
  return Array.from({ length: count }, (_, i) => show(from + i)).join('');
}

/** `0xCA` */
function formatByte(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}
