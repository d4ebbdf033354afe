/**
 * A work item from its healed paragraphs: label and numeral, heading (up to the first 。), body,
 * and the closing unit list, which may stand at the end of the last paragraph or in a paragraph
 * of its own.
 */
import { issueError, type Issue } from '../errors';
import { locateInParagraph, type HealedParagraph } from './heal';
import { readNumberLabel } from './numbering';
import { CODES, MESSAGES } from './messages';
import type { WorkItem } from './types';
import { findTrailingInlineList, findTrailingUnitList, findUnclosedUnitList, readUnits, UNIT_LINE, type UnitReading } from './units';

/** An item as gathered: its paragraphs, before unit identities are resolved. */
export interface DraftItem {
  item: WorkItem;
  /** The units as the list names them (names as written, roles, shared-suffix readings). */
  reading: UnitReading;
}

interface BodyText {
  text: string;
  /** Offset of `text` within its paragraph. */
  offset: number;
  paragraph: HealedParagraph;
}

/** The item's label as written and its value, e.g. 12 for `（十二）` or `12.`. */
export function readItemNumber(text: string): { label: string; numeral: string; value: number } | null {
  const found = readNumberLabel(text);
  return found ? { label: found.label, numeral: found.numeral, value: found.value } : null;
}

/** True when the item's last paragraph already ends with its unit list (the item is closed). */
export function endsWithUnitList(paragraphs: readonly HealedParagraph[]): boolean {
  const last = paragraphs[paragraphs.length - 1];
  if (!last) return false;
  const text = paragraphs.length === 1 ? readFirstBody(last) : last.text;
  return findTrailingUnitList(text) !== null || findTrailingInlineList(text) !== null;
}

/** The text of an item's first paragraph after its label and heading. */
function readFirstBody(first: HealedParagraph): string {
  const label = readItemNumber(first.text)?.label ?? '';
  return splitHeading(first.text.slice(label.length)).rest;
}

/** `细化编制行动方案。各地要…` → heading `细化编制行动方案。` and the rest. */
export function splitHeading(text: string): { heading: string; rest: string } {
  const end = text.indexOf('。');
  return end < 0 ? { heading: text, rest: '' } : { heading: text.slice(0, end + 1), rest: text.slice(end + 1) };
}

/** Builds an item from its paragraphs (the first one starts with the label). */
export function buildItem(paragraphs: readonly HealedParagraph[], ordinal: number, file: string, issues: Issue[]): DraftItem {
  const [first, ...others] = paragraphs;
  if (!first) throw new Error('buildItem needs at least one paragraph');
  const number = readItemNumber(first.text) ?? { label: '', numeral: '', value: ordinal };
  const afterLabel = first.text.slice(number.label.length);
  // `1. 标题`: the space after a label belongs to neither the label nor the heading.
  const space = afterLabel.length - afterLabel.trimStart().length;
  const { heading, rest } = splitHeading(afterLabel.slice(space));
  const bodies: BodyText[] = [
    { text: rest, offset: number.label.length + space + heading.length, paragraph: first },
    ...others.map((paragraph) => ({ text: paragraph.text, offset: 0, paragraph })),
  ];
  let unitsText: string | null = null;
  let reading: UnitReading = { names: [], roles: [], readings: [], collectives: [], deadline: null };
  // Unbracketed list lines after the body (`牵头单位：…` / `配合单位：…` / `完成时限：…`), each a paragraph.
  let lines = 0;
  while (bodies.length - lines > 1 && UNIT_LINE.test(bodies[bodies.length - 1 - lines]?.text ?? '')) lines++;
  const last = bodies[bodies.length - 1 - lines];
  // A bracketed list (`〔…〕`), else an unbracketed one written inline after the last sentence (`…。责任单位：…。`).
  const list = lines === 0 && last ? (findTrailingUnitList(last.text) ?? findTrailingInlineList(last.text)) : null;
  if (lines > 0) {
    const listLines = bodies.splice(bodies.length - lines, lines).map((b) => b.text);
    unitsText = listLines.join('\n');
    reading = readUnits(unitsText);
  } else if (last && list) {
    unitsText = list.text;
    reading = list;
    last.text = last.text.slice(0, list.start);
  } else if (last) {
    reportUnclosedList(last, file, issues);
  }
  const item: WorkItem = {
    ordinal,
    numeral: number.numeral,
    label: number.label,
    heading,
    shortTitle: heading.replace(/。$/, ''),
    body: bodies
      .map((b) => ({ text: b.text.trim(), line: locateInParagraph(b.paragraph, b.offset).line }))
      .filter((b) => b.text !== ''),
    unitsText,
    units: [],
    collectives: reading.collectives,
    ...(reading.deadline === null ? {} : { deadline: reading.deadline }),
    line: first.line,
  };
  return { item, reading };
}

function reportUnclosedList(body: BodyText, file: string, issues: Issue[]): void {
  const start = findUnclosedUnitList(body.text);
  if (start === null) return;
  const where = locateInParagraph(body.paragraph, body.offset + start);
  const message = MESSAGES.unitsUnclosed(body.text.slice(start));
  issues.push(issueError(file, where.line, where.column, CODES.unitsUnclosed, message));
}
