/**
 * Every Chinese message of the task-table pipeline, in one place: each says what is wrong,
 * quotes the bad value in 「」 and says how to fix it. Codes are stable; wording is pinned by tests.
 */

import { formatDecimal } from '../format.ts';
import { figureLabel, GRID_WORDS, indicatorWord } from '../grid.ts';
import { FORBIDDEN_KIND_WORDS, formatCodePoint, formatFileSize, type ForbiddenKind } from '../text.ts';

const T = GRID_WORDS.total;
const C = GRID_WORDS.county;
const S = indicatorWord('started');
const D = indicatorWord('completed');
/** `2023年开工` as an example of the header staff write. */
const EXAMPLE = (indicator: 'started' | 'completed') => figureLabel(2023, indicator);

/** The command that records a release, as staff type it (the staff guide's step 4). */
const RELEASE_COMMAND = 'npm run release';
/** What an adjustment of the plan asks of staff, and where the site shows it. */
const ADJUSTED = `网站会在该${C}页面、方案附件旁和「更新记录」页标明原计划与现在的数字；请在 ${RELEASE_COMMAND} 的 --note 说明中写明调整依据（如文件名称和文号）。`;
const SAVE_AS_CSV = '请在 Excel/WPS 中「另存为」→「CSV UTF-8（逗号分隔）」后再提交。';
/** How much of a long name a message quotes. */
const QUOTED_START = 20;

/** `不可见的格式字符 U+200B` */
const invisible = (codePoint: number, kind: ForbiddenKind) => `${FORBIDDEN_KIND_WORDS[kind]} ${formatCodePoint(codePoint)}`;
/** The first characters of a long value, the rest shown as `…`. */
const quoteStart = (value: string) => {
  const chars = [...value];
  return chars.length <= QUOTED_START ? value : `${chars.slice(0, QUOTED_START).join('')}…`;
};
/** `0xFF 0x31` */
const showBytes = (bytes: readonly number[]) => bytes.map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');

/** Error and warning codes of the task table, stable across releases. */
export const CODES = {
  tasksMissing: 'E_TASKS_MISSING',
  notCsvXlsx: 'E_NOT_CSV_XLSX',
  notCsvXls: 'E_NOT_CSV_XLS',
  utf16: 'E_UTF16',
  binary: 'E_BINARY',
  empty: 'E_EMPTY',
  encoding: 'E_ENCODING',
  fileTooLarge: 'E_FILE_TOO_LARGE',
  tooManyRows: 'E_TOO_MANY_ROWS',
  tooManyColumns: 'E_TOO_MANY_COLUMNS',
  yearRange: 'E_YEAR_RANGE',
  figureTooLarge: 'E_FIGURE_TOO_LARGE',
  countyTooLong: 'E_COUNTY_NAME_TOO_LONG',
  unclosedQuote: 'E_UNCLOSED_QUOTE',
  textAfterQuote: 'E_TEXT_AFTER_QUOTE',
  noData: 'E_NO_DATA',
  noCounties: 'E_NO_COUNTIES',
  columnMissing: 'E_COLUMN_MISSING',
  columnDuplicate: 'E_COLUMN_DUPLICATE',
  columnUnknown: 'E_COLUMN_UNKNOWN',
  emptyCell: 'E_EMPTY_CELL',
  notInteger: 'E_NOT_INTEGER',
  duplicateCounty: 'E_DUPLICATE_COUNTY',
  emptyCounty: 'E_EMPTY_COUNTY',
  countyMarkup: 'E_COUNTY_MARKUP',
  countyControl: 'E_COUNTY_CONTROL',
  countyFormula: 'E_COUNTY_FORMULA',
  countyTotalLike: 'E_COUNTY_TOTAL_LIKE',
  duplicateTotalRow: 'E_DUPLICATE_TOTAL_ROW',
  rowTooLong: 'E_ROW_TOO_LONG',
  rowTooShort: 'E_ROW_TOO_SHORT',
  countyTotalMismatch: 'E_COUNTY_TOTAL_MISMATCH',
  totalRowMismatch: 'E_TOTAL_ROW_MISMATCH',
  completedExceedsStarted: 'W_COMPLETED_EXCEEDS_STARTED',
  headlineMismatch: 'W_HEADLINE_MISMATCH',
  differsFromIssued: 'W_DIFFERS_FROM_ISSUED',
  tableNotOfPlan: 'E_TABLE_NOT_OF_PLAN',
  noTaskTable: 'W_NO_TASK_TABLE',
} as const;

