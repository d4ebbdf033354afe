/**
 * The task grid's one vocabulary: the indicators, the years and the total, their Chinese words,
 * the key that names one figure and the label that shows it. Charts, tables, downloads, diffs and
 * messages all write a figure's name through this module, so renaming an indicator is one edit
 * here. Years are never listed: they always come from the table.
 */

/** The two indicators of a target table, in the order every table and chart shows them. */
export const INDICATORS = ['started', 'completed'] as const;
export type Indicator = (typeof INDICATORS)[number];

/** Figures of one row for one year (or for all years), one per indicator. */
export type IndicatorFigures = Record<Indicator, number>;

/**
 * The words for each indicator: `word` as table headers write it (开工), `long` where the plan's
 * prose uses a longer form (新开工; defaults to `word`), and `accepts`, the header words staff
 * tables and attachments may use for it besides `word` and `long`.
 */
const INDICATOR_WORDS: Record<Indicator, { word: string; long?: string; accepts: readonly string[] }> = {
  started: { word: '开工', long: '新开工', accepts: ['开工', '新开工'] },
  completed: { word: '基本建成', accepts: ['基本建成'] },
};

/** Words of the grid besides the indicators. */
export const GRID_WORDS = {
  /** The row and the columns that sum the others. */
  total: '合计',
  /** The row key: one county-level area. */
  county: '县（市、区）',
  /** The unit of every figure when the plan's table names none. */
  unit: '套',
} as const;

/** `开工`, `基本建成`: the indicator as a table header writes it. */
export function indicatorWord(indicator: Indicator): string {
  return INDICATOR_WORDS[indicator].word;
}

/** `新开工`, `基本建成`: the indicator as the plan's prose writes it. */
export function indicatorLongWord(indicator: Indicator): string {
  return INDICATOR_WORDS[indicator].long ?? INDICATOR_WORDS[indicator].word;
}

/** Every header word read as an indicator (`开工`, `新开工`, `基本建成`), the display words included. */
export function indicatorHeaderWords(): Map<string, Indicator> {
  const words = new Map<string, Indicator>();
  for (const indicator of INDICATORS) {
    const { word, long, accepts } = INDICATOR_WORDS[indicator];
    for (const w of [word, long ?? word, ...accepts]) words.set(w, indicator);
  }
  return words;
}

/** `2023年` */
export function yearLabel(year: number): string {
  return `${year}年`;
}

/**
 * The key that names one figure of a row: `2023:started`, or `total:completed` for the sum over
 * all years. Every map of figures (diffs, adjustments, ranks, orders, column positions) uses it.
 */
export function figureKey(year: number | null, indicator: Indicator): string {
  return `${year ?? 'total'}:${indicator}`;
}

/** The year and indicator of a {@link figureKey}. */
export function parseFigureKey(key: string): { year: number | null; indicator: Indicator } {
  const [year = '', indicator = ''] = key.split(':');
  if (!(INDICATORS as readonly string[]).includes(indicator)) throw new RangeError(`not a figure key: ${JSON.stringify(key)}`);
  return { year: year === 'total' ? null : Number(year), indicator: indicator as Indicator };
}

/** Figure keys in table order: the totals first, then each year ascending, started before completed. */
export function compareFigureKeys(a: string, b: string): number {
  const x = parseFigureKey(a);
  const y = parseFigureKey(b);
  if (x.year !== y.year) return x.year === null ? -1 : y.year === null ? 1 : x.year - y.year;
  return INDICATORS.indexOf(x.indicator) - INDICATORS.indexOf(y.indicator);
}

/** `2023年开工`, or `合计开工` for the sum over all years: the name of one figure column. */
export function figureLabel(year: number | null, indicator: Indicator): string {
  return `${year === null ? GRID_WORDS.total : yearLabel(year)}${indicatorWord(indicator)}`;
}

/** Every figure of a table with these years, in table order: totals, then each year. */
export function listFigures(years: readonly number[]): { year: number | null; indicator: Indicator; key: string }[] {
  return [null, ...years].flatMap((year) => INDICATORS.map((indicator) => ({ year, indicator, key: figureKey(year, indicator) })));
}
