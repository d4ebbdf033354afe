/**
 * Page-break healing. The PDF extraction splits paragraphs wherever a page ended, leaving a blank
 * line mid-sentence (市发 | 改委, 下 | 浮10-20BP). The rule: a paragraph that does not end a sentence
 * (or leaves a bracket open) and is not a heading is joined to the next one, unless the next one
 * starts a structural element (part heading, item label, 附件). No list of known places.
 */
import { NUMERAL_CHARS } from './numerals';

/** One non-blank source line, trimmed, with where its text starts. */
export interface SourceLine {
  text: string;
  /** 1-based line. */
  line: number;
  /** 1-based column of the first non-blank character. */
  column: number;
}

/** A paragraph after healing, with the source lines it was joined from. */
export interface HealedParagraph {
  text: string;
  line: number;
  column: number;
  /** Where each joined source line starts in `text`, in order. */
  pieces: { offset: number; line: number; column: number }[];
}

/** `三、重点工作`: a part heading (short, no sentence inside). */
export const PART_HEADING = new RegExp(`^([${NUMERAL_CHARS}]+)、\\s*([^。；！？]{1,30})$`);
/** `（十二）`: a work-item label at the start of a paragraph. */
export const ITEM_LABEL = new RegExp(`^（([${NUMERAL_CHARS}]+)）`);
/** `附件：1-1. …`: the attachment list. */
export const ATTACHMENT_LIST = /^附\s*件\s*[：:]/;
/** `1-2. 某某表`: a further entry of the attachment list on its own line. */
const ATTACHMENT_ENTRY = /^\d+(?:-\d+)?\s*[.．、]/;

const TERMINAL = new Set([...'。！？；：〕）」”’』》】…!?;:)']);
const OPENERS = new Set([...'（〔【《“「『(']);
const CLOSERS = new Set([...'）〕】》”」』)']);

/** Splits text into trimmed non-blank lines with their positions. */
export function splitSourceLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const start = raw.search(/\S/);
    if (start < 0) return;
    lines.push({ text: raw.trim(), line: index + 1, column: start + 1 });
  });
  return lines;
}

/** True when the paragraph starts a structural element that is never joined to what precedes it. */
export function startsStructure(text: string): boolean {
  return PART_HEADING.test(text) || ITEM_LABEL.test(text) || /^附\s*件/.test(text);
}

/** Bracket depth left open at the end of the text (all bracket kinds counted together). */
export function countOpenBrackets(text: string): number {
  let depth = 0;
  for (const ch of text) {
    if (OPENERS.has(ch)) depth++;
    else if (CLOSERS.has(ch) && depth > 0) depth--;
  }
  return depth;
}

/** A heading stands alone: a part heading, a short item heading, or the attachment list. */
function isHeading(text: string): boolean {
  if (PART_HEADING.test(text) || ATTACHMENT_LIST.test(text)) return true;
  const item = ITEM_LABEL.exec(text);
  return item !== null && /^[^。，；、！？]{1,20}$/.test(text.slice(item[0].length));
}

/** True when `prev` was split mid-sentence from `next` and the two belong together. */
export function shouldJoin(prev: string, next: string): boolean {
  if (ATTACHMENT_LIST.test(prev)) return ATTACHMENT_ENTRY.test(next);
  if (isHeading(prev) || startsStructure(next)) return false;
  const last = [...prev].pop() ?? '';
  return !TERMINAL.has(last) || countOpenBrackets(prev) > 0;
}

/** Joins split paragraphs again; every line of input appears in exactly one paragraph. */
export function healPageBreaks(lines: readonly SourceLine[]): HealedParagraph[] {
  const result: HealedParagraph[] = [];
  let current: HealedParagraph | null = null;
  for (const source of lines) {
    if (current && shouldJoin(current.text, source.text)) {
      const glue = needsSpace(current.text, source.text) ? ' ' : '';
      current.text += glue;
      current.pieces.push({ offset: current.text.length, line: source.line, column: source.column });
      current.text += source.text;
      continue;
    }
    current = {
      text: source.text,
      line: source.line,
      column: source.column,
      pieces: [{ offset: 0, line: source.line, column: source.column }],
    };
    result.push(current);
  }
  return result;
}

/** Latin words and numbers split across lines keep a space; Chinese text joins directly. */
function needsSpace(prev: string, next: string): boolean {
  return ATTACHMENT_LIST.test(prev) || (/[A-Za-z0-9]$/.test(prev) && /^[A-Za-z0-9]/.test(next));
}

/** Source line and column of a character index within a healed paragraph. */
export function locateInParagraph(paragraph: HealedParagraph, index: number): { line: number; column: number } {
  let piece = paragraph.pieces[0] ?? { offset: 0, line: paragraph.line, column: paragraph.column };
  for (const candidate of paragraph.pieces) if (candidate.offset <= index) piece = candidate;
  return { line: piece.line, column: piece.column + (index - piece.offset) };
}
