/**
 * Healed paragraphs in, parts and work items out, by rule: the numbering systems the plan uses
 * decide which paragraphs open a part and which open a work item (src/lib/plan/numbering.ts), a
 * heading may stand on its own line or open its paragraph (`一、总体要求。正文…`), and the
 * attachment list closes the body. Paragraphs that look like headings but were read as text are
 * reported as warnings, never dropped silently.
 */
import { issueError, issueWarning, type Issue } from '../errors';
import { ATTACHMENT_LIST, type HealedParagraph } from './heal';
import { buildItem, endsWithUnitList, type DraftItem } from './items';
import { CODES, MESSAGES } from './messages';
import { chooseLevels, readNumberLabel, splitInlineHeading, SYSTEMS, type Levels, type NumberLabel } from './numbering';
import { checkItemNumber, checkPartNumber, type NumberingState } from './order';
import type { Paragraph, Part, Plan } from './types';
import { findTrailingUnitList, UNIT_LINE } from './units';

/** A short line with no sentence in it and no label: how an unnumbered heading looks. */
const HEADING_LIKE = /^[^。，；！？：、,;:!?]{1,30}$/;
/** A line wholly in brackets (a unit list, a subtitle such as `（2023—2025年）`) is not a heading. */
const BRACKETED = /^[（(〔【].*[）)〕】]$/;

/** A document that is only its table has at most a short preamble before it (a line or two of text). */
const TABLE_ONLY_PARAGRAPHS = 3;

interface DraftPart {
  part: Part;
  /** `listLines`: the item closed on an unbracketed list line, which further list lines may follow. */
  items: { paragraphs: HealedParagraph[]; ordinal: number; closed: boolean; listLines?: boolean }[];
}

/** What {@link readStructure} finds. */
export interface Structure {
  levels: Levels;
  preamble: Paragraph[];
  parts: Part[];
  drafts: DraftItem[];
  attachmentList: Plan['attachmentList'];
  closing: Paragraph[];
}

/** Reads the body's paragraphs (title excluded) into parts and items; issues are pushed. */
/**
 * `tables`: the document has attachment tables; a document that is only its table (a 任务分解表
 * under its notice) has no parts, and is shown as issued (W_PLAN_TABLE_ONLY, not an error).
 */
export function readStructure(body: readonly HealedParagraph[], file: string, issues: Issue[], tables = false): Structure {
  const labels = body.map((p) => readNumberLabel(p.text));
  const listAt = body.findIndex((p) => ATTACHMENT_LIST.test(p.text));
  const used = new Set(labels.slice(0, listAt < 0 ? body.length : listAt).flatMap((l) => (l ? [l.system] : [])));
  const levels = chooseItemLevelByUnits(chooseLevels(used), body, labels, listAt < 0 ? body.length : listAt);
  const itemRank = levels.item === null ? SYSTEMS.length : SYSTEMS.indexOf(levels.item);

  const preamble: Paragraph[] = [];
  const closing: Paragraph[] = [];
  const parts: DraftPart[] = [];
  const unread: { paragraph: HealedParagraph; where: string | null }[] = [];
  let attachmentList: Plan['attachmentList'] = null;
  const numbering: NumberingState = { lastPart: null, parts: new Map(), lastItem: null, items: new Map(), partsSinceItem: 0 };
  let ordinal = 0;

  body.forEach((paragraph, index) => {
    const label = labels[index] ?? null;
    const part = parts[parts.length - 1];
    const item = part?.items[part.items.length - 1];
    if (attachmentList) {
      closing.push(toParagraph(paragraph));
    } else if (index === listAt) {
      attachmentList = readAttachmentList(paragraph);
    } else if (label && label.system === levels.part) {
      const draft = openPart(paragraph, label);
      checkPartNumber(numbering, { number: label.value, label: draft.part.label, line: paragraph.line, system: label.system }, file, issues);
      parts.push(draft);
    } else if (label && label.system === levels.item) {
      let target = part;
      if (!target && levels.part === null) {
        target = { part: implicitPart(paragraph.line), items: [] };
        parts.push(target);
      }
      if (!target) {
        issues.push(issueError(file, paragraph.line, paragraph.column, CODES.itemOutsidePart, MESSAGES.itemOutsidePart(label.label)));
        preamble.push(toParagraph(paragraph));
        return;
      }
      checkItemNumber(numbering, { value: label.value, label: label.label, line: paragraph.line, system: label.system }, file, issues);
      target.items.push({ paragraphs: [paragraph], ordinal: ++ordinal, closed: endsWithUnitList([paragraph]) });
    } else if (part && label && SYSTEMS.indexOf(label.system) < itemRank) {
      // A heading between the part and its items (`（一）` above items `1.`) groups items; it is never an item's text.
      // Read as what it is, a grouping heading, so it is not reported as unread.
      part.part.paragraphs.push(toParagraph(paragraph));
      // Items may start again at 1. under each such heading, as under each part.
      numbering.partsSinceItem++;
    } else if (item && (!item.closed || (item.listLines && UNIT_LINE.test(paragraph.text)))) {
      item.paragraphs.push(paragraph);
      item.listLines = UNIT_LINE.test(paragraph.text);
      item.closed = item.listLines || endsWithUnitList(item.paragraphs);
      unread.push({ paragraph, where: readNumberLabel(item.paragraphs[0]?.text ?? '')?.label ?? null });
    } else if (part) {
      part.part.paragraphs.push(toParagraph(paragraph));
      unread.push({ paragraph, where: part.part.label || null });
    } else {
      preamble.push(toParagraph(paragraph));
      unread.push({ paragraph, where: null });
    }
  });
  // Any numbered paragraph makes a part or an item (chooseLevels), so a plan without parts has no numbering at all.
  if (parts.length === 0 && !(tables && body.length <= TABLE_ONLY_PARAGRAPHS)) issues.push(issueError(file, 0, 0, CODES.planNoParts, MESSAGES.planNoParts()));
  else if (parts.length === 0) issues.push(issueWarning(file, 0, 0, CODES.tableOnly, MESSAGES.tableOnly()));
  reportUnreadHeadings(unread, levels, file, issues);

  const drafts: DraftItem[] = [];
  let firstLeads = false;
  for (const { part, items } of parts) {
    for (const { paragraphs, ordinal: n } of items) {
      const draft = buildItem(paragraphs, n, file, issues);
      // `（列第一位者为牵头单位，下同）`: the remark holds for the lists after it too.
      if (draft.reading.firstLeads === 'onward') firstLeads = true;
      else if (firstLeads && draft.reading.names.length > 0 && !draft.reading.roles.includes('lead')) draft.reading.roles[0] = 'lead';
      drafts.push(draft);
      part.items.push(draft.item);
    }
  }
  return { levels, preamble, parts: parts.map((p) => p.part), drafts, attachmentList, closing };
}

