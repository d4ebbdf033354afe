/**
 * The front of the document, before its body: web-page debris (breadcrumbs, 发布时间 / 浏览次数
 * lines, a news lead) that is not part of the document, the 印发通知 that wraps the plan (its
 * title 关于印发《…》的通知, 文号, 主送 line, text, issuing office, date and 公开 attribute), and the
 * plan's own title, joined again when it wraps over several lines. Read by rule, for the genre.
 */
import { startsStructure } from './heal';
import type { SourceLine } from './lines';
import { isTableLine } from './attachmentTable';
import { isPageNumber } from './debris';
import { simplifyScript } from './script';

/**
 * `关于印发《某市…方案》的通知`, `某市政府办公厅印发关于…方案的通知`, `印发《…》的通知` (the notice's
 * title, possibly after the issuing body; a web page may quote it in 《》).
 */
const NOTICE_TITLE = /(?:印发|转发).{2,120}的通知》?$/;
/** `关于做好…工作的通知`: a notice title that names no 印发; a notice only when the sentence that issues the plan follows. */
const NOTICE_TITLE_LOOSE = /关于.{2,120}的通知》?$/;
/** The first line of a notice title: it holds 关于 or 印发, or it names the issuing body alone (`某市人民政府办公室`). */
const NOTICE_TITLE_START = /关于|印发|转发|^[\u4e00-\u9fff]{2,24}(?:人民政府|办公室|办公厅|委员会)$/;
/** `某府发〔2024〕1号`, `某办字[2023]12号`, `某府〔2021〕54號` (traditional script). */
export const DOC_NUMBER = /^[\u4e00-\u9fff]{1,16}\s*[〔［\[（(]\s*\d{4}\s*[〕］\]）)]\s*\d{1,4}\s*[号號]$/;
/**
 * The 主送 line of a notice whose title the copy left out (a web page shows it as the page title):
 * the bodies it is sent to, ending in ：. `各县（市、区）人民政府，市直各单位：`.
 */
const ADDRESSEE = /^(?=.*(?:人民政府|政府|部门|单位|机构|管委会|办事处|委员会))[^。；;！？]{2,120}[：:]$/;
/** The notice's one sentence: `现将《…》印发给你们`, `现予以印发`, `现印发你们`. */
export const ISSUES_DOCUMENT = /印发给?你们|予以印发|现予印发|印发给各/;
/** `附件：1.…` in the notice, and the further entries of that list (`2.…`) on their own lines. */
export const NOTICE_ATTACHMENT_LIST = /^附\s*件\s*[：:]/;
export const NOTICE_ATTACHMENT_ENTRY = /^\d{1,2}\s*[.．、]/;
/** `附件1` standing alone after the notice: the document the notice issues follows as its attachment. */
const ATTACHMENT_LABEL = /^附\s*件\s*[0-9０-９一二三四五六七八九十]*$/;
/** `2024年1月5日` or `二〇二四年一月五日`. */
export const DATE_LINE = /^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$/;
/** `（联系电话：…）`, `联系人：…`: a contact line between the notice's date and its 公开 attribute. */
const CONTACT = /^[（(]?\s*联系(?:人|电话|方式|单位)/;
/** `（此件主动公开）`, `(此件公开发布)`. */
export const OPENNESS = /^[（(]\s*此件(.{1,10}?)\s*[）)]$/;
/** What a web page puts above a document: breadcrumbs, publishing data, tools. */
const WEB_DEBRIS = /[>＞»›|｜]|^-{3}|^\d{4}-\d{1,2}-\d{1,2}(?:\s|$)|^(?:发布部门|制发机关|发文单位|分\s*类|有\s*效\s*性|文\s*号)|^(?:首页|当前位置|您当前的位置|您的位置|位置)|^(?:发布时间|发布日期|发文日期|更新时间|时间|来源|信息来源|文章来源|浏览次数|阅读次数|访问次数|访问量|点击数|点击量|作者|字号|字体|【字体|打印|关闭|分享|索\s*引\s*号|主题分类|组配分类|信息分类|生成日期|成文日期|公开方式|发布机构|发文机构|发文字号|文件编号|文件有效性|有效性|是否有效|内容概述|(?:名|文)\s*(?:称|号)\s*[:：|])|^(?:全文|正文|文章正文)$/;
/** Export for the notice head: a web page's metadata may stand between the notice's title and its 主送 line. */
export function isWebDebris(text: string): boolean {
  return WEB_DEBRIS.test(simplifyScript(text));
}
/** A title has no sentence in it. */
const TITLE_LIKE = /^[^。，；：！？,;:!?]{2,80}$/;
/** Words a title of the genre ends with; a title that ends so is complete. */
const TITLE_END = /(?:方案|要点|意见|办法|规划|计划|通知|细则|措施|决定|规定|纲要)(?:[（(][^）)]*[）)])?$/;
/** `（2024—2026年）`: a bracketed subtitle under a title. */
const SUBTITLE = /^[（(][^（()）]{2,30}[）)]$/;
/** After the sentence that issues the plan, the notice may number points of its own (一、提高认识) for this many lines. */
const NOTICE_POINTS_SPAN = 15;
/** How far below a web page's title the notice's own title may stand again (after the page's metadata). */
const NOTICE_REPEAT_SPAN = 16;
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
  /** The 文号 line right above the title of a plan issued without a notice (`某府〔2021〕54号`); null when none. */
  docNumber: SourceLine | null;
  /** Everything after the title. */
  rest: SourceLine[];
}

