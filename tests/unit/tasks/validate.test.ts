import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/errors.ts';
import { parseCount, parseTaskCsv, validateTasks } from '../../../src/lib/tasks/index.ts';

function check(text: string) {
  const { table, issues } = validateTasks(parseTaskCsv(text, 't.csv'), 't.csv');
  return { table, lines: issues.map(formatIssue) };
}

const HEADER = '县（市、区）,合计开工,合计基本建成,2023年开工,2023年基本建成,2024年开工,2024年基本建成';

describe('parseCount', () => {
  it('parseCount reads plain, full-width and grouped whole numbers', () => {
    expect([parseCount('3800'), parseCount(' ３８００ '), parseCount('3,800'), parseCount('1,234,567'), parseCount('0')]).toEqual([
      3800, 3800, 3800, 1234567, 0,
    ]);
  });

  it('parseCount refuses anything else', () => {
    for (const bad of ['约3800', '-5', '3800.5', '38,00', '3 800套', '', '1e3', '3 800', '12 34', '3\u3000800']) {
      expect(parseCount(bad)).toBeNull();
    }
  });

  it('parseCount reads a long run of digits as a number, which validateTasks then finds too large', () => {
    expect([parseCount('99999999999999999999'), parseCount('9'.repeat(400))]).toEqual([1e20, Infinity]);
  });
});

describe('validateTasks', () => {
  it('validateTasks derives the 合计 row and columns when the file has neither', () => {
    const { table, lines } = check('县（市、区）,2023年开工,2023年基本建成\n甲县,10,4\n乙区,5,6\n');
    expect(lines).toEqual([]);
    expect(table?.total).toEqual({ years: { 2023: { started: 15, completed: 10 } }, started: 15, completed: 10 });
    expect(table?.counties.map((c) => [c.name, c.slug, c.total])).toEqual([
      ['甲县', 'jiaxian', { started: 10, completed: 4 }],
      ['乙区', 'yiqu', { started: 5, completed: 6 }],
    ]);
    expect(table?.source).toEqual({
      file: 't.csv',
      headerLine: 1,
      countyColumn: 1,
      columns: { total: {}, years: { 2023: { started: 2, completed: 3 } } },
      totalRowLine: null,
      recordLines: [1, 2, 3],
    });
  });

  it('validateTasks accepts header variants: 2023开工, 2023年新开工, half-width brackets, spaces', () => {
    const { lines, table } = check('县(市、区), 2023 年 新开工 ,2023基本建成\n甲县,1,1\n');
    expect(lines).toEqual([]);
    expect(table?.years).toEqual([2023]);
  });

  it('validateTasks collects every problem of a file at once', () => {
    const text = [HEADER, '合计,1,1,1,1,1,1', '甲县,约3800,1,1,1,1,1', ',1,1,1,1,1', '甲县,2,0,1,0,1,0', 'x&y,2,0,1,0,1,0'].join('\n');
    expect(check(text).lines).toEqual([
      't.csv:3:2: E_NOT_INTEGER [Excel B3] 「合计开工」应为非负整数，实际为「约3800」：请只填写阿拉伯数字，如 3800。',
      't.csv:4:7: E_ROW_TOO_SHORT [Excel G4] 本行只有 6 个单元格，表头共 7 列：请补齐缺少的数字。',
      't.csv:5:1: E_DUPLICATE_COUNTY [Excel A5] 县（市、区）「甲县」重复（第 3 行已有）：请合并为一行或删去多余的一行。',
      't.csv:6:1: E_COUNTY_MARKUP [Excel A6] 县（市、区）名称「x&y」含有字符「&」：名称只能是文字，请删去 <、>、&、引号等符号。',
    ]);
  });

  it('validateTasks rejects a duplicate county, also when only spacing differs', () => {
    const text = [HEADER, '甲县,2,0,1,0,1,0', '甲 县,2,0,1,0,1,0'].join('\n');
    expect(check(text).lines).toEqual([
      't.csv:3:1: E_DUPLICATE_COUNTY [Excel A3] 县（市、区）「甲 县」重复（第 2 行已有）：请合并为一行或删去多余的一行。',
    ]);
  });

  it('validateTasks rejects a second 合计 row', () => {
    const text = [HEADER, '合计,2,0,1,0,1,0', '甲县,2,0,1,0,1,0', '合计,2,0,1,0,1,0'].join('\n');
    expect(check(text).lines).toEqual(['t.csv:4:1: E_DUPLICATE_TOTAL_ROW [Excel A4] 「合计」行重复（第 2 行已有）：请只保留一行「合计」。']);
  });

  it('validateTasks rejects a table without a county column or without year columns', () => {
    expect(check('名称,2023年开工,2023年基本建成\n甲县,1,1\n').lines).toEqual([
      't.csv:1:1: E_COLUMN_UNKNOWN [Excel A1] 无法识别的列名「名称」：列名应为「县（市、区）」「合计开工」「合计基本建成」或「YYYY年开工」「YYYY年基本建成」，请改正或删去该列。',
      't.csv:1:0: E_COLUMN_MISSING 缺少「县（市、区）」列：第一列应为县（市、区）名称，表头写作「县（市、区）」。',
    ]);
    expect(check('县（市、区）,合计开工\n甲县,1\n').lines).toEqual([
      't.csv:1:0: E_COLUMN_MISSING 没有找到任何年度列：表头应写作「2023年开工」「2023年基本建成」等，或用两行表头（上行「2023年」，下行「开工」「基本建成」）。',
    ]);
  });

  it('validateTasks rejects a column with data but no name', () => {
    expect(check('县（市、区）,,2023年开工,2023年基本建成\n甲县,7,1,1\n').lines).toEqual([
      't.csv:1:2: E_COLUMN_UNKNOWN [Excel B1] 这一列有数据但没有列名：请补上列名（如「2023年开工」）或删去该列。',
    ]);
  });

  it('validateTasks checks the 合计 row only when every county row is valid, so one typo gives one message', () => {
    const text = [HEADER, '合计,4,0,2,0,2,0', '甲县,2,0,1,0,1,0', '乙区,3,0,1,0,1,0'].join('\n');
    expect(check(text).lines).toEqual([
      't.csv:4:2: E_COUNTY_TOTAL_MISMATCH [Excel B4] 「乙区」的「合计开工」为 3，但各年度之和为 2（1 + 1）：请核对后改正，或删去「合计开工」「合计基本建成」两列由系统计算。',
    ]);
  });
});

