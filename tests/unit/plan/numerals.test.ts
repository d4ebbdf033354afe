import { describe, expect, it } from 'vitest';
import { formatChineseNumeral, parseChineseNumeral } from '../../../src/lib/plan/numerals';

describe('Chinese numerals', () => {
  it('reads 一 … 九十九', () => {
    expect(['一', '九', '十', '十二', '十三', '二十', '二十一', '九十九'].map(parseChineseNumeral)).toEqual([1, 9, 10, 12, 13, 20, 21, 99]);
  });

  it('rejects what is not a numeral', () => {
    expect(['', '十十', '一二', '百', '三十十'].map(parseChineseNumeral)).toEqual([null, null, null, null, null]);
  });

  it('writes 1–99 and reads back what it writes', () => {
    for (let n = 1; n <= 99; n++) expect(parseChineseNumeral(formatChineseNumeral(n))).toBe(n);
    expect(formatChineseNumeral(20)).toBe('二十');
    expect(formatChineseNumeral(13)).toBe('十三');
  });
});
