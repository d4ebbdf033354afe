import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/errors.ts';
import { parsePlanMeta } from '../../src/lib/meta.ts';

const FILE = 'data/plan-meta.csv';

describe('parsePlanMeta', () => {
  it('keeps only the fields staff filled in, in a fixed order', () => {
    const { meta, issues } = parsePlanMeta('\uFEFF字段,内容\r\n发文字号,\r\n成文日期,2023-05-20\r\n发布机构,某某办公室\r\n', FILE);
    expect(issues).toEqual([]);
    expect(meta.fields).toEqual([
      { field: '发布机构', value: '某某办公室' },
      { field: '成文日期', value: '2023-05-20' },
    ]);
  });

  it('shows nothing when nothing is filled (the plan text gives none of these fields)', () => {
    expect(parsePlanMeta('字段,内容\n发布机构,\n发文字号,\n', FILE).meta.fields).toEqual([]);
  });

  it('rejects an unknown field, a repeated field, a bad date and a bad link', () => {
    const { issues } = parsePlanMeta('字段,内容\n作者,某人\n发布机构,甲\n发布机构,乙\n成文日期,2023年5月\n原文链接,www.example\n', FILE);
    expect(issues.map(formatIssue)).toEqual([
      'data/plan-meta.csv:2:1: E_META_FIELD 未知字段「作者」：可填写的字段为 索引号、发布机构、主题分类、成文日期、发文字号、发布日期、有效性、原文链接。',
      'data/plan-meta.csv:4:1: E_META_DUPLICATE 字段「发布机构」重复出现：每个字段只填一行。',
      'data/plan-meta.csv:5:2: E_META_DATE 「成文日期」应为日期，实际为「2023年5月」：请写成 2023-05-20 这样的格式，或留空。',
      'data/plan-meta.csv:6:2: E_META_URL 「原文链接」应以 http:// 或 https:// 开头，实际为「www.example」。',
    ]);
  });

  it('rejects a missing header', () => {
    expect(parsePlanMeta('发布机构,甲\n', FILE).issues.map((i) => i.code)).toEqual(['E_META_HEADER']);
  });

  it('counts real lines when a value holds a quoted line break', () => {
    const { meta, issues } = parsePlanMeta('字段,内容\r\n发布机构,"某某\r\n办公室"\r\n作者,某人\r\n成文日期,2023年\r\n', FILE);
    expect(meta.fields).toEqual([{ field: '发布机构', value: '某某\r\n办公室' }]);
    expect(issues.map(formatIssue)).toEqual([
      'data/plan-meta.csv:4:1: E_META_FIELD 未知字段「作者」：可填写的字段为 索引号、发布机构、主题分类、成文日期、发文字号、发布日期、有效性、原文链接。',
      'data/plan-meta.csv:5:2: E_META_DATE 「成文日期」应为日期，实际为「2023年」：请写成 2023-05-20 这样的格式，或留空。',
    ]);
  });
});
