/**
 * Chinese (and a few English) words the downloads write into files. Kept in one place so that
 * the CSV headers, the JSON, the datapackage and the /data/ page cannot drift apart.
 */

/** Title of attachment 1-1 as issued (the page break inside it in the seed removed). */
export const TABLE_TITLE = '全市各县（市、区）城市棚户区改造攻坚行动任务表';
/** Attachment label in the plan. */
export const TABLE_ATTACHMENT = '附件1-1';
/** Unit of every figure, as printed above the table. */
export const UNIT = '套（户）';
/** The same unit in the English long table. */
export const UNIT_EN = 'dwelling units';
/** First header of the wide table. */
export const COUNTY_HEADER = '县（市、区）';
/** Name of the city total row. */
export const TOTAL_NAME = '合计';
/** Chinese words for the indicators, as in the table's headers. */
export const INDICATOR_LABELS = { started: '开工', completed: '基本建成' } as const;
/** Longer Chinese words for the indicators, for descriptions. */
export const INDICATOR_WORDS = { started: '新开工', completed: '基本建成' } as const;

/** Header of a wide-table column: `合计开工`, `2023年基本建成`. */
export function formatWideHeader(year: number | 'total', indicator: keyof typeof INDICATOR_LABELS): string {
  const prefix = year === 'total' ? TOTAL_NAME : `${year}年`;
  return `${prefix}${INDICATOR_LABELS[indicator]}`;
}
