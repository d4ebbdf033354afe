/** Types of a parsed plan (行动方案/实施方案). Produced by `parsePlan`, read by pages. */

/** A healed paragraph: the text as issued, with page breaks joined again. */
export interface Paragraph {
  text: string;
  /** 1-based source line where the paragraph starts. */
  line: number;
}

/** A responsible unit as named in one item, resolved to its identity. */
export interface UnitMention {
  /** The name as written in this item, e.g. `各县（市、区）`. */
  name: string;
  /** Identity shared across items: the canonical name, e.g. `各县（市、区）人民政府`. */
  id: string;
  /** The role the list gives it (`牵头单位：` lead, `责任单位：` responsible, `配合单位：` support); absent when none. */
  role?: 'lead' | 'responsible' | 'support';
  /** The full name it is read as when it shares the next name's suffix: `章贡区` in `章贡区、赣县区人民政府` → `章贡区人民政府`. */
  reading?: string;
}

export interface WorkItem {
  /**
   * 1-based position of the item in the whole plan, 1–12 for this plan. Equals the numeral when a
   * plan numbers its items straight through; a plan that restarts at （一） in each part still gets
   * unique ordinals.
   */
  ordinal: number;
  /** The numeral as written, e.g. `十二` (or `3` for an item labelled `3.`). */
  numeral: string;
  /** The label as written, e.g. `（十二）`, `(3)`, `1、`. */
  label: string;
  /** Text up to and including the first 。 (without the label), e.g. `细化编制行动方案。` */
  heading: string;
  /** `heading` without its final 。, e.g. `细化编制行动方案`. */
  shortTitle: string;
  /** Body text after the heading, without the responsible-unit list, possibly several paragraphs. */
  body: Paragraph[];
  /**
   * The unit list exactly as issued, brackets included (`〔…〕`, `〔…）` or `（…）`), or its
   * unbracketed lines after the body (`牵头单位：…` / `配合单位：…`) joined by a line break; null when none.
   */
  unitsText: string | null;
  /** Units in the order named; collective phrases are not units. */
  units: UnitMention[];
  /** Collective phrases kept as written, e.g. `等市直有关部门`. */
  collectives: string[];
  /** The deadline the unit list gives (`完成时限：2023年12月底前` → `2023年12月底前`); absent when none. */
  deadline?: string;
  line: number;
}

export interface Part {
  /** 1-based, e.g. 3 for 三. */
  number: number;
  numeral: string;
  /** The heading as written, e.g. `三、重点工作`. */
  label: string;
  /** e.g. `重点工作`. */
  title: string;
  /** Paragraphs of the part that belong to no item. */
  paragraphs: Paragraph[];
  items: WorkItem[];
  line: number;
  /**
   * True for the one part of a plan that numbers only its work items (`一、…` and nothing
   * below): it has no heading, and `label`, `numeral` and `title` are empty.
   */
  implicit?: true;
}

/** A unit's identity across the whole plan. */
export interface Unit {
  /** Canonical name (the fullest form used in the plan). */
  id: string;
  /** Every other spelling used in the plan for the same body. */
  aliases: string[];
  /** ASCII pinyin slug, stable, e.g. `shi-fagaiwei` (see src/lib/slug.ts). */
  slug: string;
  /** Ordinals of the items that name it, ascending. */
  items: number[];
}

/** A figure read from the text, e.g. 4.53万套. */
export interface HeadlineFigure {
  /** The figure in 套, e.g. 45300 for 4.53万套. */
  value: number;
  /** As written, e.g. `4.53万套`. */
  text: string;
  /** `开工` or `基本建成`. */
  indicator: 'started' | 'completed';
  /** Year, or null for the whole-plan total. */
  year: number | null;
  line: number;
}

export interface AttachmentTable {
  /** Label as written, e.g. `附件 1-1` normalised to `1-1`. */
  label: string;
  /** The label line exactly as issued, e.g. `附件 1-1`. */
  labelText?: string;
  /** Title healed of the PDF's space: `全市各县（市、区）城市棚户区改造攻坚行动任务表`. */
  title: string;
  /** Title as written in the source, e.g. with the stray space. */
  titleAsIssued: string;
  /** e.g. `套（户）`; empty when the table names none. */
  unit: string;
  /** The unit line as issued, e.g. `单位：套（户）`; null when there is none. */
  unitText?: string | null;
  /** Header cell of the names' column, e.g. `县（市、区）` (the first, or the second after a 序号 column). */
  keyHeader: string;
  /** The header rows as issued, cell by cell (a merged cell leaves empty cells after it). */
  headerRows?: string[][];
  /** Column groups in order, e.g. [{group:'合计', year:null}, {group:'2023年', year:2023}, …]. */
  columns: { group: string; year: number | null; indicator: 'started' | 'completed'; label: string }[];
  /**
   * `text` for a table whose header names no 开工/基本建成 figure (a project list): its cells are
   * kept as issued and nothing is cross-checked. Absent for a target table.
   */
  kind?: 'text';
  /** `注：…` lines under the table, as issued. */
  notes?: Paragraph[];
  /** Rows in source order, including the 合计 row (first or last); cells are the integers as issued (text tables: `values` empty). */
  rows: {
    name: string;
    values: number[];
    line: number;
    /** The value cells as issued; in a text table padded with empty cells to the header's width. */
    cells?: string[];
    /**
     * A line of text standing alone under a row of a text table (a cell that wrapped in the
     * source; which cell is not known): kept whole as its own row in `name`, never joined.
     */
    wrapped?: true;
    /** The 序号 cell as issued, when a target table's first column is 序号 (`name` is then the next cell; empty when a merged cell's name stood in it). */
    serial?: string;
  }[];
  line: number;
  /**
   * Every table of the attachment in source order, present only when it holds more than one (表1/表2,
   * （一）/（二）, a target table and a project list). The fields above then describe the attachment
   * (label, title, the unit line above its first sub-title) and, for readers of one table, repeat
   * its first table (header, columns, rows, notes; `unit` is that table's). Each entry has the attachment's label, its own
   * sub-title (`titleAsIssued` empty when the first table has none; `title` then the attachment's),
   * its own unit line (`unit` inherited from the attachment when it has none), header, rows and
   * notes; `line` is its first line.
   */
  tables?: AttachmentTable[];
}

