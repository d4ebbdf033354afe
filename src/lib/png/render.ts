/**
 * SVG → PNG at build time with resvg (@resvg/resvg-js), drawn with the font of ./fonts.ts only:
 * system fonts are never loaded, and every family a drawing names falls back to that one, so the
 * same SVG gives the same bytes on every machine.
 */
import { Resvg } from '@resvg/resvg-js';
import { fontFilesFor, PNG_FONT_FAMILY } from './fonts.ts';

/** Scale of a chart's PNG: two pixels per SVG unit, sharp on phone screens and in print layouts. */
export const PNG_SCALE = 2;

/** The text of a drawing: what lies between its tags, with character references left as written (digits and Latin letters). */
function textOf(svg: string): string {
  return svg.replace(/<[^>]*>/g, ' ');
}

/**
 * The drawing as XML: an HTML serializer (linkedom's) leaves `<` and `>` as they are inside
 * attribute values — a county named `<b>` reaches an `aria-label` so — which XML forbids and resvg
 * rejects. Only characters inside quoted attribute values are touched.
 */
export function escapeAttributeMarkup(svg: string): string {
  let out = '';
  let inTag = false;
  let quote = '';
  for (const ch of svg) {
    if (quote) {
      if (ch === quote) quote = '';
      out += ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch;
      continue;
    }
    if (inTag && (ch === '"' || ch === "'")) quote = ch;
    else if (ch === '<') inTag = true;
    else if (ch === '>') inTag = false;
    out += ch;
  }
  return out;
}

/** The PNG of an SVG document at `scale` pixels per unit. */
export function renderPng(svg: string, scale: number = PNG_SCALE): Uint8Array {
  const resvg = new Resvg(escapeAttributeMarkup(svg), {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: fontFilesFor(textOf(svg)),
      defaultFontFamily: PNG_FONT_FAMILY,
      sansSerifFamily: PNG_FONT_FAMILY,
      serifFamily: PNG_FONT_FAMILY,
      monospaceFamily: PNG_FONT_FAMILY,
    },
    logLevel: 'off',
  });
  return new Uint8Array(resvg.render().asPng());
}