/** Splits the lines of the body (page debris already out) into debris, notice, title and the rest. */
export function readFront(lines: readonly SourceLine[]): Front {
  const facts: Front['facts'] = { title: [], docNumber: null, office: null, date: null, openness: null };
  const notice = findNotice(lines);
  let start = 0;
  let debris: SourceLine[] = [];
  let untitled = false;
  const noticeLines: SourceLine[] = [];
  if (notice) {
    debris = lines.slice(0, notice.from);
    // Web metadata inside the notice's head (文件编号, 发布日期 lines) is debris too; facts are indexed among the rest.
    const kept = new Map<number, number>();
    for (let i = notice.from; i < notice.to; i++) {
      const line = lines[i] as SourceLine;
      if (notice.debris.has(i)) debris.push(line);
      else kept.set(i, noticeLines.push(line) - 1);
    }
    const at = (i: number | null) => (i === null ? null : (kept.get(i) ?? null));
    facts.title = notice.title.map((i) => kept.get(i) ?? -1);
    facts.docNumber = at(notice.docNumber);
    facts.office = at(notice.office);
    facts.date = at(notice.date);
    facts.openness = at(notice.openness);
    start = notice.to;
  } else {
    while (start < lines.length && !isTitleLine(lines[start]?.text ?? '')) start++;
    // A document that has no title-like line keeps its first line as its title (as issued, markup and all).
    if (start === lines.length) {
      start = 0;
      untitled = true;
    }
    debris = lines.slice(0, start);
    // A copy that keeps only the notice's title above the plan's text (`某市关于印发X的通知`, then the preamble, no 主送 line):
    // that title is the notice's, and the plan is titled by the X it issues (parse.ts, W_PLAN_TITLE_FROM_NOTICE).
    const head = lines[start];
    const next = lines[start + 1]?.text ?? '';
    if (!untitled && head && NOTICE_TITLE.test(simplifyScript(head.text)) && !isTitleLine(next) && !/[：:]$/.test(next)) {
      facts.title = [noticeLines.push(head) - 1];
      start++;
    }
  }
  // A document issued without a notice (an 实施意见) carries its 文号 right above its title: a fact of it, not web debris.
  const above = debris[debris.length - 1];
  let docNumber = !notice && !untitled && above && DOC_NUMBER.test(above.text) ? (debris.pop() ?? null) : null;
  const title: SourceLine[] = [];
  let i = start;
  // Only a title-like line is the plan's title after a notice (which may issue a plan that repeats none).
  const first = lines[i]?.text ?? '';
  if (i < lines.length && (untitled ? !startsStructure(first) : isTitleLine(first))) title.push(lines[i++] as SourceLine);
  const named = notice?.named?.replace(/\s/g, '') ?? null;
  while (i < lines.length && (continuesTitle(title, lines[i] as SourceLine) || continuesNamed(title, lines[i] as SourceLine, named))) title.push(lines[i++] as SourceLine);
  // Or right below it (`某政发〔2024〕9号` under the title, as some documents and copies print it).
  const below = lines[i];
  if (!notice && !untitled && !docNumber && title.length > 0 && below && DOC_NUMBER.test(below.text)) {
    docNumber = below;
    i++;
  }
  return { debris, notice: noticeLines, facts, title, docNumber, rest: lines.slice(i) };
}

function isTitleLine(text: string): boolean {
  return TITLE_LIKE.test(text) && !isWebDebris(text) && !DATE_LINE.test(text) && !DOC_NUMBER.test(text) && !OPENNESS.test(text) && !isPageNumber(text) && !startsStructure(text);
}

