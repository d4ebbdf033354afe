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