/** A paragraph of the 印发通知; the facts it states carry their role. */
export interface NoticeParagraph extends Paragraph {
  role?: 'docNumber' | 'office' | 'date' | 'openness';
}

/** A fact the notice states, as written, with its source line. */
export interface NoticeFact {
  /** As written, e.g. `某府发〔2024〕1号`, `2024年1月5日`; the 公开 attribute without its brackets and 此件: `主动公开`. */
  text: string;
  line: number;
}

/** The 印发通知 that wraps a plan: `某市人民政府关于印发《…》的通知`, 文号, 主送, text, office, date, 公开 attribute. */
export interface Notice {
  /** The notice's title, joined when it wraps. */
  title: string;
  /** Source lines of the title (more than one when it wraps). */
  titleLines: number[];
  /** Everything after the title, in order (文号 may stand before the title in the source: it comes first here too). */
  paragraphs: NoticeParagraph[];
  docNumber: NoticeFact | null;
  office: NoticeFact | null;
  date: NoticeFact | null;
  openness: NoticeFact | null;
  line: number;
}

/**
 * What a plan states of itself outside a 印发通知: the 文号 above its title (an 实施意见 issued
 * directly), and the signature that closes its text (office, date, 公开 attribute). The facts as
 * written with their source line (the 公开 attribute without its brackets, like the notice's);
 * `lines` are the signature's lines as issued, in order, for the page.
 */
export interface IssuedFacts {
  docNumber: NoticeFact | null;
  /** The office as signed; a joint signature's lines joined by a space. */
  office: NoticeFact | null;
  date: NoticeFact | null;
  openness: NoticeFact | null;
  /** The signature's lines as issued (office, date, 公开 attribute), in source order. */
  signature: NoticeParagraph[];
}

/**
 * One change healing made to the source, for the 整理说明: a page number or running header taken
 * out, or two lines joined into one paragraph. The page text equals the source minus the lines
 * removed, and joins only take out line breaks.
 */
export interface Cleanup {
  kind: 'pageNumber' | 'runningHeader' | 'webDebris' | 'joined';
  /** The line removed as issued; for a join, the seam: up to 8 characters either side, `市发｜改委`. */
  text: string;
  /** 1-based source line: the line removed, or the line joined to the one before. */
  line: number;
}

export interface Plan {
  /** Source file path as given. */
  file: string;
  title: string;
  preamble: Paragraph[];
  parts: Part[];
  /** The attachment list line, e.g. `附件：1-1. 全市…任务表`; null when the plan has none. */
  attachmentList: { text: string; entries: { label: string; title: string }[]; line: number } | null;
  /**
   * The first target table (开工/基本建成) in source order, over every table of every attachment:
   * the one cross-checked with the task table; null when none. When an attachment holds two target
   * tables it is the first (which one the task table covers is not yet read from the plan).
   */
  attachment: AttachmentTable | null;
  /** Every attachment in order, target and text tables alike (one with several tables lists them in `tables`). */
  attachments?: AttachmentTable[];
  /** Paragraphs after the attachment list and before the first attachment (e.g. issuer, date). */
  closing?: Paragraph[];
  /** Headline figures of the 目标任务 part, in text order. */
  headline: HeadlineFigure[];
  /** Every unit named anywhere, in first-mention order. */
  units: Unit[];
  /** Page debris removed and lines joined, in source order. */
  cleanup?: Cleanup[];
  /** The 印发通知 the plan came in; null (or absent) when it came without one. */
  notice?: Notice | null;
  /**
   * The notice's source line that names the plan (`现将《…》印发给你们`), when the plan repeats no
   * title of its own after the notice: `title` is that name, and stands nowhere in the plan's text.
   */
  titleFromNotice?: number;
  /** The plan's own 文号 and signature; absent when it states neither. */
  issued?: IssuedFacts;
}
