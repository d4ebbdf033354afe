/**
 * The 1200×630 share card of a chart (the size WeChat, Weibo and Open Graph readers crop least):
 * the site's name, the chart's title and its caption (the sentence that states the figures) on the
 * left, the chart itself on the right, the source line below. Text is wrapped and cut by estimated
 * width, so a long title never runs off the card.
 */
import { wrapText } from '../charts/render.ts';
import { COLORS } from '../charts/style.ts';
import { escapeXml } from '../xml.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card shows; `chartPng` is the chart drawn without its frame, `chartWidth`×`chartHeight` its size in SVG units. */
export interface CardContent {
  siteName: string;
  title: string;
  caption: string;
  source: string;
  chartPng: Uint8Array;
  chartWidth: number;
  chartHeight: number;
}

/** At most `max` lines of `text` wrapped to `width`, the last one cut with an ellipsis when more would follow. */
function clampLines(text: string, width: number, size: number, max: number): string[] {
  const lines = wrapText(text, width, size);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${[...(kept[max - 1] as string)].slice(0, -1).join('')}…`;
  return kept;
}

/** The card as an SVG document (the chart embedded as a PNG data URL), ready for ../png/render.ts at scale 1. */
export function composeCardSvg(card: CardContent): string {
  const left = 56;
  const textWidth = 540;
  const chartBox = { x: 640, y: 40, width: 520, height: 530 };
  const parts: string[] = [];
  const text = (x: number, y: number, size: number, body: string, attrs = '') =>
    parts.push(`<text x="${x}" y="${y}" font-size="${size}"${attrs}>${escapeXml(body)}</text>`);
  text(left, 84, 24, clampLines(card.siteName, textWidth, 24, 1)[0] ?? '', ' fill="#555555"');
  let y = 150;
  for (const line of clampLines(card.title, textWidth, 42, 3)) {
    text(left, y, 42, line, ' font-weight="bold"');
    y += 58;
  }
  y += 12;
  for (const line of clampLines(card.caption, textWidth, 28, 6)) {
    text(left, y, 28, line);
    y += 42;
  }
  text(left, 596, 18, clampLines(card.source, CARD_WIDTH - 2 * left, 18, 1)[0] ?? '', ' fill="#555555"');
  const image = `data:image/png;base64,${Buffer.from(card.chartPng).toString('base64')}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="sans-serif" fill="${COLORS.ink}">` +
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="white"/><rect width="${CARD_WIDTH}" height="10" fill="#9c1c1c"/>` +
    parts.join('') +
    `<image x="${chartBox.x}" y="${chartBox.y}" width="${chartBox.width}" height="${chartBox.height}" preserveAspectRatio="xMidYMid meet" href="${image}"/>` +
    '</svg>'
  );
}
