import path from 'node:path';
import { expect } from 'vitest';
import { CODES, MESSAGES } from '../../../src/lib/config/messages.ts';
import { describeMessages, type Pins } from '../../helpers/messages.ts';

const PINS: Pins<typeof MESSAGES> = {
  today: () => expect(MESSAGES.today('2026/12/31')).toMatchInlineSnapshot(`"环境变量 SITE_TODAY 的值「2026/12/31」不是有效日期：请写成 2026-12-31 这样的格式，或不设置它（默认取北京时间的今天）。"`),
  siteUrl: () => expect(MESSAGES.siteUrl('www.example.gov.cn')).toMatchInlineSnapshot(`"环境变量 SITE_URL 的值「www.example.gov.cn」不是网站地址：请写成 https://www.example.gov.cn 这样的形式，或不设置它。"`),
  basePath: () => expect(MESSAGES.basePath('/gz /')).toMatchInlineSnapshot(`"环境变量 BASE_PATH 的值「/gz /」不是网址中的路径：请写成 /penggai/ 这样的形式（不含空格、?、#、\\、引号、尖括号，也不含 . 或 .. 这样的段），或不设置它。"`),
};

describeMessages('settings', { CODES, MESSAGES, PINS, dir: path.join('src', 'lib', 'config') });
