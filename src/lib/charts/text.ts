/** Chinese text the charts write besides the grid's words (src/lib/grid.ts), in one place. */
import { GRID_WORDS, indicatorWord, type Indicator } from '../grid';
import type { ChartContext } from './types';

export const TEXT = {
  county: GRID_WORDS.county,
  year: '年份',
  /** 「其余 N 个」, the grouped tail of a long list. */
  rest: (n: string) => `其余 ${n} 个`,
  /** Colours of the two indicators as the descriptions name them. */
  colour: { started: '蓝色', completed: '橙色' } satisfies Record<Indicator, string>,
} as const;

/** `开工（套）` */
export function columnLabel(indicator: Indicator, context: Pick<ChartContext, 'unit'>): string {
  return `${indicatorWord(indicator)}（${context.unit}）`;
}