/**
 * Work items are the numbered paragraphs that carry the unit lists. When the level chosen for items
 * closes no list and a deeper one does (`一、` / `（一）` / `1.…（市财政局负责）`), the deeper level
 * holds the items. A plan whose items name no units keeps the levels as chosen.
 */
function chooseItemLevelByUnits(levels: Levels, body: readonly HealedParagraph[], labels: readonly (NumberLabel | null)[], end: number): Levels {
  if (levels.part === null || levels.item === null) return levels;
  const carrying = new Set<string>();
  for (let i = 0; i < end; i++) {
    const label = labels[i];
    if (!label) continue;
    let k = i + 1;
    while (k < end && !labels[k]) k++;
    const span = body.slice(i, k);
    if (span.some((p, n) => findTrailingUnitList(p.text) !== null || (n > 0 && UNIT_LINE.test(p.text)))) carrying.add(label.system);
  }
  if (carrying.has(levels.item)) return levels;
  const deeper = SYSTEMS.slice(SYSTEMS.indexOf(levels.item) + 1).find((system) => carrying.has(system));
  return deeper ? { part: levels.part, item: deeper } : levels;
}

/** `三、重点工作` alone, or `一、总体要求。正文…` with its text after the heading. */
function openPart(paragraph: HealedParagraph, label: NumberLabel): DraftPart {
  const { title, heading, body } = splitInlineHeading(paragraph.text.slice(label.label.length));
  const part: Part = {
    number: label.value,
    numeral: label.numeral,
    label: `${label.label}${heading}`,
    title,
    paragraphs: [],
    items: [],
    line: paragraph.line,
  };
  if (body.trim() !== '') part.paragraphs.push({ text: body.trim(), line: paragraph.line });
  return { part, items: [] };
}

/** The one part of a plan that numbers only its work items: it has no heading of its own. */
function implicitPart(line: number): Part {
  return { number: 1, numeral: '', label: '', title: '', paragraphs: [], items: [], line, implicit: true };
}

function toParagraph(p: HealedParagraph): Paragraph {
  return { text: p.text, line: p.line };
}

/**
 * Paragraphs read as text that look like headings: a label of a level the plan uses for its
 * parts or items standing where it could not be read as one, or a short unnumbered line with no
 * sentence in it (`第一章 总则`, `一 总体要求`). A lower-level label (`1.` under `（一）`) is a
 * sub-point and stays quiet.
 */
function reportUnreadHeadings(unread: readonly { paragraph: HealedParagraph; where: string | null }[], levels: Levels, file: string, issues: Issue[]): void {
  const itemRank = levels.item === null ? SYSTEMS.length : SYSTEMS.indexOf(levels.item);
  for (const { paragraph, where } of unread) {
    const label = readNumberLabel(paragraph.text);
    const looks = label ? SYSTEMS.indexOf(label.system) <= itemRank : HEADING_LIKE.test(paragraph.text) && !BRACKETED.test(paragraph.text);
    if (!looks) continue;
    const reading = where === null ? '前言段落' : `「${where}」中的段落`;
    issues.push(issueWarning(file, paragraph.line, paragraph.column, CODES.headingUnread, MESSAGES.headingUnread(paragraph.text, reading)));
  }
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
