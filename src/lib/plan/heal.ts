/**
 * Page-break healing. The PDF extraction splits paragraphs wherever a page ended, leaving a blank
 * line mid-sentence (市发 | 改委, 下 | 浮10-20BP). The rule: a paragraph that does not end a sentence
 * (or leaves a bracket open) and is not a heading is joined to the next one, unless the next one
 * starts a structural element (part heading, item label, 附件). No list of known places.
 */
import { readNumberLabel } from './numbering';
import { NUMERAL_CHARS } from './numerals';
import { detectWrapWidth, SLACK, visualWidth } from './wrap';
import { UNIT_LINE } from './units';
import type { SourceLine } from './lines';

/** A paragraph after healing, with the source lines it was joined from. */
export interface HealedParagraph {
  text: string;
  line: number;
  column: number;
  /** Where each joined source line starts in `text`, in order. */
  pieces: { offset: number; line: number; column: number }[];
}

/** `附件：1-1. …`: the attachment list. */
export const ATTACHMENT_LIST = /^附\s*件\s*[：:]/;
/** `1-2. 某某表`: a further entry of the attachment list on its own line. */
const ATTACHMENT_ENTRY = /^\d+(?:-\d+)?\s*[.．、]/;
/** A short numbered heading standing alone: no sentence inside (`三、重点工作`, `（一）细化编制行动方案`). */
const HEADING_TITLE = /^[^。，；、！？]{1,30}$/;
/**
 * An unnumbered heading of the genre: `第一章 总则`, `第二节…`, a numeral without its 、
 * (`二 主要任务`), or a short word spaced out (`附　则`, `总 则`). A short line without punctuation is otherwise taken for a split sentence.
 */
const BARE_HEADING = new RegExp(`^(?:(?:第[${NUMERAL_CHARS}]+[章节篇部分]|[${NUMERAL_CHARS}]+[ \u3000])[^。，；！？]{0,20}|[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,4})$`);

const TERMINAL = new Set([...'。！？；：〕）」”’』》】…!?;:)']);
const OPENERS = new Set([...'（〔【《“「『(']);
const CLOSERS = new Set([...'）〕】》”」』)']);

/** True when the paragraph starts a structural element (a numbered heading, 附件) that is never joined to what precedes it. */
export function startsStructure(text: string): boolean {
  return readNumberLabel(text) !== null || /^附\s*件/.test(text) || UNIT_LINE.test(text);
}

/** Bracket depth left open at the end of the text (all bracket kinds counted together). */
export function countOpenBrackets(text: string, depth = 0): number {
  for (const ch of text) {
    if (OPENERS.has(ch)) depth++;
    else if (CLOSERS.has(ch) && depth > 0) depth--;
  }
  return depth;
}

/**
 * An unnumbered sub-heading that opens a paragraph (`指导思想`, `基本原则`): a few characters, no
 * punctuation. A paragraph's first line is never so short when the paragraph goes on (a page or a
 * wrap breaks a full line), so such a line stands alone.
 */
const SHORT_HEADING = /^[\u4e00-\u9fff]{2,8}$/;

/** A heading stands alone: a short numbered heading of any level, a bare short line, or the attachment list. */
function isHeading(text: string): boolean {
  if (ATTACHMENT_LIST.test(text) || BARE_HEADING.test(text) || SHORT_HEADING.test(text)) return true;
  const label = readNumberLabel(text);
  return label !== null && HEADING_TITLE.test(text.slice(label.label.length).trim());
}

/**
 * What the join rule needs to know of a paragraph, kept up to date line by line so that joining
 * never reads the growing paragraph again (healing is linear in the size of the text).
 */
interface JoinState {
  /** The first line: a heading or the attachment list (decided once, from that line alone). */
  heading: boolean;
  list: boolean;
  /** The last character of the paragraph so far. */
  last: string;
  /** Brackets left open so far. */
  depth: number;
  /** The last line filled the width of hard-wrapped text (see wrap.ts): it ends mid-paragraph. */
  full: boolean;
}

