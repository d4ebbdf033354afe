/**
 * Header names of the task table. A column is found by its name, never by its position.
 *
 * Accepted names, after NFKC (full-width digits and brackets become ASCII) and removing all
 * spaces:
 * - the county column: `县（市、区）`, also `县(市区)` and `县市区`;
 * - a figure column: a group, then an indicator. The group is `合计` or a year written `YYYY年`
 *   or `YYYY` (so `2023年开工` and `2023开工` are the same column); the indicator is `开工`
 *   (also `新开工`, as the plan's text says) or `基本建成`.
 * In the two-row layout Excel writes for merged cells, the group stands in the upper row over
 * its columns and the indicator in the lower row; the two are joined before classifying.
 * A year is written in ASCII or full-width digits only: NFKC would also read ²⁰²³ or ②⓪②③.
 */
import { GRID_WORDS, indicatorHeaderWords, type Indicator } from '../grid.ts';
import { normalizeName } from '../names.ts';

/** What a header names: the county column, or one figure (year null = the 合计 column). */
export type ColumnRole = { kind: 'county' } | { kind: 'figure'; year: number | null; indicator: Indicator };

/** The years a table may hold (checked in columns.ts): from 1949 to 2100. */
export const FIRST_YEAR = 1949;
export const LAST_YEAR = 2100;

/** A character that NFKC turns into a digit but is not one of 0–9 or ０–９ (², ②, 𝟐…). */
function hasOtherDigits(label: string): boolean {
  for (const ch of label) if (!/[0-9０-９]/u.test(ch) && /[0-9]/u.test(ch.normalize('NFKC'))) return true;
  return false;
}

/** The county column's name as issued. */
export const COUNTY_HEADER = GRID_WORDS.county;

const INDICATOR_WORDS = indicatorHeaderWords();

/** True when a lower header row cell is an indicator word (`开工`, `基本建成`). */
export function isIndicatorWord(label: string): boolean {
  return INDICATOR_WORDS.has(normalizeName(label));
}

function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = y.map((_, j) => j + 1);
  x.forEach((cx, i) => {
    const current: number[] = [];
    y.forEach((cy, j) => {
      const left = j === 0 ? i + 1 : (current[j - 1] as number);
      const diagonal = j === 0 ? i : (previous[j - 1] as number);
      current.push(Math.min(left + 1, (previous[j] as number) + 1, diagonal + (cx === cy ? 0 : 1)));
    });
    previous = current;
  });
  return x.length === 0 ? y.length : y.length === 0 ? x.length : (previous.at(-1) as number);
}

/**
 * True when a cell is an indicator word or a near miss of one (`基本完成`, `完工`): up to one
 * character wrong in `开工`, up to two in `基本建成`. Used to recognise the lower row of a merged
 * header even when one of its cells has a typo, so the typo can be named where it is.
 */
export function isNearIndicatorWord(label: string): boolean {
  const name = normalizeName(label);
  if (name === '') return false;
  return [...INDICATOR_WORDS.keys()].some((word) => editDistance(name, word) <= Math.floor([...word].length / 2));
}

/** True when an upper cell of a merged header names a group: `合计`, `2023年` or `2023`. */
export function isGroupWord(label: string): boolean {
  return !hasOtherDigits(label) && /^(合计|\d{4}年?)$/u.test(normalizeName(label));
}

/** Classifies a (joined) header name; null when it is not a column of the task table. */
export function classifyHeader(label: string): ColumnRole | null {
  const name = normalizeName(label);
  if (/^县(\(市、?区\)|市区)$/u.test(name)) return { kind: 'county' };
  if (hasOtherDigits(label)) return null;
  const match = /^(合计|(\d{4})年?)(.+)$/u.exec(name);
  const indicator = match ? INDICATOR_WORDS.get(match[3] as string) : undefined;
  if (!match || !indicator) return null;
  return { kind: 'figure', year: match[2] ? Number(match[2]) : null, indicator };
}


