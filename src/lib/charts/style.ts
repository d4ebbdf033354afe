/** Shared look of the charts: palette, fonts, sizes, number formatting. */

/** Okabe–Ito blue and vermillion: distinguishable with all common colour-vision deficiencies. */
export const COLORS = {
  started: '#0072B2',
  completed: '#D55E00',
  /** Muted variants for the counties that are not highlighted. */
  startedMuted: '#A9C9E0',
  completedMuted: '#EDC2A3',
  /** Background band behind a highlighted row. */
  highlightBand: '#F2F2F2',
  /** Text and rules, 15:1 on white. */
  ink: '#1A1A1A',
} as const;

/** System CJK fonts only; no web fonts. Single quotes so the value sits in an XML attribute. */
export const FONT_FAMILY =
  "system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

/**
 * Charts are drawn 480 units wide: shown at natural size on a desktop column, scaled down with CSS
 * (`max-width: 100%`) on a phone. At 640 the labels shrank to 9.5 px on a 390 px screen; at 480
 * they stay near 12.5 px.
 */
export const WIDTH = 480;
/** Base font size in SVG units (about 12.5 px on a 390 px phone). */
export const FONT_SIZE = 17;
/** Font size of the value labels at the bar ends. */
export const VALUE_FONT_SIZE = 15;

/** Counts and percentages are written by the site's one formatter, so charts and tables agree. */
export { formatTao as formatCount, formatPercent } from '../format';

/**
 * Width of a line of text in SVG units, estimated: CJK and full-width characters take 1em,
 * digits and Latin letters about 0.64em, narrow punctuation 0.32em. Errs on the wide side.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x2e80) em += 1;
    else if (',.:;!|\' '.includes(ch)) em += 0.32;
    else em += 0.64;
  }
  return Math.ceil(em * fontSize);
}
