/** The text of every parsed node in document order, for the fidelity check and full-text pages. */
import type { AttachmentTable, Part, Plan, WorkItem } from './types';

/**
 * Every piece of text the parser kept, in source order: with whitespace removed, their
 * concatenation equals the source with whitespace removed (nothing lost, reordered or invented).
 */
export function planTextNodes(plan: Plan): string[] {
  const nodes: string[] = [plan.title, ...plan.preamble.map((p) => p.text)];
  for (const part of plan.parts) nodes.push(...partTextNodes(part));
  if (plan.attachmentList) nodes.push(plan.attachmentList.text);
  nodes.push(...(plan.closing ?? []).map((p) => p.text));
  const attachments = plan.attachments ?? (plan.attachment ? [plan.attachment] : []);
  for (const table of attachments) nodes.push(...attachmentTextNodes(table));
  return nodes.filter((n) => n !== '');
}

function partTextNodes(part: Part): string[] {
  const blocks: { line: number; nodes: string[] }[] = [
    ...part.paragraphs.map((p) => ({ line: p.line, nodes: [p.text] })),
    ...part.items.map((item) => ({ line: item.line, nodes: itemTextNodes(item) })),
  ];
  blocks.sort((a, b) => a.line - b.line);
  return [part.label, ...blocks.flatMap((b) => b.nodes)];
}

function itemTextNodes(item: WorkItem): string[] {
  return [item.label, item.heading, ...item.body.map((p) => p.text), item.unitsText ?? ''];
}

function attachmentTextNodes(table: AttachmentTable): string[] {
  return [
    table.labelText ?? `附件${table.label}`,
    table.titleAsIssued,
    table.unitText ?? '',
    ...(table.headerRows ?? []).flat(),
    ...table.rows.flatMap((row) => [row.name, ...(row.cells ?? row.values.map(String))]),
  ];
}
