import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/errors.ts';
import { emptyPlanMeta, fillFromText, parsePlanMeta, readLicense } from '../../../src/lib/meta/index.ts';

const FILE = 'data/plan-meta.csv';
/** The issues of a file, one `FILE:LINE:COLUMN: CODE message` line each. */
const problems = (text: string) => parsePlanMeta(text, FILE).issues.map(formatIssue);
/** The site settings a file gives, when it has no issue. */
function readSite(text: string) {
  const { meta, issues } = parsePlanMeta(text, FILE);
  expect(issues.map(formatIssue)).toEqual([]);
  return meta.site;
}

describe('parsePlanMeta: the metadata block', () => {
  it('keeps only the fields staff filled in, in a fixed order', () => {
    const { meta, issues } = parsePlanMeta('\uFEFF字段,内容\r\n发文字号,\r\n成文日期,2023-05-20\r\n发布机构,某某办公室\r\n', FILE);
    expect(issues).toEqual([]);
    expect(meta.fields).toEqual([
      { field: '发布机构', value: '某某办公室' },
      { field: '成文日期', value: '2023-05-20' },
    ]);
  });

  it('shows nothing when nothing is filled (the plan text gives none of these fields)', () => {
    expect(parsePlanMeta('字段,内容\n发布机构,\n发文字号,\n', FILE).meta).toEqual(emptyPlanMeta());
  });

  it('rejects an unknown field, a repeated field, a bad date and a bad link', () => {
    expect(problems('字段,内容\n作者,某人\n发布机构,甲\n发布机构,乙\n成文日期,2023年5月\n原文链接,www.example\n')).toEqual([
      'data/plan-meta.csv:2:1: E_META_FIELD [Excel A2] 未知字段「作者」：可填写的字段为 索引号、发布机构、主题分类、成文日期、发文字号、发布日期、有效性、公开方式、原文链接（显示在方案页的信息栏中），以及网站设置 网站名称、主题、简称、地区、关键词、数据包名称、数据许可（不在信息栏中显示）。',
      'data/plan-meta.csv:4:1: E_META_DUPLICATE [Excel A4] 字段「发布机构」重复出现：每个字段只填一行。',
      'data/plan-meta.csv:5:2: E_META_DATE [Excel B5] 「成文日期」应为日期，实际为「2023年5月」：请写成 2023-05-20 这样的格式，或留空。',
      'data/plan-meta.csv:6:2: E_META_URL [Excel B6] 「原文链接」应以 http:// 或 https:// 开头，实际为「www.example」。',
    ]);
  });

  it('rejects a missing header', () => {
    expect(problems('发布机构,甲\n')).toEqual(['data/plan-meta.csv:1:1: E_META_HEADER [Excel A1] 表头应为「字段,内容」，实际为「发布机构,甲」：请恢复表头。']);
    expect(parsePlanMeta('发布机构,甲\n', FILE).meta).toEqual(emptyPlanMeta());
  });

  it('counts real lines when a value holds a quoted line break', () => {
    const { meta, issues } = parsePlanMeta('字段,内容\r\n发布机构,"某某\r\n办公室"\r\n作者,某人\r\n成文日期,2023年\r\n', FILE);
    expect(meta.fields).toEqual([{ field: '发布机构', value: '某某\r\n办公室' }]);
    expect(issues.map((i) => `${i.line}:${i.column} ${i.code}`)).toEqual(['4:1 E_META_FIELD', '5:2 E_META_DATE']);
  });

  it('never puts a site setting in the shown block', () => {
    const { meta } = parsePlanMeta('字段,内容\n网站名称,某市危改信息公开\n发布机构,某某办公室\n', FILE);
    expect(meta.fields).toEqual([{ field: '发布机构', value: '某某办公室' }]);
  });
});

