/**
 * One rule for comparing names in the task table, its headers and the plan: NFKC (full-width
 * digits, letters and brackets become ASCII), then every whitespace removed (including U+3000).
 * So `甲 县` and `甲县` are the same county, `２０２３年 开工` and `2023年开工` the same column.
 */

/** The comparison key of a county name or header cell: NFKC, without any whitespace. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '');
}
