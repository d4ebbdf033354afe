import path from 'node:path';
import { expect } from 'vitest';
import { CODES, MESSAGES, type PairingGap } from '../../../src/lib/tasks/messages.ts';
import { describeMessages, type Pins } from '../../helpers/messages.ts';

const PINS: Pins<typeof MESSAGES> = {
  tasksMissing: () => expect(MESSAGES.tasksMissing('data/tasks.csv')).toMatchInlineSnapshot(`"找不到文件「data/tasks.csv」：任务表应放在数据目录中，文件名为 tasks.csv。"`),
  notCsvXlsx: () => expect(MESSAGES.notCsvXlsx()).toMatchInlineSnapshot(`"这是 Excel 工作簿（.xlsx），不是 CSV 文件，只是扩展名改成了 .csv：请在 Excel/WPS 中「另存为」→「CSV UTF-8（逗号分隔）」后再提交。"`),
  notCsvXls: () => expect(MESSAGES.notCsvXls()).toMatchInlineSnapshot(`"这是旧版 Excel 工作簿（.xls），不是 CSV 文件，只是扩展名改成了 .csv：请在 Excel/WPS 中「另存为」→「CSV UTF-8（逗号分隔）」后再提交。"`),
  utf16: () => {
    expect(MESSAGES.utf16('LE')).toMatchInlineSnapshot(`"文件是 UTF-16 LE 编码（Excel「Unicode 文本」），不是逗号分隔的 CSV：请在 Excel/WPS 中「另存为」→「CSV UTF-8（逗号分隔）」后再提交。"`);
    expect(MESSAGES.utf16('BE')).toMatchInlineSnapshot(`"文件是 UTF-16 BE 编码（Excel「Unicode 文本」），不是逗号分隔的 CSV：请在 Excel/WPS 中「另存为」→「CSV UTF-8（逗号分隔）」后再提交。"`);
  },
  binary: () => expect(MESSAGES.binary(0)).toMatchInlineSnapshot(`"文件含有二进制内容（第 1 个字节为 NUL），不是文本 CSV：请在 Excel/WPS 中「另存为」→「CSV UTF-8（逗号分隔）」后再提交。"`),
  empty: () => expect(MESSAGES.empty()).toMatchInlineSnapshot(`"文件是空的：请填入表头和每个县（市、区）的数据后再提交。"`),
  encoding: () => expect(MESSAGES.encoding([0xff, 0x31])).toMatchInlineSnapshot(`"文件既不是 UTF-8 也不是 GB18030/GBK 编码，从这里开始的字节「0xFF 0x31」无法读取：请在 Excel/WPS 中「另存为」→「CSV UTF-8（逗号分隔）」后再提交。"`),
  fileTooLarge: () => expect(MESSAGES.fileTooLarge(2 ** 30, 10 * 2 ** 20)).toMatchInlineSnapshot(`"文件大小为 1,024.0 MB（1,073,741,824 字节），超过 10 MB 的上限：任务表只有几十行，请确认选对了文件，并另存为「CSV UTF-8（逗号分隔）」。"`),
  tooManyRows: () => expect(MESSAGES.tooManyRows(100_000, 10_000)).toMatchInlineSnapshot(`"表中有 100,000 行数据，超过 10,000 行的上限（全国的县级行政区也不到 3,000 个）：请检查是否粘贴了多余的内容。"`),
  tooManyColumns: () => expect(MESSAGES.tooManyColumns(300_000, 1000)).toMatchInlineSnapshot(`"表头有 300,000 列，超过 1,000 列的上限：请检查是否粘贴了多余的内容，表中只应有县（市、区）、合计和各年度的列。"`),
  yearRange: () => expect(MESSAGES.yearRange('0000年开工', '0000', 1949, 2100)).toMatchInlineSnapshot(`"列名「0000年开工」中的年份 0000 不在 1949—2100 年之间：请改正年份。"`),
  columnCharacter: () => expect(MESSAGES.columnCharacter('2023年开工□', 0x200b, 'format')).toMatchInlineSnapshot(`"列名「2023年开工□」含有不可见的格式字符 U+200B：请删去后重新输入列名。"`),
  figureCharacter: () => expect(MESSAGES.figureCharacter('2023年开工', '38□00', 0x3164, 'filler')).toMatchInlineSnapshot(`"「2023年开工」的「38□00」含有不可见的填充字符 U+3164：请删去后重新输入数字。"`),
  figureTooLarge: () => expect(MESSAGES.figureTooLarge('2023年开工', '23130000', 10_000_000)).toMatchInlineSnapshot(`"「2023年开工」为「23130000」，超过每格 10,000,000 套的上限：请核对是否多打了数字。"`),
  countyTooLong: () => {
    expect(MESSAGES.countyTooLong('章贡区'.repeat(10), 30, 20)).toMatchInlineSnapshot(`"县（市、区）名称「章贡区章贡区章贡区章贡区章贡区章贡区章贡…」有 30 个字，超过 20 个字的上限：名称栏只写县（市、区）的名称，说明请写在发布说明里。"`);
    expect(MESSAGES.countyTooLong('章贡区（旧城改造）', 9, 5)).toMatchInlineSnapshot(`"县（市、区）名称「章贡区（旧城改造）」有 9 个字，超过 5 个字的上限：名称栏只写县（市、区）的名称，说明请写在发布说明里。"`);
  },
  countySlugTooLong: () => expect(MESSAGES.countySlugTooLong('㍿'.repeat(11), 132, 128)).toMatchInlineSnapshot(`"县（市、区）名称「㍿㍿㍿㍿㍿㍿㍿㍿㍿㍿㍿」转为网址用的拼音后有 132 个字母，超过 128 个的上限：请改用较短的名称。"`),
  unclosedQuote: () => expect(MESSAGES.unclosedQuote()).toMatchInlineSnapshot(`"引号「"」没有闭合，本行之后的内容都被当作同一个单元格：请补上右引号或删去多余的引号。"`),
  textAfterQuote: () => expect(MESSAGES.textAfterQuote('区')).toMatchInlineSnapshot(`"右引号「"」之后还有文字「区」：引号只能括住整个单元格，请删去多余的文字，或把整个单元格放进引号里。"`),
  noData: () => expect(MESSAGES.noData()).toMatchInlineSnapshot(`"只有表头，没有数据行：请在表头下方每个县（市、区）填一行。"`),
  noCounties: () => expect(MESSAGES.noCounties()).toMatchInlineSnapshot(`"只有「合计」行，没有任何县（市、区）的数据行：请在「合计」行之外为每个县（市、区）各填一行。"`),
  noCountyColumn: () => expect(MESSAGES.noCountyColumn('县（市、区）')).toMatchInlineSnapshot(`"缺少「县（市、区）」列：第一列应为县（市、区）名称，表头写作「县（市、区）」。"`),
  noYearColumns: () => expect(MESSAGES.noYearColumns()).toMatchInlineSnapshot(`"没有找到任何年度列：表头应写作「2023年开工」「2023年基本建成」等，或用两行表头（上行「2023年」，下行「开工」「基本建成」）。"`),
  columnMissing: () => expect(MESSAGES.columnMissing('2024年基本建成', 2024)).toMatchInlineSnapshot(`"缺少「2024年基本建成」列：2024 年应同时有「开工」和「基本建成」两列，请补上。"`),
  columnDuplicate: () => expect(MESSAGES.columnDuplicate('2023年开工', 4)).toMatchInlineSnapshot(`"「2023年开工」列重复（第 4 列已有同名列）：请删去多余的一列。"`),
  columnUnknown: () => expect(MESSAGES.columnUnknown('2023年竣工')).toMatchInlineSnapshot(`"无法识别的列名「2023年竣工」：列名应为「县（市、区）」「合计开工」「合计基本建成」或「YYYY年开工」「YYYY年基本建成」，请改正或删去该列。"`),
  columnUnknownGroup: () => expect(MESSAGES.columnUnknownGroup('小计')).toMatchInlineSnapshot(`"无法识别的表头「小计」：两行表头的上行应为「县（市、区）」「合计」或年份（如「2023年」），请改正。"`),
  columnUnknownIndicator: () => expect(MESSAGES.columnUnknownIndicator('竣工')).toMatchInlineSnapshot(`"无法识别的表头「竣工」：两行表头的下行应为「开工」或「基本建成」，请改正。"`),
  columnNoGroup: () => expect(MESSAGES.columnNoGroup('开工')).toMatchInlineSnapshot(`"下行表头「开工」的上方没有「合计」或年份：请在上行这一列填写「合计」或年份（如「2023年」）。"`),
  columnNoIndicator: () => expect(MESSAGES.columnNoIndicator('2024年')).toMatchInlineSnapshot(`"上行表头「2024年」的下方为空：请在下行填写「开工」或「基本建成」。"`),
  columnUnnamed: () => expect(MESSAGES.columnUnnamed()).toMatchInlineSnapshot(`"这一列有数据但没有列名：请补上列名（如「2023年开工」）或删去该列。"`),
  emptyCell: () => {
    expect(MESSAGES.emptyCell('2023年开工', '章贡区')).toMatchInlineSnapshot(`"「章贡区」的「2023年开工」为空：请填写数字，没有任务时填 0。"`);
    expect(MESSAGES.emptyCell('合计开工', '')).toMatchInlineSnapshot(`"「（空）」的「合计开工」为空：请填写数字，没有任务时填 0。"`);
  },
  notInteger: () => {
    expect(MESSAGES.notInteger('2023年开工', '约3800')).toMatchInlineSnapshot(`"「2023年开工」应为非负整数，实际为「约3800」：请只填写阿拉伯数字，如 3800。"`);
    expect(MESSAGES.notInteger('合计基本建成', '-5')).toMatchInlineSnapshot(`"「合计基本建成」应为非负整数，实际为「-5」：请只填写阿拉伯数字，如 3800。"`);
  },
  duplicateCounty: () => expect(MESSAGES.duplicateCounty('章贡区', 3)).toMatchInlineSnapshot(`"县（市、区）「章贡区」重复（第 3 行已有）：请合并为一行或删去多余的一行。"`),
  emptyCounty: () => expect(MESSAGES.emptyCounty()).toMatchInlineSnapshot(`"县（市、区）名称为空：请填写县（市、区）名称。"`),
  countyMarkup: () => expect(MESSAGES.countyMarkup('<b>章贡区</b>', '<')).toMatchInlineSnapshot(`"县（市、区）名称「<b>章贡区</b>」含有字符「<」：名称只能是文字，请删去 <、>、&、引号等符号。"`),
  countyControl: () => {
    expect(MESSAGES.countyControl('章贡□区', 0x07, 'control')).toMatchInlineSnapshot(`"县（市、区）名称「章贡□区」含有不可见的控制字符 U+0007：请删去后重新输入名称。"`);
    expect(MESSAGES.countyControl('章贡□□区', 0x2066, 'format')).toMatchInlineSnapshot(`"县（市、区）名称「章贡□□区」含有不可见的格式字符 U+2066：请删去后重新输入名称。"`);
    expect(MESSAGES.countyControl('章□区', 0xe000, 'private-use')).toMatchInlineSnapshot(`"县（市、区）名称「章□区」含有私用区字符（各电脑显示不一） U+E000：请删去后重新输入名称。"`);
    expect(MESSAGES.countyControl('章□区', 0x0378, 'unassigned')).toMatchInlineSnapshot(`"县（市、区）名称「章□区」含有尚未分配的 Unicode 字符 U+0378：请删去后重新输入名称。"`);
    expect(MESSAGES.countyControl('章□区', 0xd800, 'surrogate')).toMatchInlineSnapshot(`"县（市、区）名称「章□区」含有残缺的字符（不成对的代理项） U+D800：请删去后重新输入名称。"`);
    expect(MESSAGES.countyControl('章□区', 0x2028, 'separator')).toMatchInlineSnapshot(`"县（市、区）名称「章□区」含有不可见的行分隔符 U+2028：请删去后重新输入名称。"`);
    expect(MESSAGES.countyControl('章□区', 0x3164, 'filler')).toMatchInlineSnapshot(`"县（市、区）名称「章□区」含有不可见的填充字符 U+3164：请删去后重新输入名称。"`);
  },
  countyFormula: () => expect(MESSAGES.countyFormula('=章贡区', '=')).toMatchInlineSnapshot(`"县（市、区）名称「=章贡区」以「=」开头：用 Excel 打开下载的 CSV 时会被当作公式执行，请删去开头的「=」，名称只写文字。"`),
  countyTotalLike: () => expect(MESSAGES.countyTotalLike('全市合计')).toMatchInlineSnapshot(`"县（市、区）名称「全市合计」像是合计行：它会被当作一个县（市、区）再计入合计，使全市合计翻倍。请只保留一行「合计」（就写「合计」二字），删去这一行或改为县（市、区）的名称。"`),
  duplicateTotalRow: () => expect(MESSAGES.duplicateTotalRow(2)).toMatchInlineSnapshot(`"「合计」行重复（第 2 行已有）：请只保留一行「合计」。"`),
  rowTooLong: () => expect(MESSAGES.rowTooLong('备注', 7)).toMatchInlineSnapshot(`"本行比表头多出单元格「备注」（表头共 7 列）：请删去多余的内容或补上列名。"`),
  rowTooShort: () => expect(MESSAGES.rowTooShort(5, 7)).toMatchInlineSnapshot(`"本行只有 5 个单元格，表头共 7 列：请补齐缺少的数字。"`),
  countyTotalMismatch: () => expect(MESSAGES.countyTotalMismatch('章贡区', '合计开工', 3800, 3700, '2000 + 1700')).toMatchInlineSnapshot(`"「章贡区」的「合计开工」为 3800，但各年度之和为 3700（2000 + 1700）：请核对后改正，或删去「合计开工」「合计基本建成」两列由系统计算。"`),
  totalRowMismatch: () => expect(MESSAGES.totalRowMismatch('2023年开工', 24581, 24580)).toMatchInlineSnapshot(`"「合计」行的「2023年开工」为 24581，但各县（市、区）之和为 24580：请核对后改正，或删去「合计」行由系统计算。"`),
  completedExceedsStarted: () => expect(MESSAGES.completedExceedsStarted('章贡区', 4200, 3800)).toMatchInlineSnapshot(`"「章贡区」全期基本建成 4200 套，多于开工 3800 套：请向该县（市、区）核实是否含往年结转项目；属实则无需改动，照常发布；如是录入错误，请改正该县（市、区）这一行的数字。"`),
  headlineMismatch: () => expect(MESSAGES.headlineMismatch('合计开工', 46000, '4.53万套', 9, 700)).toMatchInlineSnapshot(`"表中「合计开工」全市合计为 46000 套，与方案正文第 9 行的「4.53万套」相差 700 套，超出正文 0.01 万套的精度。如是有意调整：无需改动方案正文，网站首页会在正文数字旁注明现在的数字，请在 npm run release 的 --note 说明中写明调整依据；如不是，请核对该列各县（市、区）的数字。"`),
  headlineYearAbsent: () => expect(MESSAGES.headlineYearAbsent(2025, '1.2万套', 9)).toMatchInlineSnapshot(`"方案正文第 9 行有 2025 年的目标「1.2万套」，但表中没有 2025 年的列。如是有意删去该年度，请在 npm run release 的 --note 说明中写明依据；如不是，请在表中补上「2025年开工」「2025年基本建成」两列。"`),
  countyAdded: () => expect(MESSAGES.countyAdded('赣州高新区', '附件1-1')).toMatchInlineSnapshot(`"「赣州高新区」是新增的县（市、区），原计划（附件1-1）中没有：这是对原计划的调整。网站会在该县（市、区）页面、方案附件旁和「更新记录」页标明原计划与现在的数字；请在 npm run release 的 --note 说明中写明调整依据（如文件名称和文号）。"`),
  countyRemoved: () => expect(MESSAGES.countyRemoved('赣州蓉江新区', 88, '附件1-1')).toMatchInlineSnapshot(`"原计划（附件1-1，第 88 行）中的「赣州蓉江新区」不在表中：这是对原计划的调整。网站会在该县（市、区）页面、方案附件旁和「更新记录」页标明原计划与现在的数字；请在 npm run release 的 --note 说明中写明调整依据（如文件名称和文号）。"`),
  yearRemoved: () => expect(MESSAGES.yearRemoved(2024, '附件1-1')).toMatchInlineSnapshot(`"原计划（附件1-1）有 2024 年度，表中没有：这是对原计划的调整。网站会在该县（市、区）页面、方案附件旁和「更新记录」页标明原计划与现在的数字；请在 npm run release 的 --note 说明中写明调整依据（如文件名称和文号）。"`),
  figureChanged: () => expect(MESSAGES.figureChanged('章贡区', '2023年开工', 3800, 4000, '附件1-1')).toMatchInlineSnapshot(`"「章贡区」的「2023年开工」原计划 3800，现为 4000：这是对原计划（附件1-1）的调整。网站会在该县（市、区）页面、方案附件旁和「更新记录」页标明原计划与现在的数字；请在 npm run release 的 --note 说明中写明调整依据（如文件名称和文号）。"`),
  tasksMissingPublished: () =>
    expect(MESSAGES.tasksMissingPublished('data/tasks.csv', 'data/releases.csv', 'data/releases/v2.csv')).toMatchInlineSnapshot(`"找不到文件「data/tasks.csv」，但「data/releases.csv」记录了已发布的任务表：已发布的数据不能靠删除文件撤下。请把「data/releases/v2.csv」复制一份，命名为 tasks.csv 放回数据目录，再修改要调整的数字。"`),
  noTaskTable: () => {
    expect(MESSAGES.noTaskTable('data/tasks.csv', '附件1-1')).toMatchInlineSnapshot(`"没有任务表「data/tasks.csv」：本次只发布方案全文（各部分、重点工作、责任单位和文本下载），网站会写明未发布任务表，没有县（市、区）页面和图表。方案的附件1-1是目标任务表；如要发布各县（市、区）的数据，请按它填写 data/tasks.csv（见 README 的填写说明）后重新运行。"`);
    expect(MESSAGES.noTaskTable('data/tasks.csv', null)).toMatchInlineSnapshot(`"没有任务表「data/tasks.csv」：本次只发布方案全文（各部分、重点工作、责任单位和文本下载），网站会写明未发布任务表，没有县（市、区）页面和图表。如要发布任务表，请把它存为 data/tasks.csv 后重新运行。"`);
  },
  tableNotOfPlan: () => {
    const counties: PairingGap = { kind: 'counties', issued: 20, table: 4, shared: 0, onlyInTable: ['甲区', '乙区', '丙县'], onlyIssued: ['章贡区', '南康区', '赣县区'] };
    const years: PairingGap = { kind: 'years', issued: [2023, 2024], table: [2025, 2026] };
    const figures: PairingGap = { kind: 'figures', compared: 120, differing: 100, examples: [{ county: '章贡区', label: '2023年开工', issued: 2313, now: 3000 }] };
    expect(MESSAGES.tableNotOfPlan('data/tasks.csv', 'seeds/plan.txt', '附件1-1', 55, [counties, years])).toMatchInlineSnapshot(`"任务表「data/tasks.csv」与方案「seeds/plan.txt」的附件1-1（方案第 55 行起）不是同一份表：附件1-1列有 20 个县（市、区），任务表有 4 个，两者共有的只有 0 个（任务表中的「甲区」「乙区」「丙县」等不在附件1-1中，附件1-1中的「章贡区」「南康区」「赣县区」等不在任务表中）；附件1-1的年度为 2023、2024 年，任务表的年度为 2025、2026 年。请确认两者属于同一方案：换方案时，方案原文和任务表要一起换；如确是本方案的任务表，请对照附件1-1核对县（市、区）名称、年度和数字。"`);
    expect(MESSAGES.tableNotOfPlan('data/tasks.csv', 'seeds/plan.txt', '附件1-1', 55, [figures])).toMatchInlineSnapshot(`"任务表「data/tasks.csv」与方案「seeds/plan.txt」的附件1-1（方案第 55 行起）不是同一份表：两者共有的 120 个数字中有 100 个不同（如「章贡区」2023年开工：附件1-1 2313，任务表 3000）。请确认两者属于同一方案：换方案时，方案原文和任务表要一起换；如确是本方案的任务表，请对照附件1-1核对县（市、区）名称、年度和数字。"`);
  },
};

describeMessages('task-table', { CODES, MESSAGES, PINS, dir: path.join('src', 'lib', 'tasks') });
