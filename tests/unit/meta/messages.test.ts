import path from 'node:path';
import { expect } from 'vitest';
import { CODES, MESSAGES } from '../../../src/lib/meta/messages.ts';
import { describeMessages, type Pins } from '../../helpers/messages.ts';

const PINS: Pins<typeof MESSAGES> = {
  metaHeader: () => {
    expect(MESSAGES.metaHeader(['发布机构', '甲'])).toMatchInlineSnapshot(`"表头应为「字段,内容」，实际为「发布机构,甲」：请恢复表头。"`);
    expect(MESSAGES.metaHeader([])).toMatchInlineSnapshot(`"表头应为「字段,内容」，实际为「」：请恢复表头。"`);
  },
  metaField: () => expect(MESSAGES.metaField('作者')).toMatchInlineSnapshot(`"未知字段「作者」：可填写的字段为 索引号、发布机构、主题分类、成文日期、发文字号、发布日期、有效性、公开方式、原文链接（显示在方案页的信息栏中），以及网站设置 网站名称、主题、简称、地区、关键词、数据包名称、数据许可（不在信息栏中显示）。"`),
  metaDuplicate: () => expect(MESSAGES.metaDuplicate('发布机构')).toMatchInlineSnapshot(`"字段「发布机构」重复出现：每个字段只填一行。"`),
  metaDate: () => expect(MESSAGES.metaDate('成文日期', '2023年5月')).toMatchInlineSnapshot(`"「成文日期」应为日期，实际为「2023年5月」：请写成 2023-05-20 这样的格式，或留空。"`),
  metaUrl: () => expect(MESSAGES.metaUrl('原文链接', 'www.example')).toMatchInlineSnapshot(`"「原文链接」应以 http:// 或 https:// 开头，实际为「www.example」。"`),
  metaControl: () => {
    expect(MESSAGES.metaControl('简称', 0x202e, 2)).toMatchInlineSnapshot(`"「简称」的第 2 个字符是看不见的控制字符或格式字符 U+202E：请删去这个字符（它常随从网页或文档复制的文字带入）。"`);
    expect(MESSAGES.metaControl('网站名称', 0x09, 5)).toMatchInlineSnapshot(`"「网站名称」的第 5 个字符是看不见的控制字符或格式字符 U+0009：请删去这个字符（它常随从网页或文档复制的文字带入）。"`);
    expect(MESSAGES.metaControl('地区', 0xe0001, 1)).toMatchInlineSnapshot(`"「地区」的第 1 个字符是看不见的控制字符或格式字符 U+E0001：请删去这个字符（它常随从网页或文档复制的文字带入）。"`);
  },
  metaTooLong: () => {
    expect(MESSAGES.metaTooLong('网站名称', '某'.repeat(101), 100)).toMatchInlineSnapshot(`"「网站名称」有 101 个字符（「某某某某某某某某某某某某某某某某某某某某…」），超过 100 个字符的上限：请改短。"`);
    expect(MESSAGES.metaTooLong('简称', '危改', 1)).toMatchInlineSnapshot(`"「简称」有 2 个字符（「危改」），超过 1 个字符的上限：请改短。"`);
  },
  metaKeywordDuplicate: () => expect(MESSAGES.metaKeywordDuplicate('关键词', '危改')).toMatchInlineSnapshot(`"「关键词」中的「危改」重复出现：每个关键词只写一次，请删去重复的一个。"`),
  metaLicense: () => expect(MESSAGES.metaLicense('数据许可', '署名 4.0')).toMatchInlineSnapshot(`"「数据许可」应为许可证标识（如 CC-BY-4.0）、许可证网址，或两者以空格隔开，实际为「署名 4.0」：请改写，或留空（不声明许可）。"`),
  metaPackageName: () => expect(MESSAGES.metaPackageName('数据包名称', 'City Plan')).toMatchInlineSnapshot(`"「数据包名称」只能由小写英文字母、数字和「.」「_」「-」组成，并以字母或数字开头，实际为「City Plan」：请改写，如 city-renewal-plan。"`),
};

describeMessages('metadata', { CODES, MESSAGES, PINS, dir: path.join('src', 'lib', 'meta') });
