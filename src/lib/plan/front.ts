/**
 * The front of the document, before its body: web-page debris (breadcrumbs, 发布时间 / 浏览次数
 * lines, a news lead) that is not part of the document, the 印发通知 that wraps the plan (its
 * title 关于印发《…》的通知, 文号, 主送 line, text, issuing office, date and 公开 attribute), and the
 * plan's own title, joined again when it wraps over several lines. Read by rule, for the genre.
 */
import type { SourceLine } from './heal';
import { startsStructure } from './heal';
import { isPageNumber } from './debris';

/** `关于印发《某市…方案》的通知` (the notice's title, possibly after the issuing body). */
const NOTICE_TITLE = /关于(?:印发|转发).{2,120}的通知$/;
/** `某府发〔2024〕1号`, `某办字[2023]12号`. */
export const DOC_NUMBER = /^[\u4e00-\u9fff]{1,16}[〔［\[（(]\s*\d{4}\s*[〕］\]）)]\s*\d{1,4}\s*号$/;
/** `2024年1月5日` or `二〇二四年一月五日`. */
export const DATE_LINE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$/;
/** `（此件主动公开）`, `(此件公开发布)`. */
export const OPENNESS = /^[（(]\s*此件(.{1,10}?)\s*[）)]$/;
/** What a web page puts above a document: breadcrumbs, publishing data, tools. */
const WEB_DEBRIS = /[>＞»›]|^(?:首页|当前位置|您当前的位置|您的位置|位置)|^(?:发布时间|发布日期|发文日期|更新时间|时间|来源|信息来源|文章来源|浏览次数|阅读次数|访问量|点击数|点击量|作者|字号|字体|【字体|打印|关闭|分享|索引号|主题分类)/;
/** A title has no sentence in it. */
const TITLE_LIKE = /^[^。，；：！？,;:!?]{2,80}$/;
/** Words a title of the genre ends with; a title that ends so is complete. */
const TITLE_END = /(?:方案|要点|意见|办法|规划|计划|通知|细则|措施|决定|规定|纲要)(?:[（(][^）)]*[）)])?$/;
/** `（2024—2026年）`: a bracketed subtitle under a title. */
const SUBTITLE = /^[（(][^（()）]{2,30}[）)]$/;
/** The notice ends within this many lines of its title, or it is not a notice. */
const NOTICE_SPAN = 40;

/** What the front holds; line lists are source lines in order. */
export interface Front {
  /** Lines above the document that are not part of it. */
  debris: SourceLine[];
  /** The notice's lines, its title first; empty when the plan comes without one. */
  notice: SourceLine[];
  /** Where the notice's facts stand among `notice` (indexes), when it has them. */
  facts: { title: number[]; docNumber: number | null; office: number | null; date: number | null; openness: number | null };
  /** The plan's own title, one or more lines. */
  title: SourceLine[];
  /** Everything after the title. */
  rest: SourceLine[];
}

/** Splits the lines of the body (page debris already out) into debris, notice, title and the rest. */
export function readFront(lines: readonly SourceLine[]): Front {
  const facts: Front['facts'] = { title: [], docNumber: null, office: null, date: null, openness: null };
  const notice = findNotice(lines);
  let start = 0;
  let debrisEnd = 0;
  const noticeLines: SourceLine[] = [];
  if (notice) {
    debrisEnd = notice.from;
    for (let i = notice.from; i < notice.to; i++) noticeLines.push(lines[i] as SourceLine);
    Object.assign(facts, notice.facts);
    start = notice.to;
  } else {
    while (start < lines.length && !isTitleLine(lines[start]?.text ?? '')) start++;
    // A document that has no title-like line keeps its first line, and the parser reports it.
    if (start === lines.length) start = 0;
    debrisEnd = start;
  }
  const title: SourceLine[] = [];
  let i = start;
  if (i < lines.length && !startsStructure(lines[i]?.text ?? '')) title.push(lines[i++] as SourceLine);
  while (i < lines.length && continuesTitle(title, lines[i] as SourceLine)) title.push(lines[i++] as SourceLine);
  return { debris: lines.slice(0, debrisEnd), notice: noticeLines, facts, title, rest: lines.slice(i) };
}

function isTitleLine(text: string): boolean {
  return TITLE_LIKE.test(text) && !WEB_DEBRIS.test(text) && !DATE_LINE.test(text) && !isPageNumber(text) && !startsStructure(text);
}

/** The next line belongs to the title: a bracketed subtitle, or the rest of a title cut by a line break. */
function continuesTitle(title: readonly SourceLine[], next: SourceLine): boolean {
  const last = title[title.length - 1];
  if (!last || startsStructure(next.text)) return false;
  if (SUBTITLE.test(next.text)) return true;
  const joined = title.map((l) => l.text).join('');
  return next.line === last.line + 1 && !TITLE_END.test(joined) && isTitleLine(next.text) && next.text.length <= 30;
}

/**
 * The notice: its title (one to three lines ending 的通知, perhaps after its 文号), then the lines up
 * to its date and the 公开 attribute. Null when there is no such title near the top, or no date.
 */
function findNotice(lines: readonly SourceLine[]): { from: number; to: number; facts: Front['facts'] } | null {
  const limit = Math.min(lines.length, NOTICE_SPAN);
  for (let i = 0; i < limit; i++) {
    const text = lines[i]?.text ?? '';
    if (startsStructure(text)) return null;
    if (!isTitleLine(text)) continue;
    // A 文号 line never belongs to the title itself (it stands above it).
    const span = [1, 2, 3].find((n) => {
      const spanned = lines.slice(i, i + n);
      return !spanned.some((l) => DOC_NUMBER.test(l.text)) && NOTICE_TITLE.test(spanned.map((l) => l.text).join(''));
    });
    if (span === undefined) continue;
    const facts: Front['facts'] = { title: [], docNumber: null, office: null, date: null, openness: null };
    let from = i;
    if (i > 0 && DOC_NUMBER.test(lines[i - 1]?.text ?? '')) {
      from = i - 1;
      facts.docNumber = 0;
    }
    facts.title = Array.from({ length: span }, (_, k) => i + k - from);
    for (let j = i + span; j < Math.min(lines.length, i + span + NOTICE_SPAN); j++) {
      const line = lines[j]?.text ?? '';
      if (startsStructure(line)) return null;
      if (facts.docNumber === null && DOC_NUMBER.test(line)) facts.docNumber = j - from;
      if (!DATE_LINE.test(line)) continue;
      facts.date = j - from;
      const office = lines[j - 1]?.text ?? '';
      if (TITLE_LIKE.test(office) && office.length <= 30 && j - 1 >= i + span) facts.office = j - 1 - from;
      let to = j + 1;
      if (OPENNESS.test(lines[to]?.text ?? '')) facts.openness = to++ - from;
      return { from, to, facts };
    }
    return null;
  }
  return null;
}
