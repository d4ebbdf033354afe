/**
 * Writer for `data/plan.json`: the plan's structure as published. The types below are the file's
 * contract with its readers; every field is copied by name from the parser's `Plan`, so a field
 * the parser gains stays out of the file until it is added here (and to the shape test).
 */
import type { AttachmentTable, HeadlineFigure, Paragraph, Part, Plan, Unit, UnitMention, WorkItem } from '../plan/types.ts';

/** A paragraph of the plan, page breaks joined again. */
export interface PlanJsonParagraph {
  /** The paragraph's text as issued. */
  text: string;
  /** 1-based line of plan.txt where the paragraph starts. */
  line: number;
}

/** A responsible unit as one item names it. */
export interface PlanJsonUnitMention {
  /** The name as written in this item, e.g. `各县（市、区）`. */
  name: string;
  /** The unit's identity across the plan (its canonical name); matches `PlanJsonUnit.id`. */
  id: string;
  /** `lead` (牵头), `responsible` (责任) or `support` (配合), when the list gives a role. */
  role?: 'lead' | 'responsible' | 'support';
  /** The full name read when the name shares the next one's suffix (`章贡区` → `章贡区人民政府`). */
  reading?: string;
}

/** A work item （一）（二）… of a part. */
export interface PlanJsonItem {
  /** 1-based position of the item in the whole plan, unique even when a part restarts at （一）. */
  ordinal: number;
  /** The Chinese numeral as written, e.g. `十二`. */
  numeral: string;
  /** The label as written, e.g. `（十二）`. */
  label: string;
  /** Text up to and including the first 。, without the label. */
  heading: string;
  /** `heading` without its final 。. */
  shortTitle: string;
  /** Paragraphs after the heading, without the responsible-unit list. */
  body: PlanJsonParagraph[];
  /** The responsible-unit list as issued, brackets included; null when the item names none. */
  unitsText: string | null;
  /** Responsible units in the order named. */
  units: PlanJsonUnitMention[];
  /** Collective phrases of the unit list kept as written, e.g. `等市直有关部门`. */
  collectives: string[];
  /** The deadline the unit list gives, when it gives one. */
  deadline?: string;
  /** 1-based line where the item starts. */
  line: number;
}

/** A part 一、二、… of the plan. */
export interface PlanJsonPart {
  /** The part's number, e.g. 3 for 三. */
  number: number;
  /** The Chinese numeral as written, e.g. `三`. */
  numeral: string;
  /** The heading as written, e.g. `三、重点工作`. */
  label: string;
  /** The heading without its numeral, e.g. `重点工作`. */
  title: string;
  /** Paragraphs of the part that belong to no item. */
  paragraphs: PlanJsonParagraph[];
  /** The part's work items in order. */
  items: PlanJsonItem[];
  /** True for the one part of a plan numbered on one level (no heading of its own). */
  implicit?: true;
  /** 1-based line of the heading. */
  line: number;
}

/** A responsible unit across the whole plan. */
export interface PlanJsonUnit {
  /** Canonical name (the fullest form used in the plan). */
  id: string;
  /** Every other spelling the plan uses for the same unit. */
  aliases: string[];
  /** Stable ASCII pinyin slug, as in the site's unit pages. */
  slug: string;
  /** Ordinals of the items that name the unit, ascending. */
  items: number[];
}

/** A target figure read from the 目标任务 part, e.g. 4.53万套. */
export interface PlanJsonHeadlineFigure {
  /** The figure in 套, e.g. 45300 for 4.53万套. */
  value: number;
  /** The figure as written, e.g. `4.53万套`. */
  text: string;
  /** `started` (开工) or `completed` (基本建成). */
  indicator: 'started' | 'completed';
  /** The year the figure is for; null for the whole plan. */
  year: number | null;
  /** 1-based line where the figure stands. */
  line: number;
}

/** One attachment the attachment list names. */
export interface PlanJsonAttachmentEntry {
  /** The attachment's label, e.g. `1-1`; empty when the list gives none. */
  label: string;
  /** The attachment's title as the list names it. */
  title: string;
}

/** The attachment list line (附件：…). */
export interface PlanJsonAttachmentList {
  /** The line as issued. */
  text: string;
  /** The attachments it names, in order. */
  entries: PlanJsonAttachmentEntry[];
  /** 1-based line of the list. */
  line: number;
}

