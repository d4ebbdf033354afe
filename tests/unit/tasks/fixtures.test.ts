import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/errors.ts';
import { readTasks, type TaskTable } from '../../../src/lib/tasks/index.ts';
import { tableOf } from '../../helpers/inputs.ts';

/** Attachment 1-1 as issued (data/tasks.csv changes with every release; this fixture does not). */
const ISSUED = 'tests/fixtures/tasks/issued-attachment.csv';

const ACCEPTED = 'tests/fixtures/tasks/accepted';
const REJECTED = 'tests/fixtures/tasks/rejected';

/** The table without positions in the file, which differ between layouts by design. */
function figuresOf(table: TaskTable) {
  return { years: table.years, total: table.total, counties: table.counties.map(({ line: _line, ...c }) => c) };
}

function issuesOf(file: string): string[] {
  const { table, issues } = readTasks(new Uint8Array(readFileSync(file)), file);
  if (table) throw new Error(`${file} was accepted`);
  return issues.map(formatIssue);
}

const reference = tableOf(new Uint8Array(readFileSync(ISSUED)), ISSUED);

describe('readTasks accepts what staff really produce, into the identical table', () => {
  it.each([
    ['utf8-no-bom-lf.csv', 'utf-8'],
    ['utf8-bom-crlf.csv', 'utf-8-bom'],
    ['gbk-excel-export.csv', 'gb18030'],
    ['cr-only.csv', 'utf-8'],
    ['two-row-merged-header.csv', 'gb18030'],
    ['wps-two-row-merged-header-utf8-bom.csv', 'utf-8-bom'],
    ['columns-shuffled.csv', 'utf-8'],
    ['without-total-row.csv', 'utf-8'],
    ['without-total-columns.csv', 'utf-8'],
    ['total-row-at-bottom.csv', 'utf-8'],
    ['spaces-and-trailing-empties.csv', 'utf-8-bom'],
    ['thousands-separators.csv', 'utf-8'],
    ['full-width-digits.csv', 'gb18030'],
    ['year-without-nian.csv', 'utf-8'],
    ['title-and-unit-rows-above-header.csv', 'gb18030'],
  ])('readTasks reads %s (%s) into the table of attachment 1-1 as issued', (name, encoding) => {
    const file = `${ACCEPTED}/${name}`;
    const result = readTasks(new Uint8Array(readFileSync(file)), file);
    expect(result.encoding).toBe(encoding);
    expect(result.issues).toEqual([]);
    expect(result.table && figuresOf(result.table)).toEqual(figuresOf(reference));
  });

  it('readTasks reads a 2025–2026 table, its years taken from the headers', () => {
    const file = `${ACCEPTED}/years-2025-2026.csv`;
    const table = tableOf(new Uint8Array(readFileSync(file)), file);
    expect(table.years).toEqual([2025, 2026]);
    expect(table.counties.map((c) => [c.name, c.line, c.years, c.total])).toEqual([
      ['甲县', 3, { 2025: { started: 600, completed: 300 }, 2026: { started: 400, completed: 400 } }, { started: 1000, completed: 700 }],
      ['乙区', 4, { 2025: { started: 1400, completed: 600 }, 2026: { started: 1100, completed: 800 } }, { started: 2500, completed: 1400 }],
    ]);
    expect(table.total).toEqual({
      years: { 2025: { started: 2000, completed: 900 }, 2026: { started: 1500, completed: 1200 } },
      started: 3500,
      completed: 2100,
    });
  });
});

const SAVE = '请在 Excel/WPS 中「另存为」→「CSV UTF-8（逗号分隔）」后再提交。';

