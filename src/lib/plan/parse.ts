/**
 * Text in, `Plan` out: title, preamble, parts (一、…), work items （一）…, the attachment list and
 * the attachment tables. Every issue in the file is collected; `parsePlan` then fails once.
 */
import { hasErrors, issueError, type Issue } from '../errors';
import { decodePlanText } from './decode';
import { parseAttachment, type RawLine } from './attachment';
import { ATTACHMENT_LIST, healPageBreaks, PART_HEADING, startsStructure, type HealedParagraph, type SourceLine } from './heal';
import { readHeadlineFigures } from './headline';
import { CODES, MESSAGES } from './messages';
import { buildItem, endsWithUnitList, readItemNumber, type DraftItem } from './items';
import { checkItemNumber, checkPartNumber, type NumberingState } from './order';
import { parseChineseNumeral } from './numerals';
import type { AttachmentTable, Paragraph, Part, Plan } from './types';
import { collectUnits, mentionUnits, resolveUnitIdentities } from './units';

/** `附件 1-1` standing alone on its line starts an attachment. */
const ATTACHMENT_LABEL = /^附\s*件\s*[0-9０-９一二三四五六七八九十]*(?:\s*[-－—]\s*[0-9０-９]+)?$/;

interface DraftPart {
  part: Part;
  items: { paragraphs: HealedParagraph[]; ordinal: number }[];
}

/**
 * Decodes, parses and validates a plan. Never throws: the plan is null when any issue is an
 * error. `file` is the path shown in issue locations.
 */
export function parsePlan(input: string | Uint8Array, file: string): { plan: Plan | null; issues: Issue[] } {
  const decoded = decodePlanText(input, file);
  if (decoded.text === null) return { plan: null, issues: decoded.issues };
  const { plan, issues } = parsePlanText(decoded.text, file);
  return { plan: hasErrors(issues) ? null : plan, issues };
}

/** Parses decoded text; returns the plan as far as it could be read and every issue found. */
export function parsePlanText(text: string, file: string): { plan: Plan; issues: Issue[] } {
  const issues: Issue[] = [];
  const rawLines: RawLine[] = text.split(/\r\n|\r|\n/).map((raw, i) => ({ raw, line: i + 1 }));
  const attachmentStart = rawLines.findIndex((l) => ATTACHMENT_LABEL.test(l.raw.trim()));
  const bodyLines = attachmentStart < 0 ? rawLines : rawLines.slice(0, attachmentStart);
  // The title is the first line and never joins the preamble, though it ends without 。.
  const [titleLine, ...restLines] = bodyLines.flatMap(toSourceLine);
  let title = '';
  if (titleLine && !startsStructure(titleLine.text)) title = titleLine.text;
  else issues.push(issueError(file, titleLine?.line ?? 0, titleLine ? titleLine.column : 0, CODES.planNoTitle, MESSAGES.planNoTitle()));
  const body = healPageBreaks(title || !titleLine ? restLines : [titleLine, ...restLines]);

  const preamble: Paragraph[] = [];
  const closing: Paragraph[] = [];
  const parts: DraftPart[] = [];
  let attachmentList: Plan['attachmentList'] = null;
  const numbering: NumberingState = { lastPart: null, parts: new Map(), lastItem: null, items: new Map(), partsSinceItem: 0 };
  let ordinal = 0;

  for (const paragraph of body) {
    const part = parts[parts.length - 1];
    const item = part?.items[part.items.length - 1];
    const heading = PART_HEADING.exec(paragraph.text);
    const numeral = heading?.[1] ?? '';
    const itemNumber = readItemNumber(paragraph.text);
    if (attachmentList) {
      closing.push(toParagraph(paragraph));
    } else if (ATTACHMENT_LIST.test(paragraph.text)) {
      attachmentList = readAttachmentList(paragraph);
    } else if (heading && parseChineseNumeral(numeral) !== null) {
      const number = parseChineseNumeral(numeral) ?? 0;
      const label = paragraph.text;
      checkPartNumber(numbering, { number, label, line: paragraph.line }, file, issues);
      const newPart: Part = { number, numeral, label, title: (heading[2] ?? '').trim(), paragraphs: [], items: [], line: paragraph.line };
      parts.push({ part: newPart, items: [] });
    } else if (itemNumber) {
      if (!part) {
        const message = MESSAGES.itemOutsidePart(itemNumber.label);
        issues.push(issueError(file, paragraph.line, paragraph.column, CODES.itemOutsidePart, message));
        preamble.push(toParagraph(paragraph));
        continue;
      }
      checkItemNumber(numbering, { value: itemNumber.value, label: itemNumber.label, line: paragraph.line }, file, issues);
      part.items.push({ paragraphs: [paragraph], ordinal: ++ordinal });
    } else if (item && !endsWithUnitList(item.paragraphs)) {
      item.paragraphs.push(paragraph);
    } else if (part) {
      part.part.paragraphs.push(toParagraph(paragraph));
    } else {
      preamble.push(toParagraph(paragraph));
    }
  }
  if (parts.length === 0) issues.push(issueError(file, 0, 0, CODES.planNoParts, MESSAGES.planNoParts()));

  const drafts: DraftItem[] = [];
  for (const { part, items } of parts) {
    for (const { paragraphs: itemParagraphs, ordinal: n } of items) {
      const draft = buildItem(itemParagraphs, n, file, issues);
      drafts.push(draft);
      part.items.push(draft.item);
    }
  }
  const identities = resolveUnitIdentities(drafts.flatMap((d) => d.names));
  for (const draft of drafts) draft.item.units = mentionUnits(draft.names, identities);

  const attachments = readAttachments(attachmentStart < 0 ? [] : rawLines.slice(attachmentStart), attachmentList, file, issues);
  const finalParts = parts.map((p) => p.part);
  const plan: Plan = {
    file,
    title,
    preamble,
    parts: finalParts,
    attachmentList,
    attachment: attachments[0] ?? null,
    attachments,
    closing,
    headline: readHeadlineFigures(targetTexts(finalParts)),
    units: collectUnits(drafts.map((d) => d.item)),
  };
  return { plan, issues };
}