/** A column of an attachment table. */
export interface PlanJsonColumn {
  /** The column's group, e.g. `合计` or `2023年`. */
  group: string;
  /** The group's year; null for the 合计 group. */
  year: number | null;
  /** `started` (开工) or `completed` (基本建成). */
  indicator: 'started' | 'completed';
  /** The column's full label, e.g. `2023年开工`. */
  label: string;
}

/** A row of an attachment table. */
export interface PlanJsonRow {
  /** The first cell: a county or `合计`. */
  name: string;
  /** The value cells as integers. */
  values: number[];
  /** The value cells as issued (present when the parser kept them). */
  cells?: string[];
  /** 1-based line of the row. */
  line: number;
  /** True for a line of text standing alone under a row of a text table (a wrapped cell), kept whole in `name`. */
  wrapped?: true;
  /** The 序号 cell as issued, when a target table's first column is 序号 (`name` is then the next cell). */
  serial?: string;
}

/** An attachment table (附件 1-1). */
export interface PlanJsonAttachmentTable {
  /** The label normalised, e.g. `1-1`. */
  label: string;
  /** The label line as issued, e.g. `附件 1-1` (present when the parser kept it). */
  labelText?: string;
  /** The title healed of the source's stray spaces. */
  title: string;
  /** The title as written in the source. */
  titleAsIssued: string;
  /** The unit of the figures, e.g. `套（户）`; empty when the table names none. */
  unit: string;
  /** The unit line as issued, e.g. `单位：套（户）`; null when there is none. */
  unitText?: string | null;
  /** The header cell of the names' column, e.g. `县（市、区）` (after a 序号 column, the second). */
  keyHeader: string;
  /** The header rows as issued, cell by cell (present when the parser kept them). */
  headerRows?: string[][];
  /** The value columns in order. */
  columns: PlanJsonColumn[];
  /** The rows in source order, the 合计 row included. */
  rows: PlanJsonRow[];
  /** `text` for a table that names no 开工/基本建成 figure (cells kept as issued). */
  kind?: 'text';
  /** `注：` lines under the table. */
  notes?: PlanJsonParagraph[];
  /** 1-based line of the label (of a table in `tables`: its first line). */
  line: number;
  /**
   * Every table of the attachment in order, when it holds more than one (表1/表2, （一）/（二））:
   * each with its own title (`titleAsIssued` empty when the first has none), unit, header, rows and
   * notes. The fields above then give the attachment's title and unit line and repeat its first table.
   */
  tables?: PlanJsonAttachmentTable[];
}

/** The whole of plan.json. */
export interface PlanJson {
  /** The plan's title. */
  title: string;
  /** Paragraphs before the first part. */
  preamble: PlanJsonParagraph[];
  /** The parts in order, with their items and responsible units. */
  parts: PlanJsonPart[];
  /** The attachment list; null when the plan has none. */
  attachmentList: PlanJsonAttachmentList | null;
  /** The first 开工/基本建成 target table of all (a table of `attachments[].tables` included); null when there is none. */
  attachment: PlanJsonAttachmentTable | null;
  /** Every attachment in order (present when the parser listed them); one with several tables lists them in `tables`. */
  attachments?: PlanJsonAttachmentTable[];
  /** Paragraphs after the attachment list, e.g. issuer and date (present when the parser kept them). */
  closing?: PlanJsonParagraph[];
  /** The target figures of the 目标任务 part, in text order. */
  headline: PlanJsonHeadlineFigure[];
  /** Every responsible unit, in first-mention order. */
  units: PlanJsonUnit[];
}

/**
 * Fields of plans of the genre (src/lib/plan/), each written only when the parser set it, so that
 * a plan without them keeps the shape above: a unit's role and shared-suffix reading, an item's
 * deadline, a part without a heading, a text table and its notes, what healing removed or joined,
 * the 印发通知, the plan's own 文号 and signature.
 */
export interface PlanJsonGenre {
  cleanup?: { kind: string; text: string; line: number }[];
  notice?: {
    title: string;
    titleLines: number[];
    paragraphs: { text: string; line: number; role?: string }[];
    docNumber: { text: string; line: number } | null;
    office: { text: string; line: number } | null;
    date: { text: string; line: number } | null;
    openness: { text: string; line: number } | null;
    line: number;
  };
  /** The notice's line whose 《…》 the title is, when the plan repeats no title of its own after the notice. */
  titleFromNotice?: number;
  /** The plan's own 文号 (above its title, when it comes without a notice) and the signature that closes its text. */
  issued?: {
    docNumber: { text: string; line: number } | null;
    office: { text: string; line: number } | null;
    date: { text: string; line: number } | null;
    openness: { text: string; line: number } | null;
    signature: { text: string; line: number; role?: string }[];
  };
}