/** The next line continues a title the notice names (《…》), across a blank line too: the title so far is its start. */
function continuesNamed(title: readonly SourceLine[], next: SourceLine, named: string | null): boolean {
  if (!named || title.length === 0) return false;
  const joined = title.map((l) => l.text).join('').replace(/\s/g, '');
  return joined !== named && named.startsWith(joined + next.text.replace(/\s/g, ''));
}

/** The next line belongs to the title: a bracketed subtitle, or the rest of a title cut by a line break. */
function continuesTitle(title: readonly SourceLine[], next: SourceLine): boolean {
  const last = title[title.length - 1];
  if (!last || startsStructure(next.text)) return false;
  if (SUBTITLE.test(next.text)) return true;
  const joined = title.map((l) => l.text).join('');
  return next.line === last.line + 1 && !TITLE_END.test(simplifyScript(joined)) && isTitleLine(next.text) && next.text.length <= 30;
}

/** Where the notice stands among the lines: `from`–`to` (exclusive); facts and debris as indexes into the lines. */
interface FoundNotice {
  from: number;
  to: number;
  title: number[];
  docNumber: number | null;
  office: number | null;
  date: number | null;
  openness: number | null;
  debris: Set<number>;
  /** The document the notice issues (《…》), when it names one. */
  named?: string | null;
}

/**
 * The notice: its title (one to three lines ending 的通知, perhaps after its 文号), or, when a web
 * page left the title out, its 主送 line followed by the sentence that issues the plan (印发给你们);
 * then the lines up to its date (and the 公开 attribute after it), or up to the 公开 attribute when
 * the copy gives no date. An `附件1` label right after it, before a title, belongs to it: the plan
 * is the notice's attachment. Null when there is no such head near the top, or no end.
 */
function findNotice(lines: readonly SourceLine[]): FoundNotice | null {
  const limit = Math.min(lines.length, NOTICE_SPAN);
  for (let i = 0; i < limit; i++) {
    const text = lines[i]?.text ?? '';
    // `发布部门：…` reads like a unit line, but above the document it is the page's metadata.
    if (startsStructure(text) && !isWebDebris(text)) return null;
    const head = readNoticeHead(lines, i);
    if (!head) continue;
    // A web page's own title repeats the notice's above its metadata: the notice starts where its title stands again.
    if (repeatsHead(lines, i, head)) continue;
    const found: FoundNotice = { from: i, to: i, title: head.title, docNumber: null, office: null, date: null, openness: null, debris: new Set() };
    if (i > 0 && DOC_NUMBER.test(lines[i - 1]?.text ?? '')) {
      found.from = i - 1;
      found.docNumber = i - 1;
    }
    return readNoticeEnd(lines, head.bodyStart, found);
  }
  return null;
}

/** True when the notice title of `head` (at `i`) stands again below it, before any 主送 line. */
function repeatsHead(lines: readonly SourceLine[], i: number, head: { title: number[]; bodyStart: number }): boolean {
  if (head.title.length === 0) return false;
  const titleOf = (indexes: number[]) => indexes.map((k) => lines[k]?.text ?? '').join('').replace(/\s/g, '');
  const title = titleOf(head.title);
  for (let k = head.bodyStart; k < Math.min(lines.length, i + NOTICE_REPEAT_SPAN); k++) {
    if (ADDRESSEE.test(simplifyScript(lines[k]?.text ?? ''))) return false;
    const again = readNoticeHead(lines, k);
    if (again && again.title.length > 0 && titleOf(again.title) === title) return true;
  }
  return false;
}

/** A notice head at `i`: its title's lines and where its text starts; null when none starts there. */
function readNoticeHead(lines: readonly SourceLine[], i: number): { title: number[]; bodyStart: number } | null {
  const text = lines[i]?.text ?? '';
  if (isTitleLine(text) && NOTICE_TITLE_START.test(simplifyScript(text))) {
    // A 文号 line never belongs to the title itself (it stands above it).
    const span = [1, 2, 3].find((n) => {
      const spanned = lines.slice(i, i + n);
      const joined = simplifyScript(spanned.map((l) => l.text).join(''));
      if (spanned.some((l) => DOC_NUMBER.test(l.text))) return false;
      return NOTICE_TITLE.test(joined) || (NOTICE_TITLE_LOOSE.test(joined) && issuesSoon(lines, i + n));
    });
    if (span !== undefined) return { title: Array.from({ length: span }, (_, k) => i + k), bodyStart: i + span };
  }
  return ADDRESSEE.test(simplifyScript(text)) && issuesSoon(lines, i + 1, 3) ? { title: [], bodyStart: i } : null;
}

