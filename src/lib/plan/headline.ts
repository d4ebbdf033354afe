/**
 * Headline figures of the 目标任务 part (新开工4.53万套、基本建成2.06万套 …), read by pattern: each
 * figure takes its indicator from the nearest 开工/建成 before it and its year from a `2023年`
 * that opens its clause (a deadline such as `2024年前` means the whole plan, not one year).
 */
import type { HeadlineFigure } from './types';

interface Located {
  text: string;
  line: number;
}

const FIGURE = /(\d+(?:\.\d+)?)\s*(万|千)?\s*(套|户)/g;
const INDICATOR = /(新开工|开工|基本建成|建成|竣工)/g;
const YEAR = /(?<!(?:到|至|截至|截止|于)\s*)(\d{4})\s*年(?!\s*(?:前|以前|之前|底前|内|末|底|至|—|-|~))/g;
/** Clauses end at these marks; 、 joins the figures of one clause. */
const CLAUSE = /[，,；;。：:！？]/;

/** Reads every 开工/建成 figure of the paragraphs, in text order. */
export function readHeadlineFigures(paragraphs: readonly Located[]): HeadlineFigure[] {
  const figures: HeadlineFigure[] = [];
  for (const paragraph of paragraphs) {
    for (const clause of paragraph.text.split(CLAUSE)) {
      for (const match of clause.matchAll(FIGURE)) {
        const before = clause.slice(0, match.index);
        const indicator = [...before.matchAll(INDICATOR)].pop()?.[1];
        if (!indicator) continue;
        const year = [...before.matchAll(YEAR)].pop()?.[1];
        const [text, number = '', scale = ''] = match;
        figures.push({
          value: scaleDecimal(number, scale === '万' ? 4 : scale === '千' ? 3 : 0),
          text,
          indicator: /建成|竣工/.test(indicator) ? 'completed' : 'started',
          year: year ? Number(year) : null,
          line: paragraph.line,
        });
      }
    }
  }
  return figures;
}

/** `4.53` × 10^4 → 45300, by moving the decimal point in the digits (no binary rounding). */
export function scaleDecimal(number: string, power: number): number {
  const [whole = '0', fraction = ''] = number.split('.');
  if (fraction.length <= power) return Number(whole + fraction.padEnd(power, '0'));
  const digits = whole + fraction;
  const point = whole.length + power;
  return Number(`${digits.slice(0, point)}.${digits.slice(point)}`);
}
