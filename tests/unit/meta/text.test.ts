/**
 * The metadata follows the one text policy (src/lib/text.ts) for every field staff fill in: the
 * block shown on /plan/ as well as the site settings, with the message it always had.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/errors.ts';
import { parsePlanMeta } from '../../../src/lib/meta/index.ts';

const FILE = 'data/plan-meta.csv';
const problems = (text: string) => parsePlanMeta(text, FILE).issues.map(formatIssue);
const FIX = '：请删去这个字符（它常随从网页或文档复制的文字带入）。';

describe('parsePlanMeta on invisible characters', () => {
  it('parsePlanMeta refuses a bidi override or a zero-width space in a field shown on /plan/, not only in a setting', () => {
    expect(problems('字段,内容\n发文字号,赣市府办字\u202E〔2023〕1号\n发布机构,赣州市人民政府\u200B办公室\n')).toEqual([
      `data/plan-meta.csv:2:2: E_META_CONTROL [Excel B2] 「发文字号」的第 6 个字符是看不见的控制字符或格式字符 U+202E${FIX}`,
      `data/plan-meta.csv:3:2: E_META_CONTROL [Excel B3] 「发布机构」的第 8 个字符是看不见的控制字符或格式字符 U+200B${FIX}`,
    ]);
  });

  it('parsePlanMeta refuses look-alike fillers and private-use characters, which are neither Cc nor Cf', () => {
    expect(problems('字段,内容\n简称,棚\u3164改\n主题,城市\uE000更新\n有效性,有效\u034F\n')).toEqual([
      `data/plan-meta.csv:2:2: E_META_CONTROL [Excel B2] 「简称」的第 2 个字符是看不见的控制字符或格式字符 U+3164${FIX}`,
      `data/plan-meta.csv:3:2: E_META_CONTROL [Excel B3] 「主题」的第 3 个字符是看不见的控制字符或格式字符 U+E000${FIX}`,
      `data/plan-meta.csv:4:2: E_META_CONTROL [Excel B4] 「有效性」的第 3 个字符是看不见的控制字符或格式字符 U+034F${FIX}`,
    ]);
  });

  it('parsePlanMeta still reads the metadata the site first shipped', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync('tests/fixtures/site/issued/plan-meta.csv', 'utf8');
    expect(parsePlanMeta(text, FILE).issues).toEqual([]);
  });
});