/** The plan.json object: `{ title, preamble, parts, attachmentList, attachment, attachments, closing, headline, units }`. */
export function describePlanJson(plan: Plan): PlanJson & PlanJsonGenre {
  return {
    title: plan.title,
    preamble: plan.preamble.map(describeParagraph),
    parts: plan.parts.map(describePart),
    attachmentList: plan.attachmentList && {
      text: plan.attachmentList.text,
      entries: plan.attachmentList.entries.map((e) => ({ label: e.label, title: e.title })),
      line: plan.attachmentList.line,
    },
    attachment: plan.attachment && describeTable(plan.attachment),
    ...(plan.attachments === undefined ? {} : { attachments: plan.attachments.map(describeTable) }),
    ...(plan.closing === undefined ? {} : { closing: plan.closing.map(describeParagraph) }),
    headline: plan.headline.map(describeFigure),
    units: plan.units.map(describeUnit),
    ...(plan.cleanup === undefined ? {} : { cleanup: plan.cleanup.map((c) => ({ kind: c.kind, text: c.text, line: c.line })) }),
    ...(plan.notice ? { notice: structuredClone(plan.notice) } : {}),
    ...(plan.issued ? { issued: structuredClone(plan.issued) } : {}),
    ...(plan.titleFromNotice === undefined ? {} : { titleFromNotice: plan.titleFromNotice }),
  };
}

/** `data/plan.json`: pretty-printed (two spaces), ending in one LF. */
export function writePlanJson(plan: Plan): string {
  return `${JSON.stringify(describePlanJson(plan), null, 2)}\n`;
}

function describeParagraph(p: Paragraph): PlanJsonParagraph {
  return { text: p.text, line: p.line };
}

function describePart(part: Part): PlanJsonPart {
  const { number, numeral, label, title, line } = part;
  return { number, numeral, label, title, paragraphs: part.paragraphs.map(describeParagraph), items: part.items.map(describeItem), line, ...(part.implicit ? { implicit: true as const } : {}) };
}

function describeItem(item: WorkItem): PlanJsonItem {
  return {
    ordinal: item.ordinal,
    numeral: item.numeral,
    label: item.label,
    heading: item.heading,
    shortTitle: item.shortTitle,
    body: item.body.map(describeParagraph),
    unitsText: item.unitsText,
    units: item.units.map((u: UnitMention) => ({ name: u.name, id: u.id, ...(u.role ? { role: u.role } : {}), ...(u.reading ? { reading: u.reading } : {}) })),
    collectives: [...item.collectives],
    ...(item.deadline === undefined ? {} : { deadline: item.deadline }),
    line: item.line,
  };
}

function describeUnit(unit: Unit): PlanJsonUnit {
  return { id: unit.id, aliases: [...unit.aliases], slug: unit.slug, items: [...unit.items] };
}

function describeFigure(f: HeadlineFigure): PlanJsonHeadlineFigure {
  return { value: f.value, text: f.text, indicator: f.indicator, year: f.year, line: f.line };
}

// Optional fields are written only when the parser set them, as JSON.stringify did before.
function describeTable(table: AttachmentTable): PlanJsonAttachmentTable {
  return {
    label: table.label,
    ...(table.labelText === undefined ? {} : { labelText: table.labelText }),
    title: table.title,
    titleAsIssued: table.titleAsIssued,
    unit: table.unit,
    ...(table.unitText === undefined ? {} : { unitText: table.unitText }),
    keyHeader: table.keyHeader,
    ...(table.headerRows === undefined ? {} : { headerRows: table.headerRows.map((row) => [...row]) }),
    columns: table.columns.map((c) => ({ group: c.group, year: c.year, indicator: c.indicator, label: c.label })),
    rows: table.rows.map((r) => ({
      name: r.name,
      values: [...r.values],
      ...(r.cells === undefined ? {} : { cells: [...r.cells] }),
      line: r.line,
      ...(r.wrapped ? { wrapped: true as const } : {}),
      ...(r.serial === undefined ? {} : { serial: r.serial }),
    })),
    line: table.line,
    ...(table.kind === undefined ? {} : { kind: table.kind }),
    ...(table.notes === undefined ? {} : { notes: table.notes.map(describeParagraph) }),
    ...(table.tables === undefined ? {} : { tables: table.tables.map(describeTable) }),
  };
}
