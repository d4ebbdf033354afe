import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/errors.ts';
import { hashVersionSlugs, parseSlugRecord, writeSlugRecord } from '../../../src/lib/releases/slugs.ts';

const FILE = 'data/releases/slugs.csv';
const HEADER = '县（市、区）,网址名,首次发布版本';
const lines = (text: string) => parseSlugRecord(text, FILE).issues.map(formatIssue);

describe('parseSlugRecord', () => {
  it('reads every published name with its slug, version and line', () => {
    const { rows, issues } = parseSlugRecord(`\uFEFF${HEADER}\r\n章贡区,zhanggongqu,v1\r\n章工区,zhanggongqu-2,v2\r\n`, FILE);
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { name: '章贡区', slug: 'zhanggongqu', version: 'v1', line: 2 },
      { name: '章工区', slug: 'zhanggongqu-2', version: 'v2', line: 3 },
    ]);
  });

  it('rejects a slug given to two names, a name recorded twice, a malformed slug and a short row', () => {
    expect(lines(`${HEADER}\n章贡区,zhanggongqu,v1\n章工区,zhanggongqu,v2\n章 贡区,zgq,v2\n南康区,Nan Kang,v1\n赣县区,ganxianqu\n`)).toEqual([
      'data/releases/slugs.csv:3:2: E_SLUGS_DUPLICATE_SLUG 网址名「zhanggongqu」已在第 2 行分给了「章贡区」：一个网址只能属于一个县（市、区），已发布的网址不能换主人。请从版本控制（git）恢复这个文件。',
      'data/releases/slugs.csv:4:1: E_SLUGS_DUPLICATE_NAME 「章 贡区」已在第 2 行记录过网址：每个名称只记一行。请从版本控制（git）恢复这个文件。',
      'data/releases/slugs.csv:5:2: E_SLUGS_FORMAT 网址名「Nan Kang」无效：只能由小写字母、数字和连字符组成，如 dongqu、dongqu-2。这个文件由 npm run release 写入，请从版本控制（git）恢复它。',
      'data/releases/slugs.csv:6:1: E_SLUGS_ROW 本行应有 县（市、区）、网址名、首次发布版本 三项，实际为「赣县区,ganxianqu」：这个文件由 npm run release 写入，请从版本控制（git）恢复它。',
    ]);
  });

  it('rejects a wrong header', () => {
    expect(lines('name,slug\n')).toEqual([`data/releases/slugs.csv:1:1: E_SLUGS_HEADER 网址记录的表头应为「${HEADER}」，实际为「name,slug」：请从版本控制（git）恢复这个文件。`]);
  });
});

describe('writeSlugRecord and hashVersionSlugs', () => {
  const records = [
    { name: '章贡区', slug: 'zhanggongqu', version: 'v1' },
    { name: '章工区', slug: 'zhanggongqu-2', version: 'v2' },
  ];

  it('writes UTF-8 with BOM and CRLF, and reads back the same', () => {
    const text = writeSlugRecord(records);
    expect(text).toBe(`\uFEFF${HEADER}\r\n章贡区,zhanggongqu,v1\r\n章工区,zhanggongqu-2,v2\r\n`);
    expect(parseSlugRecord(text, FILE).rows.map(({ line: _line, ...r }) => r)).toEqual(records);
  });

  it('seals the lines a version first published, as written; an empty set for a version with none', () => {
    const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
    expect(hashVersionSlugs(records, 'v2')).toBe(sha256('章工区,zhanggongqu-2,v2\r\n'));
    expect(hashVersionSlugs(records, 'v3')).toBe(sha256(''));
  });
});