/** One way in which a task table parts from the plan's target attachment (pairing.ts). */
export type PairingGap =
  | { kind: 'counties'; issued: number; table: number; shared: number; onlyInTable: string[]; onlyIssued: string[] }
  | { kind: 'years'; issued: number[]; table: number[] }
  | { kind: 'figures'; compared: number; differing: number; examples: { county: string; label: string; issued: number; now: number }[] };

/** `「甲」「乙」等` */
const quoteNames = (names: readonly string[]) => `${names.map((n) => `「${quoteStart(n)}」`).join('')}等`;
const listYears = (years: readonly number[]) => (years.length > 0 ? `${years.join('、')} 年` : '（无年度列）');

function describeGap(gap: PairingGap, attachment: string): string {
  switch (gap.kind) {
    case 'counties': {
      const examples = [
        gap.onlyInTable.length > 0 ? `任务表中的${quoteNames(gap.onlyInTable)}不在${attachment}中` : '',
        gap.onlyIssued.length > 0 ? `${attachment}中的${quoteNames(gap.onlyIssued)}不在任务表中` : '',
      ].filter(Boolean);
      return `${attachment}列有 ${formatDecimal(gap.issued)} 个${C}，任务表有 ${formatDecimal(gap.table)} 个，两者共有的只有 ${formatDecimal(gap.shared)} 个（${examples.join('，')}）`;
    }
    case 'years':
      return `${attachment}的年度为 ${listYears(gap.issued)}，任务表的年度为 ${listYears(gap.table)}`;
    case 'figures': {
      const examples = gap.examples.map((e) => `「${e.county}」${e.label}：${attachment} ${e.issued}，任务表 ${e.now}`).join('；');
      return `两者共有的 ${formatDecimal(gap.compared)} 个数字中有 ${formatDecimal(gap.differing)} 个不同（如${examples}）`;
    }
  }
}

