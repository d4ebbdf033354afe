/**
 * Hard-wrapped text: a plan copied from a PDF or a web page with a line break every 28–40
 * characters and no blank line between paragraphs. Its lines are mostly of one width; a line of
 * that width ends mid-paragraph even when it ends with 。, and a shorter line ends its paragraph.
 * Text whose lines are whole paragraphs (the issued seed) has no such width.
 */
import type { SourceLine } from './lines';

/** Lines needed before a width can be told. */
const MIN_LINES = 8;
/** Share of the lines at the width (within {@link SLACK}). */
const MIN_SHARE = 0.4;
/** Width units a full line may fall short by (a character pushed on by the line-breaking rules). */
export const SLACK = 4;

/** Visual width of a line: full-width characters (CJK, full-width punctuation) count 2, others 1. */
export function visualWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

/** The width at which the text was wrapped (20–45 characters), or null when it was not. */
export function detectWrapWidth(lines: readonly SourceLine[]): number | null {
  if (lines.length < MIN_LINES) return null;
  const counts = new Map<number, number>();
  for (const l of lines) {
    const width = visualWidth(l.text);
    if (width >= 40 && width <= 90) counts.set(width, (counts.get(width) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [width, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && width > best)) [best, bestCount] = [width, count];
  }
  if (best === null) return null;
  const top = best;
  const near = lines.filter((l) => Math.abs(visualWidth(l.text) - top) <= SLACK).length;
  return near / lines.length >= MIN_SHARE ? top : null;
}
