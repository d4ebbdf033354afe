/**
 * Chinese numerals as they number the parts (一、) and work items （十二） of a plan: 一 … 九十九.
 */

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const NAMES = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** Characters that may appear in a numeral; for building patterns. */
export const NUMERAL_CHARS = '一二两三四五六七八九十〇零';

/**
 * Reads a Chinese numeral between 1 and 99 (`十三` → 13, `二十` → 20, `二十一` → 21);
 * null when the text is not such a numeral.
 */
export function parseChineseNumeral(text: string): number | null {
  const match = /^(?:([一二两三四五六七八九])?(十))?([一二两三四五六七八九])?$/.exec(text);
  if (!match || text === '') return null;
  const [, tensDigit, ten, unitDigit] = match;
  if (!ten && !unitDigit) return null;
  const tens = ten ? (tensDigit ? (DIGITS[tensDigit] ?? 0) : 1) : 0;
  const units = unitDigit ? (DIGITS[unitDigit] ?? 0) : 0;
  return tens * 10 + units;
}

/** Writes 1–99 as a Chinese numeral (13 → `十三`, 20 → `二十`). */
export function formatChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`numeral out of range: ${n}`);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (tens === 0) return NAMES[units] ?? '';
  return `${tens === 1 ? '' : (NAMES[tens] ?? '')}十${NAMES[units] ?? ''}`;
}
