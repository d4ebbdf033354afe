/**
 * What the task table refuses so that nothing it publishes can mislead a reader or break the
 * build: invisible characters in names, figures in other digits, figures and years out of range,
 * names too long for a file name, too many rows, bytes that are not text, each with its place.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/errors.ts';
import { decodeTable, parseCount, readTasks } from '../../../src/lib/tasks/index.ts';
import { slugify } from '../../../src/lib/slug.ts';

const HEADER = '县（市、区）,合计开工,合计基本建成,2023年开工,2023年基本建成,2024年开工,2024年基本建成';

function check(text: string) {
  const { table, issues } = readTasks(text, 't.csv');
  return { table, lines: issues.map(formatIssue) };
}

describe('readTasks applies the one text policy to county names', () => {
  it('readTasks refuses 章贡\\u2066\\u2069区 beside 章贡区, so one county cannot pass as two', () => {
    const { table, lines } = check([HEADER, '章贡区,2,0,1,0,1,0', '章贡\u2066\u2069区,2,0,1,0,1,0'].join('\n'));
    expect(table).toBeNull();
    expect(lines).toEqual(['t.csv:3:1: E_COUNTY_CONTROL [Excel A3] 县（市、区）名称「章贡□□区」含有不可见的格式字符 U+2066：请删去后重新输入名称。']);
  });

  it('readTasks names the kind and code point of every refused character in a name, at its cell', () => {
    const names = ['甲\u00AD县', '乙\u3164区', '丙\uE000县', '丁\u0378县', '戊\u{E0041}县', '己\u034F县', '庚\u2028县'];
    const { lines } = check([HEADER, ...names.map((n) => `${n},2,0,1,0,1,0`)].join('\n'));
    const fix = '：请删去后重新输入名称。';
    expect(lines).toEqual([
      `t.csv:2:1: E_COUNTY_CONTROL [Excel A2] 县（市、区）名称「甲□县」含有不可见的格式字符 U+00AD${fix}`,
      `t.csv:3:1: E_COUNTY_CONTROL [Excel A3] 县（市、区）名称「乙□区」含有不可见的填充字符 U+3164${fix}`,
      `t.csv:4:1: E_COUNTY_CONTROL [Excel A4] 县（市、区）名称「丙□县」含有私用区字符（各电脑显示不一） U+E000${fix}`,
      `t.csv:5:1: E_COUNTY_CONTROL [Excel A5] 县（市、区）名称「丁□县」含有尚未分配的 Unicode 字符 U+0378${fix}`,
      `t.csv:6:1: E_COUNTY_CONTROL [Excel A6] 县（市、区）名称「戊□县」含有不可见的格式字符 U+E0041${fix}`,
      `t.csv:7:1: E_COUNTY_CONTROL [Excel A7] 县（市、区）名称「己□县」含有不可见的填充字符 U+034F${fix}`,
      `t.csv:8:1: E_COUNTY_CONTROL [Excel A8] 县（市、区）名称「庚□县」含有不可见的行分隔符 U+2028${fix}`,
    ]);
  });

  it('readTasks names an invisible character in a header or a figure instead of quoting what looks fine', () => {
    const { lines } = check(['县（市、区）,2023年开工,2023年基本建成\u200B', '甲县,38\u200B00,1'].join('\n'));
    expect(lines).toEqual([
      't.csv:1:3: E_COLUMN_UNKNOWN [Excel C1] 列名「2023年基本建成□」含有不可见的格式字符 U+200B：请删去后重新输入列名。',
      't.csv:1:0: E_COLUMN_MISSING 缺少「2023年基本建成」列：2023 年应同时有「开工」和「基本建成」两列，请补上。',
      't.csv:2:2: E_NOT_INTEGER [Excel B2] 「2023年开工」的「38□00」含有不可见的格式字符 U+200B：请删去后重新输入数字。',
    ]);
  });
});

describe('readTasks reads figures in ASCII or full-width digits only, within a range', () => {
  it('parseCount refuses circled, superscript and mathematical digits, which NFKC would read as 2313', () => {
    expect(['②③①③', '²³¹³', '𝟐𝟑𝟏𝟑', '٢٣١٣', '२३१३', '2,3①3', '3﹐800'].map(parseCount)).toEqual([null, null, null, null, null, null, null]);
    expect(['2313', '２３１３', '２,３１３', '３，８００', ' 3,800 '].map(parseCount)).toEqual([2313, 2313, 2313, 3800, 3800]);
  });

  it('readTasks refuses a header year written in superscript digits', () => {
    expect(check('县（市、区）,²⁰²³年开工,2023年基本建成\n甲县,1,1\n').lines[0]).toBe(
      't.csv:1:2: E_COLUMN_UNKNOWN [Excel B1] 无法识别的列名「²⁰²³年开工」：列名应为「县（市、区）」「合计开工」「合计基本建成」或「YYYY年开工」「YYYY年基本建成」，请改正或删去该列。',
    );
  });

  it('readTasks refuses a year outside 1949–2100 at its header cell, also in a merged header', () => {
    expect(check('县（市、区）,0000年开工,0000年基本建成\n甲县,1,1\n').lines).toEqual([
      't.csv:1:2: E_YEAR_RANGE [Excel B1] 列名「0000年开工」中的年份 0000 不在 1949—2100 年之间：请改正年份。',
      't.csv:1:3: E_YEAR_RANGE [Excel C1] 列名「0000年基本建成」中的年份 0000 不在 1949—2100 年之间：请改正年份。',
    ]);
    expect(check('县（市、区）,2023年,,2999年,\n,开工,基本建成,开工,基本建成\n甲县,1,1,1,1\n').lines).toEqual([
      't.csv:1:4: E_YEAR_RANGE [Excel D1] 列名「2999年」中的年份 2999 不在 1949—2100 年之间：请改正年份。',
    ]);
  });

  it('readTasks refuses a figure above 10,000,000 at its cell, so a total never passes 2^53 (no RangeError later)', () => {
    const huge = String(Number.MAX_SAFE_INTEGER);
    const { table, lines } = check([HEADER, `甲县,${huge},0,${huge},0,0,0`, `乙区,${huge},0,${huge},0,0,0`, '丙县,10000001,0,10000001,0,0,0', '丁县,20000000,0,10000000,0,10000000,0'].join('\n'));
    expect(table).toBeNull();
    const over = (v: string) => `超过每格 10,000,000 套的上限：请核对是否多打了数字。`.replace(/^/, `为「${v}」，`);
    expect(lines).toEqual([
      `t.csv:2:2: E_FIGURE_TOO_LARGE [Excel B2] 「合计开工」${over(huge)}`,
      `t.csv:2:4: E_FIGURE_TOO_LARGE [Excel D2] 「2023年开工」${over(huge)}`,
      `t.csv:3:2: E_FIGURE_TOO_LARGE [Excel B3] 「合计开工」${over(huge)}`,
      `t.csv:3:4: E_FIGURE_TOO_LARGE [Excel D3] 「2023年开工」${over(huge)}`,
      `t.csv:4:2: E_FIGURE_TOO_LARGE [Excel B4] 「合计开工」${over('10000001')}`,
      `t.csv:4:4: E_FIGURE_TOO_LARGE [Excel D4] 「2023年开工」${over('10000001')}`,
      `t.csv:5:2: E_FIGURE_TOO_LARGE [Excel B5] 「合计开工」${over('20000000')}`,
    ]);
  });

  it('readTasks takes 10,000,000 in a county cell and a 合计 row up to 100,000,000,000, but a longer number is located', () => {
    expect(check([HEADER, '合计,20000000,0,10000000,0,10000000,0', '甲县,10000000,0,5000000,0,5000000,0', '乙区,10000000,0,5000000,0,5000000,0'].join('\n')).lines).toEqual([]);
    expect(check([HEADER, `合计,${'9'.repeat(400)},0,1,0,1,0`, '甲县,2,0,1,0,1,0'].join('\n')).lines).toEqual([
      `t.csv:2:2: E_FIGURE_TOO_LARGE [Excel B2] 「合计开工」为「${'9'.repeat(400)}」，超过每格 100,000,000,000 套的上限：请核对是否多打了数字。`,
    ]);
  });
});

describe('readTasks caps a county name so that every file named after it stays short', () => {
  it('readTasks refuses a name longer than 20 characters (48 used to pass and crash the build with ENAMETOOLONG)', () => {
    const name = '章贡'.repeat(24);
    expect(check([HEADER, `${name},2,0,1,0,1,0`].join('\n')).lines).toEqual([
      `t.csv:2:1: E_COUNTY_NAME_TOO_LONG [Excel A2] 县（市、区）名称「${'章贡'.repeat(10)}…」有 48 个字，超过 20 个字的上限：名称栏只写县（市、区）的名称，说明请写在发布说明里。`,
    ]);
  });

  it('readTasks takes a 20-character name of the longest syllables, and its slug stays far below a file-name limit', () => {
    const name = '庄'.repeat(20);
    const { table, lines } = check([HEADER, `${name},2,0,1,0,1,0`].join('\n'));
    expect(lines).toEqual([]);
    expect(table?.counties[0]?.slug).toBe('zhuang'.repeat(20));
    expect(Buffer.byteLength(`county-totals-${slugify(name)}-10000.svg`)).toBeLessThan(160);
  });

  it('readTasks refuses a short name whose compatibility characters spell a slug above 128 letters', () => {
    const name = '㍿'.repeat(11);
    expect(slugify(name).length).toBe(132);
    expect(check([HEADER, `${name},2,0,1,0,1,0`].join('\n')).lines).toEqual([
      `t.csv:2:1: E_COUNTY_NAME_TOO_LONG [Excel A2] 县（市、区）名称「${name}」转为网址用的拼音后有 132 个字母，超过 128 个的上限：请改用较短的名称。`,
    ]);
  });
});

describe('readTasks on very large inputs', () => {
  it('readTasks refuses a 100,000-row table at its 10,001st data row, quickly and without throwing', () => {
    const rows = [HEADER];
    for (let i = 1; i <= 100_000; i++) rows.push(`测试县${i},2,0,1,0,1,0`);
    const started = performance.now();
    const { table, lines } = check(rows.join('\n'));
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(table).toBeNull();
    expect(lines).toEqual([
      't.csv:10002:0: E_TOO_MANY_ROWS 表中有 100,000 行数据，超过 10,000 行的上限（全国的县级行政区也不到 3,000 个）：请检查是否粘贴了多余的内容。',
    ]);
  });

  it('readTasks refuses a header of 300,000 columns in one issue at column 1,001, without overflowing the stack', () => {
    const header = ['县（市、区）', '2023年开工', '2023年基本建成', ...Array.from({ length: 299_997 }, (_, i) => `备注${i}`)].join(',');
    const { table, issues } = readTasks(`${header}\n甲县,1,1\n`, 't.csv');
    expect(table).toBeNull();
    expect(issues.map(formatIssue)).toEqual([
      't.csv:1:1001: E_TOO_MANY_COLUMNS [Excel ALM1] 表头有 300,000 列，超过 1,000 列的上限：请检查是否粘贴了多余的内容，表中只应有县（市、区）、合计和各年度的列。',
    ]);
  });
});

describe('decodeTable locates bytes that are neither UTF-8 nor GB18030', () => {
  const bytes = (...parts: (string | number[])[]) =>
    new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
  const SAVE = '请在 Excel/WPS 中「另存为」→「CSV UTF-8（逗号分隔）」后再提交。';

  it('decodeTable names the line, CSV column and bytes of a stray byte in a UTF-8 file', () => {
    const { decoded, issues } = decodeTable(bytes(`\uFEFF${HEADER}\r\n章贡区,3800,`, [0xff, 0x31], ',2313\r\n'), 'x.csv');
    expect(decoded).toBeNull();
    expect(issues.map(formatIssue)).toEqual([`x.csv:2:3: E_ENCODING 文件既不是 UTF-8 也不是 GB18030/GBK 编码，从这里开始的字节「0xFF 0x31」无法读取：${SAVE}`]);
  });

  it('decodeTable names the place in a GBK file where a byte breaks GB18030 too', () => {
    // 县 in GBK is CF D8; 0x80 0xFF is a broken pair in both encodings.
    const gbk = new Uint8Array([0xcf, 0xd8, 0x2c, 0x31, 0x0a, 0xcf, 0xd8, 0x2c, 0x31, 0x2c, 0xff, 0x0a]);
    expect(decodeTable(gbk, 'x.csv').issues.map(formatIssue)).toEqual([
      `x.csv:2:3: E_ENCODING 文件既不是 UTF-8 也不是 GB18030/GBK 编码，从这里开始的字节「0xFF 0x0A」无法读取：${SAVE}`,
    ]);
  });

  it('decodeTable refuses more than 10 MB, at line 0, naming the size and the limit', () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x31);
    expect(decodeTable(big, 'x.csv').issues.map(formatIssue)).toEqual([
      'x.csv:0:0: E_FILE_TOO_LARGE 文件大小为 10.0 MB（10,485,761 字节），超过 10 MB 的上限：任务表只有几十行，请确认选对了文件，并另存为「CSV UTF-8（逗号分隔）」。',
    ]);
  });
});
