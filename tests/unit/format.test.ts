import { describe, expect, it } from 'vitest';
import { formatDecimal, formatPercent, formatPlainCount, formatShare, formatTao, formatWan } from '../../src/lib/format.ts';

describe('format', () => {
  it('formatWan writes large totals in 万 with two decimals, rounding half up', () => {
    expect([formatWan(45311), formatWan(20600), formatWan(15360), formatWan(29951), formatWan(0), formatWan(1_234_567_890)]).toEqual([
      '4.53万', '2.06万', '1.54万', '3.00万', '0.00万', '123,456.79万',
    ]);
  });

  it('formatTao groups county figures by thousands, zh-CN style, whatever the locale', () => {
    expect([formatTao(3800), formatTao(172), formatTao(0), formatTao(45311), formatTao(1234567), formatTao(-5)]).toEqual([
      '3,800', '172', '0', '45,311', '1,234,567', '-5',
    ]);
  });

  it('formatPercent writes a fraction with one decimal; null becomes a dash', () => {
    expect([formatPercent(0.0839), formatPercent(1), formatPercent(0), formatPercent(null), formatPercent(0.44842, 2)]).toEqual([
      '8.4%', '100.0%', '0.0%', '—', '44.84%',
    ]);
  });

  it('formatShare rounds exactly in integers, even at a half', () => {
    expect([formatShare(3800, 45311), formatShare(1, 8), formatShare(1, 16, 2), formatShare(1, 0)]).toEqual(['8.4%', '12.5%', '6.25%', '—']);
    expect(formatShare(1, 2000)).toBe('0.1%'); // 0.05% rounds up
  });

  it('formatDecimal avoids binary rounding surprises', () => {
    expect([formatDecimal(1.005, 2), formatDecimal(2.675, 2), formatDecimal(-0.004, 2), formatDecimal(Number.NaN)]).toEqual([
      '1.01', '2.68', '0.00', '—',
    ]);
  });

  it('formatPlainCount writes a count as digits and rejects what is not a non-negative safe integer, quoting it', () => {
    expect(() => formatPlainCount(-5)).toThrow('invalid count: -5');
    expect(() => formatPlainCount(3800.5)).toThrow('invalid count: 3800.5');
    expect(() => formatPlainCount(Number.NaN)).toThrow('invalid count: NaN');
    expect(formatPlainCount(0)).toBe('0');
    expect(formatPlainCount(45311)).toBe('45311');
  });
});
