import { describe, expect, it } from 'vitest';
import { readHeadlineFigures, scaleDecimal } from '../../../src/lib/plan/headline';

describe('scaleDecimal', () => {
  it('is exact where floating point is not (2.99万 → 29900, not 29900.000000000004)', () => {
    expect(2.99 * 10000).not.toBe(29900);
    expect(scaleDecimal('2.99', 4)).toBe(29900);
    expect(scaleDecimal('4.53', 4)).toBe(45300);
    expect(scaleDecimal('0.87', 4)).toBe(8700);
    expect(scaleDecimal('12', 4)).toBe(120000);
    expect(scaleDecimal('1.23456', 4)).toBe(12345.6);
    expect(scaleDecimal('3800', 0)).toBe(3800);
  });
});

describe('readHeadlineFigures', () => {
  const read = (text: string) => readHeadlineFigures([{ text, line: 1 }]).map((f) => [f.text, f.value, f.indicator, f.year]);

  it('takes the indicator from the nearest 开工/建成 and the year from its clause', () => {
    expect(read('2023年开工3000套、基本建成1200套，2024年新开工0.5万套。')).toEqual([
      ['3000套', 3000, 'started', 2023],
      ['1200套', 1200, 'completed', 2023],
      ['0.5万套', 5000, 'started', 2024],
    ]);
  });

  it('reads a deadline year (前, 底前, 到…) as the whole-plan total', () => {
    expect(read('2024年前新开工4.53万套，到2025年底基本建成3万套，2025年底前建成2万套。')).toEqual([
      ['4.53万套', 45300, 'started', null],
      ['3万套', 30000, 'completed', null],
      ['2万套', 20000, 'completed', null],
    ]);
  });

  it('ignores figures without 开工 or 建成', () => {
    expect(read('惠及居民0.85万户，改造小区120个。')).toEqual([]);
  });
});
