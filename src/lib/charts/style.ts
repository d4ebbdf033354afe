/** Shared look of the charts: palette, fonts, sizes. Numbers are written by src/lib/format.ts, so charts and tables agree. */

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
 * Charts are drawn 440 units wide and shown at most 24em wide (src/styles/site.css): on a desktop
 * their text is then a little smaller than the body text (17 × 24em / 440 ≈ 0.93em) and grows with
 * the reader's text size; on a 390 px phone the chart fills its 340 px column and its smallest text
 * (16 units) shows at 12.4 px. At 480 units the value labels shrank to 11.2 px on that phone.
 */
export const WIDTH = 440;
/** Base font size in SVG units (about 13 px on a 390 px phone). */
export const FONT_SIZE = 17;
/** Font size of the value labels at the bar ends (about 12.4 px on a 390 px phone). */
export const VALUE_FONT_SIZE = 16;

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