/** Message builders, one per situation. */
export const MESSAGES = {
  tasksMissing: (file: string) => `找不到文件「${file}」：任务表应放在数据目录中，文件名为 tasks.csv。`,
  /** E_TASKS_MISSING when releases were published: a published table cannot be withdrawn by deleting it. */
  tasksMissingPublished: (file: string, indexFile: string, latest: string) =>
    `找不到文件「${file}」，但「${indexFile}」记录了已发布的任务表：已发布的数据不能靠删除文件撤下。请把「${latest}」复制一份，命名为 tasks.csv 放回数据目录，再修改要调整的数字。`,
  /** W_NO_TASK_TABLE: a data folder without tasks.csv and without releases builds a plan-only site. */
  noTaskTable: (file: string, attachment: string | null) =>
    `没有任务表「${file}」：本次只发布方案全文（各部分、重点工作、责任单位和文本下载），网站会写明未发布任务表，没有${C}页面和图表。${attachment ? `方案的${attachment}是目标任务表；如要发布各${C}的数据，请按它填写 ${file}（见 README 的填写说明）后重新运行。` : `如要发布任务表，请把它存为 ${file} 后重新运行。`}`,
  tableNotOfPlan: (tasksFile: string, planFile: string, attachment: string, line: number, gaps: readonly PairingGap[]) =>
    `任务表「${tasksFile}」与方案「${planFile}」的${attachment}（方案第 ${line} 行起）不是同一份表：${gaps.map((g) => describeGap(g, attachment)).join('；')}。请确认两者属于同一方案：换方案时，方案原文和任务表要一起换；如确是本方案的任务表，请对照${attachment}核对${C}名称、年度和数字。`,
  notCsvXlsx: () => `这是 Excel 工作簿（.xlsx），不是 CSV 文件，只是扩展名改成了 .csv：${SAVE_AS_CSV}`,
  notCsvXls: () => `这是旧版 Excel 工作簿（.xls），不是 CSV 文件，只是扩展名改成了 .csv：${SAVE_AS_CSV}`,
  utf16: (order: string) => `文件是 UTF-16 ${order} 编码（Excel「Unicode 文本」），不是逗号分隔的 CSV：${SAVE_AS_CSV}`,
  binary: (offset: number) => `文件含有二进制内容（第 ${offset + 1} 个字节为 NUL），不是文本 CSV：${SAVE_AS_CSV}`,
  empty: () => `文件是空的：请填入表头和每个县（市、区）的数据后再提交。`,
  /** E_ENCODING, at the first byte neither decoder takes: `bytes` are that byte and the next. */
  encoding: (bytes: readonly number[]) =>
    `文件既不是 UTF-8 也不是 GB18030/GBK 编码，从这里开始的字节「${showBytes(bytes)}」无法读取：${SAVE_AS_CSV}`,
  fileTooLarge: (bytes: number, max: number) =>
    `文件大小为 ${formatFileSize(bytes)}，超过 ${max / 2 ** 20} MB 的上限：任务表只有几十行，请确认选对了文件，并另存为「CSV UTF-8（逗号分隔）」。`,
  tooManyRows: (rows: number, max: number) =>
    `表中有 ${formatDecimal(rows)} 行数据，超过 ${formatDecimal(max)} 行的上限（全国的县级行政区也不到 3,000 个）：请检查是否粘贴了多余的内容。`,
  tooManyColumns: (columns: number, max: number) =>
    `表头有 ${formatDecimal(columns)} 列，超过 ${formatDecimal(max)} 列的上限：请检查是否粘贴了多余的内容，表中只应有县（市、区）、合计和各年度的列。`,
  yearRange: (label: string, year: string, first: number, last: number) =>
    `列名「${label}」中的年份 ${year} 不在 ${first}—${last} 年之间：请改正年份。`,
  columnCharacter: (label: string, codePoint: number, kind: ForbiddenKind) =>
    `列名「${label}」含有${invisible(codePoint, kind)}：请删去后重新输入列名。`,
  unclosedQuote: () => `引号「"」没有闭合，本行之后的内容都被当作同一个单元格：请补上右引号或删去多余的引号。`,
  textAfterQuote: (text: string) =>
    `右引号「"」之后还有文字「${text}」：引号只能括住整个单元格，请删去多余的文字，或把整个单元格放进引号里。`,
  noData: () => `只有表头，没有数据行：请在表头下方每个县（市、区）填一行。`,
  noCounties: () => `只有「合计」行，没有任何县（市、区）的数据行：请在「合计」行之外为每个县（市、区）各填一行。`,
  noCountyColumn: (example: string) => `缺少「${example}」列：第一列应为县（市、区）名称，表头写作「${example}」。`,
  noYearColumns: () => `没有找到任何年度列：表头应写作「${EXAMPLE('started')}」「${EXAMPLE('completed')}」等，或用两行表头（上行「2023年」，下行「${S}」「${D}」）。`,
  columnMissing: (label: string, year: number) =>
    `缺少「${label}」列：${year} 年应同时有「${S}」和「${D}」两列，请补上。`,
  columnDuplicate: (label: string, first: number) =>
    `「${label}」列重复（第 ${first} 列已有同名列）：请删去多余的一列。`,
  columnUnknown: (label: string) =>
    `无法识别的列名「${label}」：列名应为「${C}」「${T}${S}」「${T}${D}」或「YYYY年${S}」「YYYY年${D}」，请改正或删去该列。`,
  columnUnknownGroup: (group: string) =>
    `无法识别的表头「${group}」：两行表头的上行应为「${C}」「${T}」或年份（如「2023年」），请改正。`,
  columnUnknownIndicator: (sub: string) =>
    `无法识别的表头「${sub}」：两行表头的下行应为「${S}」或「${D}」，请改正。`,
  columnNoGroup: (sub: string) =>
    `下行表头「${sub}」的上方没有「${T}」或年份：请在上行这一列填写「${T}」或年份（如「2023年」）。`,
  columnNoIndicator: (group: string) =>
    `上行表头「${group}」的下方为空：请在下行填写「${S}」或「${D}」。`,
  columnUnnamed: () =>
    `这一列有数据但没有列名：请补上列名（如「${EXAMPLE('started')}」）或删去该列。`,
  /** `county` empty when the row's name is empty too. */
  emptyCell: (label: string, county: string) =>
    `「${county || '（空）'}」的「${label}」为空：请填写数字，没有任务时填 0。`,
  notInteger: (label: string, value: string) =>
    `「${label}」应为非负整数，实际为「${value}」：请只填写阿拉伯数字，如 3800。`,
  /** E_NOT_INTEGER when the cell holds a refused character; `value` shows it as □. */
  figureCharacter: (label: string, value: string, codePoint: number, kind: ForbiddenKind) =>
    `「${label}」的「${value}」含有${invisible(codePoint, kind)}：请删去后重新输入数字。`,
  figureTooLarge: (label: string, value: string, max: number) =>
    `「${label}」为「${value}」，超过每格 ${formatDecimal(max)} 套的上限：请核对是否多打了数字。`,
  duplicateCounty: (name: string, first: number) =>
    `县（市、区）「${name}」重复（第 ${first} 行已有）：请合并为一行或删去多余的一行。`,
  emptyCounty: () => `${C}名称为空：请填写${C}名称。`,
  countyMarkup: (name: string, ch: string) =>
    `县（市、区）名称「${name}」含有字符「${ch}」：名称只能是文字，请删去 <、>、&、引号等符号。`,
  /** `name` shows every refused character as □. */
  countyControl: (name: string, codePoint: number, kind: ForbiddenKind) =>
    `县（市、区）名称「${name}」含有${invisible(codePoint, kind)}：请删去后重新输入名称。`,
  countyTooLong: (name: string, length: number, max: number) =>
    `县（市、区）名称「${quoteStart(name)}」有 ${length} 个字，超过 ${max} 个字的上限：名称栏只写县（市、区）的名称，说明请写在发布说明里。`,
  /** E_COUNTY_NAME_TOO_LONG for a short name that the slug spells long (㍿ is 株式会社). */
  countySlugTooLong: (name: string, length: number, max: number) =>
    `县（市、区）名称「${quoteStart(name)}」转为网址用的拼音后有 ${length} 个字母，超过 ${max} 个的上限：请改用较短的名称。`,
  countyFormula: (name: string, ch: string) =>
    `县（市、区）名称「${name}」以「${ch}」开头：用 Excel 打开下载的 CSV 时会被当作公式执行，请删去开头的「${ch}」，名称只写文字。`,
  countyTotalLike: (name: string) =>
    `县（市、区）名称「${name}」像是合计行：它会被当作一个县（市、区）再计入合计，使全市合计翻倍。请只保留一行「合计」（就写「合计」二字），删去这一行或改为县（市、区）的名称。`,
  duplicateTotalRow: (first: number) => `「合计」行重复（第 ${first} 行已有）：请只保留一行「合计」。`,
  rowTooLong: (value: string, width: number) =>
    `本行比表头多出单元格「${value}」（表头共 ${width} 列）：请删去多余的内容或补上列名。`,
  rowTooShort: (cells: number, width: number) =>
    `本行只有 ${cells} 个单元格，表头共 ${width} 列：请补齐缺少的数字。`,
  countyTotalMismatch: (county: string, label: string, value: number, sum: number, parts: string) =>
    `「${county}」的「${label}」为 ${value}，但各年度之和为 ${sum}（${parts}）：请核对后改正，或删去「${figureLabel(null, 'started')}」「${figureLabel(null, 'completed')}」两列由系统计算。`,
  totalRowMismatch: (label: string, value: number, sum: number) =>
    `「合计」行的「${label}」为 ${value}，但各县（市、区）之和为 ${sum}：请核对后改正，或删去「合计」行由系统计算。`,
  completedExceedsStarted: (county: string, completed: number, started: number) =>
    `「${county}」全期${D} ${completed} 套，多于${S} ${started} 套：请向该${C}核实是否含往年结转项目；属实则无需改动，照常发布；如是录入错误，请改正该${C}这一行的数字。`,
  headlineMismatch: (label: string, value: number, text: string, line: number, diff: number) =>
    `表中「${label}」全市合计为 ${value} 套，与方案正文第 ${line} 行的「${text}」相差 ${diff} 套，超出正文 0.01 万套的精度。如是有意调整：无需改动方案正文，网站首页会在正文数字旁注明现在的数字，请在 ${RELEASE_COMMAND} 的 --note 说明中写明调整依据；如不是，请核对该列各县（市、区）的数字。`,
  headlineYearAbsent: (year: number, text: string, line: number) =>
    `方案正文第 ${line} 行有 ${year} 年的目标「${text}」，但表中没有 ${year} 年的列。如是有意删去该年度，请在 ${RELEASE_COMMAND} 的 --note 说明中写明依据；如不是，请在表中补上「${year}年${S}」「${year}年${D}」两列。`,
  countyAdded: (county: string, attachment: string) => `「${county}」是新增的${C}，原计划（${attachment}）中没有：这是对原计划的调整。${ADJUSTED}`,
  countyRemoved: (county: string, line: number, attachment: string) =>
    `原计划（${attachment}，第 ${line} 行）中的「${county}」不在表中：这是对原计划的调整。${ADJUSTED}`,
  yearRemoved: (year: number, attachment: string) => `原计划（${attachment}）有 ${year} 年度，表中没有：这是对原计划的调整。${ADJUSTED}`,
  figureChanged: (county: string, label: string, issued: number, now: number, attachment: string) =>
    `「${county}」的「${label}」原计划 ${issued}，现为 ${now}：这是对原计划（${attachment}）的调整。${ADJUSTED}`,
};