describe('validateTasks on county names', () => {
  it('validateTasks rejects a county named like a total row, which would double the city totals', () => {
    const text = [HEADER, '合计,4,0,2,0,2,0', '甲县,4,0,2,0,2,0', '总计,4,0,2,0,2,0', '全 市,4,0,2,0,2,0', '全市小计,4,0,2,0,2,0', '合 计,4,0,2,0,2,0'].join('\n');
    const fix = '它会被当作一个县（市、区）再计入合计，使全市合计翻倍。请只保留一行「合计」（就写「合计」二字），删去这一行或改为县（市、区）的名称。';
    expect(check(text).lines).toEqual([
      `t.csv:4:1: E_COUNTY_TOTAL_LIKE [Excel A4] 县（市、区）名称「总计」像是合计行：${fix}`,
      `t.csv:5:1: E_COUNTY_TOTAL_LIKE [Excel A5] 县（市、区）名称「全 市」像是合计行：${fix}`,
      `t.csv:6:1: E_COUNTY_TOTAL_LIKE [Excel A6] 县（市、区）名称「全市小计」像是合计行：${fix}`,
      't.csv:7:1: E_DUPLICATE_TOTAL_ROW [Excel A7] 「合计」行重复（第 2 行已有）：请只保留一行「合计」。',
    ]);
  });

  it('validateTasks accepts 全南县 (a county that merely starts with 全) and 「合 计」 as the 合计 row', () => {
    const { lines, table } = check([HEADER, '合 计,4,0,2,0,2,0', '全南县,4,0,2,0,2,0'].join('\n'));
    expect(lines).toEqual([]);
    expect(table?.source?.totalRowLine).toBe(2);
  });

  it('validateTasks rejects county names starting with = + - @, which spreadsheets run as formulas', () => {
    const text = [HEADER, '+甲县,2,0,1,0,1,0', '-1+2,2,0,1,0,1,0', '@SUM(A1),2,0,1,0,1,0', '乙区,2,0,1,0,1,0'].join('\n');
    const fix = (name: string, ch: string) =>
      `县（市、区）名称「${name}」以「${ch}」开头：用 Excel 打开下载的 CSV 时会被当作公式执行，请删去开头的「${ch}」，名称只写文字。`;
    expect(check(text).lines).toEqual([
      `t.csv:2:1: E_COUNTY_FORMULA [Excel A2] ${fix('+甲县', '+')}`,
      `t.csv:3:1: E_COUNTY_FORMULA [Excel A3] ${fix('-1+2', '-')}`,
      `t.csv:4:1: E_COUNTY_FORMULA [Excel A4] ${fix('@SUM(A1)', '@')}`,
    ]);
  });

  it('validateTasks rejects a file whose only data row is the 合计 row', () => {
    expect(check(`${HEADER}\n\n 合计 ,2,0,1,0,1,0\n`).lines).toEqual([
      't.csv:3:1: E_NO_COUNTIES [Excel A3] 只有「合计」行，没有任何县（市、区）的数据行：请在「合计」行之外为每个县（市、区）各填一行。',
    ]);
  });

  it('validateTasks rejects a figure with a space inside, and names text after a closing quote', () => {
    const text = [HEADER, '甲县,12 34,0,1,0,1,0', '"乙区"区,2,0,1,0,1,0'].join('\r\n');
    expect(check(text).lines).toEqual([
      't.csv:3:1: E_TEXT_AFTER_QUOTE [Excel A3] 右引号「"」之后还有文字「区」：引号只能括住整个单元格，请删去多余的文字，或把整个单元格放进引号里。',
      't.csv:2:2: E_NOT_INTEGER [Excel B2] 「合计开工」应为非负整数，实际为「12 34」：请只填写阿拉伯数字，如 3800。',
    ]);
  });
});