function startState(text: string, wrap: number | null, meter?: HealMeter): JoinState {
  if (meter) meter.chars += text.length;
  return { heading: isHeading(text), list: ATTACHMENT_LIST.test(text), last: lastChar(text), depth: countOpenBrackets(text), full: isFull(text, wrap) };
}

function isFull(text: string, wrap: number | null): boolean {
  return wrap !== null && visualWidth(text) >= wrap - SLACK;
}

/** The last character (a whole code point) of a line. */
function lastChar(text: string): string {
  const code = text.codePointAt(text.length - 1) ?? 0;
  const surrogate = code >= 0xdc00 && code <= 0xdfff && text.length > 1;
  return surrogate ? text.slice(-2) : text.slice(-1);
}

/** `indented`: the next line starts further in than the text's left edge (a new paragraph in wrapped text). */
function joins(state: JoinState, next: string, indented: boolean, meter?: HealMeter): boolean {
  if (meter) meter.chars += next.length;
  if (state.list) return ATTACHMENT_ENTRY.test(next);
  if (state.heading || startsStructure(next)) return false;
  return !TERMINAL.has(state.last) || state.depth > 0 || (state.full && !indented);
}

/** True when `prev` was split mid-sentence from `next` and the two belong together. */
export function shouldJoin(prev: string, next: string): boolean {
  return joins(startState(prev, null), next, false);
}

/**
 * Counts the characters the join rule reads (each call's argument), to show in tests that healing
 * stays linear: a rule that read the growing paragraph again would count its length every time.
 */
export interface HealMeter {
  chars: number;
}

/**
 * Joins split paragraphs again; every line of input appears in exactly one paragraph. Each line
 * is read a bounded number of times, whatever the paragraph's length (`meter` counts them).
 */
export function healPageBreaks(lines: readonly SourceLine[], meter?: HealMeter): HealedParagraph[] {
  const wrap = detectWrapWidth(lines);
  // Wrapped text that indents its paragraphs: the usual left edge is the smallest column.
  const edge = lines.reduce((min, l) => Math.min(min, l.column), Number.POSITIVE_INFINITY);
  const result: HealedParagraph[] = [];
  let current: { paragraph: HealedParagraph; texts: string[]; length: number; state: JoinState } | null = null;
  const close = () => {
    if (current) current.paragraph.text = current.texts.join('');
  };
  for (const source of lines) {
    if (current && joins(current.state, source.text, wrap !== null && source.column > edge, meter)) {
      const { state } = current;
      const glue = state.list || (/[A-Za-z0-9]/.test(state.last) && /^[A-Za-z0-9]/.test(source.text)) ? ' ' : '';
      current.texts.push(glue, source.text);
      current.length += glue.length;
      current.paragraph.pieces.push({ offset: current.length, line: source.line, column: source.column });
      current.length += source.text.length;
      state.last = lastChar(source.text);
      state.full = isFull(source.text, wrap);
      if (meter) meter.chars += source.text.length;
      state.depth = countOpenBrackets(source.text, state.depth);
      continue;
    }
    close();
    const paragraph = { text: source.text, line: source.line, column: source.column, pieces: [{ offset: 0, line: source.line, column: source.column }] };
    current = { paragraph, texts: [source.text], length: source.text.length, state: startState(source.text, wrap, meter) };
    result.push(paragraph);
  }
  close();
  return result;
}

/** Source line and column of a character index within a healed paragraph. */
export function locateInParagraph(paragraph: HealedParagraph, index: number): { line: number; column: number } {
  let piece = paragraph.pieces[0] ?? { offset: 0, line: paragraph.line, column: paragraph.column };
  for (const candidate of paragraph.pieces) if (candidate.offset <= index) piece = candidate;
  return { line: piece.line, column: piece.column + (index - piece.offset) };
}
