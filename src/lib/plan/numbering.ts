/**
 * The numbering systems of Chinese official documents, highest level first (GB/T 9704):
 * `一、` → `（一）` → `1.` → `（1）`, each in full- or half-width forms (`(一)`, `1、`, `１．`). A
 * paragraph's label is read by rule, never by listing one plan's headings; which system numbers
 * the parts and which the work items is decided by the systems the plan uses (see
 * {@link chooseLevels}).
 */
import { formatChineseNumeral, NUMERAL_CHARS, parseChineseNumeral } from './numerals';

/** The four systems, highest level first. */
export const SYSTEMS = ['cn', 'cnParen', 'arabic', 'arabicParen'] as const;
export type NumberingSystem = (typeof SYSTEMS)[number];

/** A label at the start of a paragraph. */
export interface NumberLabel {
  system: NumberingSystem;
  /** The label as written, e.g. `（十二）`, `(3)`, `2．`, without the space after it. */
  label: string;
  /** The numeral as written, e.g. `十二` or `３`. */
  numeral: string;
  /** e.g. 12. */
  value: number;
}

const NUM = `[${NUMERAL_CHARS}]{1,3}`;
const DIGITS = '[0-9０-９]{1,2}';
const PATTERNS: Record<NumberingSystem, RegExp> = {
  // `一、` `一．` `一.`; a Chinese numeral followed by a dot is never a decimal.
  cn: new RegExp(`^(${NUM})[、．.]`),
  cnParen: new RegExp(`^[（(]\\s*(${NUM})\\s*[）)]`),
  // `1.` `1、` `１．`, but not `1.5万套`, `2023年` or an attachment entry `1-1.`.
  arabic: new RegExp(`^(${DIGITS})[.．、](?![0-9０-９])`),
  arabicParen: new RegExp(`^[（(]\\s*(${DIGITS})\\s*[）)]`),
};

/** Reads the numbering label that opens `text`; null when it opens with none. */
export function readNumberLabel(text: string): NumberLabel | null {
  for (const system of SYSTEMS) {
    const match = PATTERNS[system].exec(text);
    if (!match) continue;
    const numeral = match[1] ?? '';
    const value = system === 'cn' || system === 'cnParen' ? parseChineseNumeral(numeral) : readDigits(numeral);
    if (value === null || value < 1) return null;
    return { system, label: match[0], numeral, value };
  }
  return null;
}

/** `１２` → 12 (full-width digits read as ASCII). */
function readDigits(text: string): number {
  return Number(text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

/** The label of number `n` in a system's usual form, for messages: `三、`, `（三）`, `3.`, `（3）`. */
export function formatNumberLabel(system: NumberingSystem, n: number): string {
  switch (system) {
    case 'cn':
      return `${formatChineseNumeral(n)}、`;
    case 'cnParen':
      return `（${formatChineseNumeral(n)}）`;
    case 'arabic':
      return `${n}.`;
    case 'arabicParen':
      return `（${n}）`;
  }
}

/** Which system numbers the parts and which the work items. */
export interface Levels {
  /** The parts' system; null when the plan uses one level only (its labels number the items). */
  part: NumberingSystem | null;
  /** The items' system; null when no paragraph is numbered. */
  item: NumberingSystem | null;
}

/**
 * The highest system used numbers the parts and the next one used numbers the work items; a plan
 * that numbers only one level has those as its work items. Lower levels stay inside the items.
 */
export function chooseLevels(used: ReadonlySet<NumberingSystem>): Levels {
  const present = SYSTEMS.filter((s) => used.has(s));
  const [first = null, second = null] = present;
  if (second === null) return { part: null, item: first };
  return { part: first, item: second };
}

/** `三、重点工作` or `一、总体要求。正文…` → the title (up to the first 。, without it) and what follows. */
export function splitInlineHeading(rest: string): { title: string; heading: string; body: string } {
  const end = rest.indexOf('。');
  if (end < 0) return { title: rest.trim(), heading: rest, body: '' };
  return { title: rest.slice(0, end).trim(), heading: rest.slice(0, end + 1), body: rest.slice(end + 1) };
}