function toSourceLine(l: RawLine): SourceLine[] {
  const start = l.raw.search(/\S/);
  return start < 0 ? [] : [{ text: l.raw.trim(), line: l.line, column: start + 1 }];
}

function toParagraph(p: HealedParagraph): Paragraph {
  return { text: p.text, line: p.line };
}

/** `附件：1-1. 甲表 1-2. 乙表` → entries with label and title. */
function readAttachmentList(p: HealedParagraph): NonNullable<Plan['attachmentList']> {
  const list = p.text.replace(ATTACHMENT_LIST, '');
  const entries = [...list.matchAll(/(?:^|\s|(?<=[表单录书]))(\d+(?:-\d+)?)\s*[.．、]\s*(.+?)(?=\s*(?:\d+(?:-\d+)?\s*[.．、]|$))/g)].map(
    (m) => ({ label: m[1] ?? '', title: (m[2] ?? '').trim() }),
  );
  if (entries.length === 0 && list.trim()) entries.push({ label: '', title: list.trim() });
  return { text: p.text, entries, line: p.line };
}

function readAttachments(lines: RawLine[], list: Plan['attachmentList'], file: string, issues: Issue[]): AttachmentTable[] {
  const starts = lines.flatMap((l, i) => (ATTACHMENT_LABEL.test(l.raw.trim()) ? [i] : []));
  const titles = list?.entries.map((e) => e.title) ?? [];
  return starts.flatMap((start, k) => {
    const { table, issues: found } = parseAttachment(lines.slice(start, starts[k + 1] ?? lines.length), titles, file);
    for (const issue of found) issues.push(issue);
    return table ? [table] : [];
  });
}

/** The text of the 目标任务 part(s), where the headline figures stand. */
function targetTexts(parts: readonly Part[]): Paragraph[] {
  return parts
    .filter((p) => p.title.includes('目标'))
    .flatMap((p) => [...p.paragraphs, ...p.items.flatMap((i) => [{ text: i.heading, line: i.line }, ...i.body])]);
}
