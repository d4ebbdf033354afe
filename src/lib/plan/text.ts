/** The text of every parsed node in document order, for the fidelity check and full-text pages. */
import type { AttachmentTable, Notice, NoticeParagraph, Paragraph, Part, Plan, WorkItem } from './types';

/**
 * Every piece of text the parser kept, in source order: with whitespace removed, their
 * concatenation equals the source with whitespace removed (nothing lost, reordered or invented).
 */
export function planTextNodes(plan: Plan): string[] {
  const nodes: string[] = [plan.issued?.docNumber?.text ?? '', ...noticeTextNodes(plan.notice ?? null), plan.titleFromNotice ? '' : plan.title, ...plan.preamble.map((p) => p.text)];
  const append = (more: readonly string[]) => {
    for (const node of more) nodes.push(node);
  };
  for (const part of plan.parts) append(partTextNodes(part));
  if (plan.attachmentList) nodes.push(plan.attachmentList.text);
  append((plan.closing ?? []).map((p) => p.text));
  append((plan.issued?.signature ?? []).map((p) => p.text));
  for (const table of listAttachments(plan)) append(attachmentTextNodes(table));
  return nodes.filter((n) => n !== '');
}

/** The notice's title and paragraphs in source order (a 文号 may stand above the title). */
export function listNoticeBlocks(notice: Notice): ({ kind: 'title'; text: string } | { kind: 'paragraph'; paragraph: NoticeParagraph })[] {
  const title = { kind: 'title' as const, text: notice.title, line: notice.titleLines[0] ?? notice.line };
  const blocks = [title, ...notice.paragraphs.map((paragraph) => ({ kind: 'paragraph' as const, paragraph, line: paragraph.line }))];
  return blocks.sort((a, b) => a.line - b.line).map(({ line: _line, ...block }) => block);
}

function noticeTextNodes(notice: Notice | null): string[] {
  if (!notice) return [];
  return listNoticeBlocks(notice).map((b) => (b.kind === 'title' ? b.text : b.paragraph.text));
}

/** A part's paragraphs and items as one list in source order (a paragraph may follow the items). */
export type PartBlock = { kind: 'paragraph'; paragraph: Paragraph } | { kind: 'item'; item: WorkItem };

/** The blocks of a part in the order the source gives them; pages render this list. */
export function listPartBlocks(part: Part): PartBlock[] {
  const blocks: (PartBlock & { line: number })[] = [
    ...part.paragraphs.map((paragraph) => ({ kind: 'paragraph' as const, paragraph, line: paragraph.line })),
    ...part.items.map((item) => ({ kind: 'item' as const, item, line: item.line })),
  ];
  return blocks.sort((a, b) => a.line - b.line).map(({ line: _line, ...block }) => block as PartBlock);
}

function partTextNodes(part: Part): string[] {
  const blocks = listPartBlocks(part);
  return [part.label, ...blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.paragraph.text] : itemTextNodes(b.item)))];
}

function itemTextNodes(item: WorkItem): string[] {
  return [item.label, item.heading, ...item.body.map((p) => p.text), item.unitsText ?? ''];
}

function attachmentTextNodes(table: AttachmentTable): string[] {
  if (table.tables) return [table.labelText ?? `附件${table.label}`, table.titleAsIssued, table.unitText ?? '', ...table.tables.flatMap(tableTextNodes)];
  return [table.labelText ?? `附件${table.label}`, ...tableTextNodes(table)];
}

/** One table's title, unit line, header, rows and notes (an attachment's own, or one of its `tables`). */
function tableTextNodes(table: AttachmentTable): string[] {
  return [
    table.titleAsIssued,
    table.unitText ?? '',
    ...(table.headerRows ?? []).flat(),
    ...table.rows.flatMap((row) => [row.serial ?? '', row.name, ...(row.cells ?? row.values.map(String))]),
    ...(table.notes ?? []).map((n) => n.text),
  ];
}

/** Every attachment table of the plan, in order. */
export function listAttachments(plan: Plan): AttachmentTable[] {
  return plan.attachments ?? (plan.attachment ? [plan.attachment] : []);
}

/** Every table of every attachment, in order: an attachment of several tables counts each. */
export function listAttachmentTables(plan: Plan): AttachmentTable[] {
  return listAttachments(plan).flatMap((a) => a.tables ?? [a]);
}