describe('readTasks rejects each bad form with its pinned message, line and column', () => {
  it.each<[string, string, string[]]>([
    ['an .xlsx workbook renamed to .csv', 'xlsx-renamed.csv', [`xlsx-renamed.csv:0:0: E_NOT_CSV_XLSX 这是 Excel 工作簿（.xlsx），不是 CSV 文件，只是扩展名改成了 .csv：${SAVE}`]],
    ['an old .xls workbook renamed to .csv', 'xls-renamed.csv', [`xls-renamed.csv:0:0: E_NOT_CSV_XLS 这是旧版 Excel 工作簿（.xls），不是 CSV 文件，只是扩展名改成了 .csv：${SAVE}`]],
    ['Excel "Unicode text" (UTF-16)', 'utf16-unicode-text.csv', [`utf16-unicode-text.csv:0:0: E_UTF16 文件是 UTF-16 LE 编码（Excel「Unicode 文本」），不是逗号分隔的 CSV：${SAVE}`]],
    ['a binary file', 'binary.csv', [`binary.csv:0:0: E_BINARY 文件含有二进制内容（第 9 个字节为 NUL），不是文本 CSV：${SAVE}`]],
    ['an empty file', 'empty.csv', ['empty.csv:0:0: E_EMPTY 文件是空的：请填入表头和每个县（市、区）的数据后再提交。']],
    ['a header without data rows', 'header-only.csv', ['header-only.csv:1:0: E_NO_DATA 只有表头，没有数据行：请在表头下方每个县（市、区）填一行。']],
    ['a missing column', 'missing-column.csv', ['missing-column.csv:1:0: E_COLUMN_MISSING 缺少「2024年基本建成」列：2024 年应同时有「开工」和「基本建成」两列，请补上。']],
    ['a duplicated column', 'duplicate-column.csv', ['duplicate-column.csv:1:8: E_COLUMN_DUPLICATE [Excel H1] 「2023年开工」列重复（第 4 列已有同名列）：请删去多余的一列。']],
    ['an unknown column', 'unknown-column.csv', ['unknown-column.csv:1:8: E_COLUMN_UNKNOWN [Excel H1] 无法识别的列名「备注」：列名应为「县（市、区）」「合计开工」「合计基本建成」或「YYYY年开工」「YYYY年基本建成」，请改正或删去该列。']],
    ['an empty cell', 'empty-cell.csv', ['empty-cell.csv:3:4: E_EMPTY_CELL [Excel D3] 「章贡区」的「2023年开工」为空：请填写数字，没有任务时填 0。']],
    ['an approximate figure (约3800)', 'not-integer-approx.csv', ['not-integer-approx.csv:3:2: E_NOT_INTEGER [Excel B3] 「合计开工」应为非负整数，实际为「约3800」：请只填写阿拉伯数字，如 3800。']],
    ['a negative figure (-5)', 'negative.csv', ['negative.csv:9:5: E_NOT_INTEGER [Excel E9] 「2023年基本建成」应为非负整数，实际为「-5」：请只填写阿拉伯数字，如 3800。']],
    ['a decimal figure (3800.5)', 'decimal.csv', ['decimal.csv:3:2: E_NOT_INTEGER [Excel B3] 「合计开工」应为非负整数，实际为「3800.5」：请只填写阿拉伯数字，如 3800。']],
    ['a duplicate county', 'duplicate-county.csv', ['duplicate-county.csv:6:1: E_DUPLICATE_COUNTY [Excel A6] 县（市、区）「章贡区」重复（第 3 行已有）：请合并为一行或删去多余的一行。']],
    ['an empty county', 'empty-county.csv', ['empty-county.csv:6:1: E_EMPTY_COUNTY [Excel A6] 县（市、区）名称为空：请填写县（市、区）名称。']],
    ['a county name with markup', 'county-markup.csv', ['county-markup.csv:6:1: E_COUNTY_MARKUP [Excel A6] 县（市、区）名称「<script>alert(1)</script>」含有字符「<」：名称只能是文字，请删去 <、>、&、引号等符号。']],
    ['a county name with a control character', 'county-control-char.csv', ['county-control-char.csv:6:1: E_COUNTY_CONTROL [Excel A6] 县（市、区）名称「南康□区」含有不可见的控制字符 U+0007：请删去后重新输入名称。']],
    ['a row longer than the header', 'row-too-long.csv', ['row-too-long.csv:8:8: E_ROW_TOO_LONG [Excel H8] 本行比表头多出单元格「999」（表头共 7 列）：请删去多余的内容或补上列名。']],
    ['a row shorter than the header', 'row-too-short.csv', ['row-too-short.csv:8:7: E_ROW_TOO_SHORT [Excel G8] 本行只有 6 个单元格，表头共 7 列：请补齐缺少的数字。']],
    ['a county total that is not the sum of its years', 'county-total-mismatch.csv', ['county-total-mismatch.csv:3:2: E_COUNTY_TOTAL_MISMATCH [Excel B3] 「章贡区」的「合计开工」为 3801，但各年度之和为 3800（2313 + 1487）：请核对后改正，或删去「合计开工」「合计基本建成」两列由系统计算。']],
    ['a 合计 row that is not the sum of the counties', 'total-row-mismatch.csv', ['total-row-mismatch.csv:2:4: E_TOTAL_ROW_MISMATCH [Excel D2] 「合计」行的「2023年开工」为 29950，但各县（市、区）之和为 29951：请核对后改正，或删去「合计」行由系统计算。']],
    ['an unclosed quote', 'unclosed-quote.csv', [
      'unclosed-quote.csv:22:2: E_UNCLOSED_QUOTE [Excel B22] 引号「"」没有闭合，本行之后的内容都被当作同一个单元格：请补上右引号或删去多余的引号。',
      'unclosed-quote.csv:22:3: E_ROW_TOO_SHORT [Excel C22] 本行只有 2 个单元格，表头共 7 列：请补齐缺少的数字。',
    ]],
    ['a typo in the lower row of a merged header, named where it is', 'merged-header-lower-typo.csv', [
      'merged-header-lower-typo.csv:2:5: E_COLUMN_UNKNOWN [Excel E2] 无法识别的表头「基本完成」：两行表头的下行应为「开工」或「基本建成」，请改正。',
      'merged-header-lower-typo.csv:1:0: E_COLUMN_MISSING 缺少「2023年基本建成」列：2023 年应同时有「开工」和「基本建成」两列，请补上。',
    ]],
    ['a duplicate in the lower row of a merged header', 'merged-header-lower-duplicate.csv', [
      'merged-header-lower-duplicate.csv:2:5: E_COLUMN_DUPLICATE [Excel E2] 「2023年开工」列重复（第 4 列已有同名列）：请删去多余的一列。',
      'merged-header-lower-duplicate.csv:1:0: E_COLUMN_MISSING 缺少「2023年基本建成」列：2023 年应同时有「开工」和「基本建成」两列，请补上。',
    ]],
    ['a year typo in a merged header (2024年份), alone and without false sum errors', 'merged-header-year-typo.csv', [
      'merged-header-year-typo.csv:1:6: E_COLUMN_UNKNOWN [Excel F1] 无法识别的表头「2024年份」：两行表头的上行应为「县（市、区）」「合计」或年份（如「2023年」），请改正。',
    ]],
    ['a 合计 row without any county', 'only-total-row.csv', [
      'only-total-row.csv:2:1: E_NO_COUNTIES [Excel A2] 只有「合计」行，没有任何县（市、区）的数据行：请在「合计」行之外为每个县（市、区）各填一行。',
    ]],
    ['a county named like a total row (全市合计)', 'county-named-like-total.csv', [
      'county-named-like-total.csv:23:1: E_COUNTY_TOTAL_LIKE [Excel A23] 县（市、区）名称「全市合计」像是合计行：它会被当作一个县（市、区）再计入合计，使全市合计翻倍。请只保留一行「合计」（就写「合计」二字），删去这一行或改为县（市、区）的名称。',
    ]],
    ['a figure with a space inside (3 800)', 'inner-space-number.csv', [
      'inner-space-number.csv:3:2: E_NOT_INTEGER [Excel B3] 「合计开工」应为非负整数，实际为「3 800」：请只填写阿拉伯数字，如 3800。',
    ]],
    ['text after a closing quote', 'text-after-quote.csv', [
      'text-after-quote.csv:22:1: E_TEXT_AFTER_QUOTE [Excel A22] 右引号「"」之后还有文字「x」：引号只能括住整个单元格，请删去多余的文字，或把整个单元格放进引号里。',
    ]],
    ['a county name that Excel would run as a formula', 'county-formula.csv', [
      "county-formula.csv:6:1: E_COUNTY_FORMULA [Excel A6] 县（市、区）名称「=cmd|' /C calc'!A0」以「=」开头：用 Excel 打开下载的 CSV 时会被当作公式执行，请删去开头的「=」，名称只写文字。",
    ]],
    ['a second 章贡区 with bidi isolates inside its name', 'county-bidi-isolate.csv', [
      'county-bidi-isolate.csv:22:1: E_COUNTY_CONTROL [Excel A22] 县（市、区）名称「章贡□□区」含有不可见的格式字符 U+2066：请删去后重新输入名称。',
    ]],
    ['a figure in circled digits (②③①③), which NFKC would read as 2313', 'figure-circled-digits.csv', [
      'figure-circled-digits.csv:3:4: E_NOT_INTEGER [Excel D3] 「2023年开工」应为非负整数，实际为「②③①③」：请只填写阿拉伯数字，如 3800。',
    ]],
    ['figures above the per-cell maximum, whose sum would pass 2^53', 'figure-too-large.csv', [
      'figure-too-large.csv:2:2: E_FIGURE_TOO_LARGE [Excel B2] 「2023年开工」为「9007199254740991」，超过每格 10,000,000 套的上限：请核对是否多打了数字。',
      'figure-too-large.csv:5:2: E_FIGURE_TOO_LARGE [Excel B5] 「2023年开工」为「9007199254740991」，超过每格 10,000,000 套的上限：请核对是否多打了数字。',
    ]],
    ['a year outside 1949–2100 in the header (0000年开工)', 'year-out-of-range.csv', [
      'year-out-of-range.csv:1:4: E_YEAR_RANGE [Excel D1] 列名「0000年开工」中的年份 0000 不在 1949—2100 年之间：请改正年份。',
      'year-out-of-range.csv:1:5: E_YEAR_RANGE [Excel E1] 列名「0000年基本建成」中的年份 0000 不在 1949—2100 年之间：请改正年份。',
    ]],
    ['a county name with a note in it, too long for a file name', 'county-name-too-long.csv', [
      'county-name-too-long.csv:6:1: E_COUNTY_NAME_TOO_LONG [Excel A6] 县（市、区）名称「南康区（含蓉江新区潭口镇、潭东镇、唐江镇…」有 36 个字，超过 20 个字的上限：名称栏只写县（市、区）的名称，说明请写在发布说明里。',
    ]],
    ['a byte that neither UTF-8 nor GBK reads, at its line and column', 'neither-utf8-nor-gbk.csv', [
      `neither-utf8-nor-gbk.csv:22:4: E_ENCODING 文件既不是 UTF-8 也不是 GB18030/GBK 编码，从这里开始的字节「0xFF 0x31」无法读取：${SAVE}`,
    ]],
    ['several problems (GBK), all at once', 'several-problems.csv', [
      'several-problems.csv:3:4: E_NOT_INTEGER [Excel D3] 「2023年开工」应为非负整数，实际为「约2313」：请只填写阿拉伯数字，如 3800。',
      'several-problems.csv:9:1: E_EMPTY_COUNTY [Excel A9] 县（市、区）名称为空：请填写县（市、区）名称。',
      'several-problems.csv:22:5: E_NOT_INTEGER [Excel E22] 「2023年基本建成」应为非负整数，实际为「-5」：请只填写阿拉伯数字，如 3800。',
    ]],
  ])('readTasks rejects %s', (_what, name, expected) => {
    expect(issuesOf(`${REJECTED}/${name}`)).toEqual(expected.map((line) => `${REJECTED}/${line}`));
  });
});
