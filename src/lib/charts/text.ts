/** Chinese text used by the charts, in one place. */
import type { Indicator } from '../tasks/types';

export const TEXT = {
  source: '来源：赣州市城市棚户区改造攻坚行动方案 附件1-1',
  unit: '套',
  county: '县（市、区）',
  year: '年份',
  indicator: { started: '开工', completed: '基本建成' } satisfies Record<Indicator, string>,
  /** 「其余 N 个」, the grouped tail of a long list. */
  rest: (n: string) => `其余 ${n} 个`,
} as const;

/** `开工（套）` */
export function columnLabel(indicator: Indicator): string {
  return `${TEXT.indicator[indicator]}（${TEXT.unit}）`;
}