/** The sentence that issues the plan (印发给你们) stands within `within` lines from `from`. */
function issuesSoon(lines: readonly SourceLine[], from: number, within = 6): boolean {
  return lines.slice(from, from + within).some((l) => ISSUES_DOCUMENT.test(simplifyScript(l.text)));
}

function readNoticeEnd(lines: readonly SourceLine[], bodyStart: number, found: FoundNotice): FoundNotice | null {
  let addressed = found.title.length === 0;
  let inList = false;
  // The sentence that issues the plan, and the document it names (《…》): after it the notice may hold numbered points of its own.
  let issuedAt: number | null = null;
  let named = namedInTitle(found.title.map((i) => lines[i]?.text ?? '').join(''));
  for (let j = bodyStart; j < Math.min(lines.length, bodyStart + NOTICE_SPAN); j++) {
    const line = lines[j]?.text ?? '';
    const simple = simplifyScript(line);
    if (!addressed && isWebDebris(line)) {
      found.debris.add(j);
      continue;
    }
    if (ADDRESSEE.test(simple)) addressed = true;
    if (issuedAt === null && ISSUES_DOCUMENT.test(simple)) {
      issuedAt = j;
      named = /《([^《》]+)》/.exec(line)?.[1] ?? named;
      found.named = named;
    } else if (issuedAt !== null && named !== null && standsAsTitle(lines, j, named)) {
      // The plan's own title, though the notice gave no date the reader could read: the notice ends above it.
      return closeNotice(lines, found, j);
    }
    inList = NOTICE_ATTACHMENT_LIST.test(line) || (inList && NOTICE_ATTACHMENT_ENTRY.test(line));
    const ownPoint = issuedAt !== null && j - issuedAt <= NOTICE_POINTS_SPAN;
    if (startsStructure(line) && !inList && !ownPoint) return null;
    if (found.docNumber === null && DOC_NUMBER.test(line)) found.docNumber = j;
    if (OPENNESS.test(line) && found.date === null) return closeNotice(lines, { ...found, openness: j }, j + 1);
    if (!DATE_LINE.test(line)) continue;
    found.date = j;
    const office = lines[j - 1]?.text ?? '';
    if (TITLE_LIKE.test(office) && office.length <= 30 && j - 1 >= bodyStart && !ADDRESSEE.test(simplifyScript(office)) && !startsStructure(office)) found.office = j - 1;
    let to = j + 1;
    // A contact line may stand between the date and the 公开 attribute.
    let k = to;
    while (k < to + 2 && CONTACT.test(lines[k]?.text ?? '')) k++;
    if (OPENNESS.test(lines[k]?.text ?? '')) {
      found.openness = k;
      to = k + 1;
    }
    return closeNotice(lines, found, to);
  }
  return null;
}

/** The title `named` stands at `j`, on one line or wrapped over up to three. */
function standsAsTitle(lines: readonly SourceLine[], j: number, named: string): boolean {
  let joined = '';
  for (let k = j; k < j + 3 && k < lines.length; k++) {
    joined += (lines[k]?.text ?? '').replace(/\s/g, '');
    if (joined === named.replace(/\s/g, '')) return true;
    if (!named.replace(/\s/g, '').startsWith(joined)) return false;
  }
  return false;
}

/** The document a notice title issues: `关于印发《X》的通知` / `关于印发X的通知` → X; null when it names none. */
export function namedInTitle(title: string): string | null {
  const quoted = /[《〈]([^《》〈〉]+)[》〉]的通知/.exec(title);
  if (quoted?.[1]) return quoted[1];
  return /(?:印发|转发|印發|轉發)(?:关于|關於)?([^《》〈〉]{2,80}?)的通知》?$/.exec(title)?.[1] ?? null;
}

/** Ends the notice at `to`, taking in an `附件1` label that stands between it and a title. */
function closeNotice(lines: readonly SourceLine[], found: FoundNotice, to: number): FoundNotice {
  const label = lines[to]?.text ?? '';
  const next = lines[to + 1]?.text ?? '';
  // Not when a table follows that title: the notice then issues a table (a 任务分解表), its attachment as usual.
  const table = isTableLine(lines[to + 2]?.text ?? '');
  const end = ATTACHMENT_LABEL.test(label) && isTitleLine(next) && !table ? to + 1 : to;
  return { ...found, to: end };
}

/** True when the notice at the top of `lines` takes in the `附件1` label at source line `label`: the plan is its attachment. */
export function noticeTakesLabel(lines: readonly SourceLine[], label: number): boolean {
  const notice = findNotice(lines);
  return notice !== null && notice.to > 0 && lines[notice.to - 1]?.line === label && ATTACHMENT_LABEL.test(lines[notice.to - 1]?.text ?? '');
}
