/**
 * A made-up plan text of a given size, for the bench and the linear-time tests: parts 一、…, work
 * items （一）… with a unit list each, and every body paragraph cut into lines of 30 characters
 * with a blank line between them, the way a PDF extraction splits a paragraph at each page end,
 * so that healing has to join every line again. Deterministic: the same size gives the same text.
 */
import { formatChineseNumeral } from '../../lib/plan/numerals.ts';

/** Characters of one body paragraph (well under the parser's paragraph limit). */
const PARAGRAPH_CHARS = 1_800;
const LINE_CHARS = 30;
const ITEMS_PER_PART = 99;
const SENTENCE = '各地要按照统一部署扎实推进各项工作，细化责任分工，加强调度督导，确保按期完成目标任务，';

/** The plan text, at least `bytes` long in UTF-8; `parts` and `items` say how many it has. */
export function generatePlanText(bytes: number): { text: string; parts: number; items: number } {
  const lines: string[] = ['某市综合测试行动方案（合成）', '', '为测试长文本的处理，制定本方案。', ''];
  let size = 0;
  let items = 0;
  let part = 0;
  while (size < bytes) {
    part++;
    lines.push(`${formatChineseNumeral(part)}、测试部分`, '');
    for (let n = 1; n <= ITEMS_PER_PART && size < bytes; n++) {
      items++;
      const body = SENTENCE.repeat(Math.ceil(PARAGRAPH_CHARS / SENTENCE.length)).slice(0, PARAGRAPH_CHARS - 1);
      const paragraph = `（${formatChineseNumeral(n)}）测试事项。${body}，〔市测试局、市样例办〕`;
      for (let at = 0; at < paragraph.length; at += LINE_CHARS) lines.push(paragraph.slice(at, at + LINE_CHARS), '');
      size += Buffer.byteLength(paragraph) + 2 * Math.ceil(paragraph.length / LINE_CHARS);
    }
  }
  return { text: `${lines.join('\n')}\n`, parts: part, items };
}

/**
 * A made-up plan that belongs with a synthetic task table (syntheticTasks.ts): a title, one part
 * whose two items bind the county governments to targets (so the site places its county charts
 * as it does for a real plan), and an attachment 1-1 that is the table itself, tab-separated under
 * a two-row header as plans print it. The bench and the scale tests build synthetic counties under
 * this plan: a table must belong to its plan (src/lib/tasks/pairing.ts).
 */
export function generatePairedPlan(tasksCsv: string): string {
  const [header = '', ...rows] = tasksCsv.trim().split('\n');
  const years = [...new Set([...header.matchAll(/(\d{4})年/g)].map((m) => m[1]))];
  const lines = [
    '某市综合测试行动方案（合成）',
    '',
    '为测试大量县（市、区）的任务表，制定本方案。',
    '',
    '一、工作任务',
    '',
    `（一）按期开工。各县（市、区）列入计划的项目要于当年6月底前全面开工。〔各县（市、区）人民政府，市测试局〕`,
    '',
    `（二）严格考核。市政府与各县（市、区）人民政府签订年度目标责任书，年底进行严格考核。〔各县（市、区）人民政府〕`,
    '',
    '附件：1. 各县（市、区）测试任务表',
    '',
    '附件1',
    '',
    '各县（市、区）测试任务表',
    '',
    '单位：套（户）',
    '',
    ['县（市、区）', '合计', '', ...years.flatMap((y) => [`${y}年`, ''])].join('\t'),
    ['', ...Array.from({ length: years.length + 1 }, () => ['开工', '基本建成']).flat()].join('\t'),
    ...rows.map((row) => row.split(',').join('\t')),
  ];
  return `${lines.join('\n')}\n`;
}