describe('parsePlanMeta: site settings', () => {
  it('reads every setting, trimmed, beside the shown block', () => {
    const text = [
      '字段,内容',
      '网站名称, 某市危旧房改造信息公开 ',
      '主题,城市危旧房改造',
      '简称,危改',
      '地区,某省某市（含 3 个县级市）',
      '关键词,危旧房改造、城市更新；住房保障; 安居工程',
      '数据包名称,city-renewal.plan_2023',
      '发布机构,某某办公室',
    ].join('\n');
    const { meta, issues } = parsePlanMeta(text, FILE);
    expect(issues).toEqual([]);
    expect(meta.site).toEqual({
      name: '某市危旧房改造信息公开',
      subject: '城市危旧房改造',
      short: '危改',
      region: '某省某市（含 3 个县级市）',
      keywords: ['危旧房改造', '城市更新', '住房保障', '安居工程'],
      packageName: 'city-renewal.plan_2023',
    });
  });

  it('leaves every setting out (keywords empty) when none is written or all are empty', () => {
    expect(readSite('字段,内容\n发布机构,甲\n')).toEqual({ keywords: [] });
    expect(readSite('字段,内容\n网站名称,\n主题,  \n简称,\n地区,\n关键词,\n数据包名称,\n')).toEqual({ keywords: [] });
  });

  it('drops empty keywords between separators and around them', () => {
    expect(readSite('字段,内容\n关键词,、危改；；城市更新 ; ;、\n').keywords).toEqual(['危改', '城市更新']);
    expect(readSite('字段,内容\n关键词,、；;\n').keywords).toEqual([]);
  });

  it('reads a setting of exactly 100 characters', () => {
    expect(readSite(`字段,内容\n网站名称,${'危'.repeat(100)}\n`).name).toBe('危'.repeat(100));
  });

  it('counts characters, not UTF-16 units: 100 characters outside the BMP are accepted', () => {
    expect(readSite(`字段,内容\n地区,${'𠀀'.repeat(100)}\n`).region).toBe('𠀀'.repeat(100));
  });

  it('accepts package names of one character and with dots, underscores and hyphens', () => {
    expect(readSite('字段,内容\n数据包名称,x\n').packageName).toBe('x');
    expect(readSite('字段,内容\n数据包名称,0.city_renewal-plan\n').packageName).toBe('0.city_renewal-plan');
  });

  it('keeps a setting written in quotes with a comma', () => {
    expect(readSite('字段,内容\n地区,"某市, 某县"\n').region).toBe('某市, 某县');
  });

  it('rejects a setting longer than 100 characters, quoting its start', () => {
    expect(problems(`字段,内容\n网站名称,${'危'.repeat(101)}\n`)).toEqual([
      'data/plan-meta.csv:2:2: E_META_TOO_LONG [Excel B2] 「网站名称」有 101 个字符（「危危危危危危危危危危危危危危危危危危危危…」），超过 100 个字符的上限：请改短。',
    ]);
  });

  it('rejects a right-to-left override (Cf), naming its code point and place', () => {
    expect(problems('字段,内容\n简称,危\u202E改\n')).toEqual([
      'data/plan-meta.csv:2:2: E_META_CONTROL [Excel B2] 「简称」的第 2 个字符是看不见的控制字符或格式字符 U+202E：请删去这个字符（它常随从网页或文档复制的文字带入）。',
    ]);
  });

  it('rejects a zero-width space and a soft hyphen (Cf) and a tab or line break inside a value (Cc)', () => {
    expect(problems('字段,内容\n主题,城市\u200B危旧房\n地区,某\u00AD市\n网站名称,"某市\n信息公开"\n关键词,危改\t城市更新\n')).toEqual([
      'data/plan-meta.csv:2:2: E_META_CONTROL [Excel B2] 「主题」的第 3 个字符是看不见的控制字符或格式字符 U+200B：请删去这个字符（它常随从网页或文档复制的文字带入）。',
      'data/plan-meta.csv:3:2: E_META_CONTROL [Excel B3] 「地区」的第 2 个字符是看不见的控制字符或格式字符 U+00AD：请删去这个字符（它常随从网页或文档复制的文字带入）。',
      'data/plan-meta.csv:4:2: E_META_CONTROL [Excel B4] 「网站名称」的第 3 个字符是看不见的控制字符或格式字符 U+000A：请删去这个字符（它常随从网页或文档复制的文字带入）。',
      'data/plan-meta.csv:6:2: E_META_CONTROL [Excel B5] 「关键词」的第 3 个字符是看不见的控制字符或格式字符 U+0009：请删去这个字符（它常随从网页或文档复制的文字带入）。',
    ]);
  });

  it('reports a control character before the length', () => {
    expect(parsePlanMeta(`字段,内容\n主题,\u0007${'危'.repeat(120)}\n`, FILE).issues.map((i) => i.code)).toEqual(['E_META_CONTROL']);
  });

  it('rejects a repeated keyword, once per keyword, and keeps no keyword', () => {
    const { meta, issues } = parsePlanMeta('字段,内容\n关键词,危改、城市更新；危改;城市更新、危改、住房\n', FILE);
    expect(meta.site.keywords).toEqual([]);
    expect(issues.map(formatIssue)).toEqual([
      'data/plan-meta.csv:2:2: E_META_KEYWORD_DUPLICATE [Excel B2] 「关键词」中的「危改」重复出现：每个关键词只写一次，请删去重复的一个。',
      'data/plan-meta.csv:2:2: E_META_KEYWORD_DUPLICATE [Excel B2] 「关键词」中的「城市更新」重复出现：每个关键词只写一次，请删去重复的一个。',
    ]);
  });

  it('rejects package names with capitals, spaces, Chinese or a leading dot, hyphen or underscore', () => {
    const names = ['City-Plan', 'city plan', '危改', '.city', '-city', '_city', 'city/plan'];
    expect(problems('字段,内容\n数据包名称,City-Plan\n')).toEqual([
      'data/plan-meta.csv:2:2: E_META_PACKAGE_NAME [Excel B2] 「数据包名称」只能由小写英文字母、数字和「.」「_」「-」组成，并以字母或数字开头，实际为「City-Plan」：请改写，如 city-renewal-plan。',
    ]);
    for (const name of names) {
      const { meta, issues } = parsePlanMeta(`字段,内容\n数据包名称,${name}\n`, FILE);
      expect(issues.map((i) => `${i.line}:${i.column} ${i.code}`), name).toEqual(['2:2 E_META_PACKAGE_NAME']);
      expect(meta.site.packageName, name).toBeUndefined();
    }
  });

  it('reads a licence as an identifier, a URL or both, and rejects anything else', () => {
    expect(readSite('字段,内容\n数据许可,CC-BY-4.0\n').license).toBe('CC-BY-4.0');
    expect(readLicense('CC-BY-4.0 https://creativecommons.org/licenses/by/4.0/')).toEqual({ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(readLicense('https://example.org/licence')).toEqual({ path: 'https://example.org/licence' });
    expect(readSite('字段,内容\n数据许可,\n').license).toBeUndefined();
    expect(problems('字段,内容\n数据许可,署名 4.0\n')).toEqual([
      'data/plan-meta.csv:2:2: E_META_LICENSE [Excel B2] 「数据许可」应为许可证标识（如 CC-BY-4.0）、许可证网址，或两者以空格隔开，实际为「署名 4.0」：请改写，或留空（不声明许可）。',
    ]);
    for (const value of ['署名', 'CC-BY-4.0 ODbL-1.0', 'a b c', 'ftp://x']) {
      const { meta, issues } = parsePlanMeta(`字段,内容\n数据许可,${value}\n`, FILE);
      expect(issues.map((i) => `${i.line}:${i.column} ${i.code}`), value).toEqual(['2:2 E_META_LICENSE']);
      expect(meta.site.license, value).toBeUndefined();
    }
  });

  it('rejects a repeated setting, even when the first was empty', () => {
    expect(problems('字段,内容\n简称,\n简称,危改\n')).toEqual(['data/plan-meta.csv:3:1: E_META_DUPLICATE [Excel A3] 字段「简称」重复出现：每个字段只填一行。']);
  });

  it('rejects a setting name written differently (unknown field)', () => {
    expect(problems('字段,内容\n网站名,某市\n')).toEqual([
      'data/plan-meta.csv:2:1: E_META_FIELD [Excel A2] 未知字段「网站名」：可填写的字段为 索引号、发布机构、主题分类、成文日期、发文字号、发布日期、有效性、公开方式、原文链接（显示在方案页的信息栏中），以及网站设置 网站名称、主题、简称、地区、关键词、数据包名称、数据许可（不在信息栏中显示）。',
    ]);
  });
});

describe('fillFromText', () => {
  it('fills only the fields the file leaves empty with the 印发通知’s facts, each with its source line, in the block’s order', () => {
    const { meta } = parsePlanMeta('字段,内容\n发布机构,某某办公室\n发文字号,\n', FILE);
    const filled = fillFromText(meta, [
      { field: '公开方式', value: '主动公开', line: 10 },
      { field: '发布机构', value: '某市人民政府', line: 8 },
      { field: '发文字号', value: '某府发〔2024〕5号', line: 3 },
    ]);
    expect(filled.fields).toEqual([
      { field: '发布机构', value: '某某办公室' },
      { field: '发文字号', value: '某府发〔2024〕5号', line: 3 },
      { field: '公开方式', value: '主动公开', line: 10 },
    ]);
    expect(fillFromText(meta, [])).toEqual(meta);
  });
});