describe('validateTasks on a header problem', () => {
  it('validateTasks reports only the header when a typo hides a year, not a sum error on every row', () => {
    const header = '县（市、区）,合计开工,合计基本建成,2023年开工,2023年基本建成,2024年份开工,2024年份基本建成';
    const { table, lines } = check(`${header}\n合计,29,12,20,8,9,4\n甲县,18,7,12,5,6,2\n乙区,11,5,8,3,3,2\n`);
    expect(table).toBeNull();
    expect(lines).toEqual([
      't.csv:1:6: E_COLUMN_UNKNOWN [Excel F1] 无法识别的列名「2024年份开工」：列名应为「县（市、区）」「合计开工」「合计基本建成」或「YYYY年开工」「YYYY年基本建成」，请改正或删去该列。',
      't.csv:1:7: E_COLUMN_UNKNOWN [Excel G1] 无法识别的列名「2024年份基本建成」：列名应为「县（市、区）」「合计开工」「合计基本建成」或「YYYY年开工」「YYYY年基本建成」，请改正或删去该列。',
    ]);
  });

  it('validateTasks names a merged header cell left empty or without its group, in the row where it is', () => {
    const lower = ',开工,基本建成,,基本建成,开工,基本建成';
    expect(check(`县（市、区）,,,2023年,,2024年,\n${lower}\n甲县,2,0,1,0,1,0\n`).lines).toEqual([
      't.csv:1:2: E_COLUMN_UNKNOWN [Excel B1] 下行表头「开工」的上方没有「合计」或年份：请在上行这一列填写「合计」或年份（如「2023年」）。',
      't.csv:1:3: E_COLUMN_UNKNOWN [Excel C1] 下行表头「基本建成」的上方没有「合计」或年份：请在上行这一列填写「合计」或年份（如「2023年」）。',
      't.csv:2:4: E_COLUMN_UNKNOWN [Excel D2] 上行表头「2023年」的下方为空：请在下行填写「开工」或「基本建成」。',
      't.csv:1:0: E_COLUMN_MISSING 缺少「2023年开工」列：2023 年应同时有「开工」和「基本建成」两列，请补上。',
    ]);
  });

  it('validateTasks skips title and unit rows above the header, keeping real line numbers', () => {
    const text = `任务表,,\n,,单位：套（户）\n\n县（市、区）,2023年开工,2023年基本建成\n甲县,x,1\n`;
    expect(check(text).lines).toEqual([
      't.csv:5:2: E_NOT_INTEGER [Excel B5] 「2023年开工」应为非负整数，实际为「x」：请只填写阿拉伯数字，如 3800。',
    ]);
  });
});

describe('validateTasks on one edited figure', () => {
  // 甲县's 2024年开工 went from 6 to 7; neither its 合计开工 nor the 合计 row was updated.
  it('validateTasks names every total that an edit of one year left stale, at once', () => {
    const { lines } = check(`${HEADER}\n合计,29,12,20,8,9,4\n甲县,18,7,12,5,7,2\n乙区,11,5,8,3,3,2\n`);
    expect(lines).toEqual([
      't.csv:3:2: E_COUNTY_TOTAL_MISMATCH [Excel B3] 「甲县」的「合计开工」为 18，但各年度之和为 19（12 + 7）：请核对后改正，或删去「合计开工」「合计基本建成」两列由系统计算。',
      't.csv:2:2: E_TOTAL_ROW_MISMATCH [Excel B2] 「合计」行的「合计开工」为 29，但各县（市、区）之和为 30：请核对后改正，或删去「合计」行由系统计算。',
      't.csv:2:6: E_TOTAL_ROW_MISMATCH [Excel F2] 「合计」行的「2024年开工」为 9，但各县（市、区）之和为 10：请核对后改正，或删去「合计」行由系统计算。',
    ]);
  });
});
