/**
 * Words the downloads write into files besides the grid's own (src/lib/grid.ts) and the site's
 * facts (src/lib/facts.ts): the English unit of the long table and the encoding notes.
 */

/** The unit in the English long table. */
export const UNIT_EN = 'dwelling units';

/** What a reader of a wide Chinese CSV needs to know to open it, with the figures' unit. */
export function describeWideCsv(unit: string): string {
  return `UTF-8 编码（带 BOM）、CRLF 换行，Excel 与 WPS 可直接打开而不出现乱码。单位：${unit}。`;
}
