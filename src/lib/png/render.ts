/**
 * SVG → PNG at build time with resvg (@resvg/resvg-js), drawn with the font of ./fonts.ts only:
 * system fonts are never loaded, and every family a drawing names falls back to that one, so the
 * same SVG gives the same bytes on every machine; a document drawn before is taken from the
 * cache of drawn PNGs (./cache.ts).
 */
import { Resvg } from '@resvg/resvg-js';
import { cachedPng } from './cache.ts';
import { fontFilesFor, fontVersion, PNG_FONT_FAMILY } from './fonts.ts';

/** Scale of a chart's PNG: two pixels per SVG unit, sharp on phone screens and in print layouts. */
export const PNG_SCALE = 2;

/** The text of a drawing: what lies between its tags, with character references left as written (digits and Latin letters). */
function textOf(svg: string): string {
  return svg.replace(/<[^>]*>/g, ' ');
}

/**
 * The PNG of an SVG document at `scale` pixels per unit, from the cache of drawn PNGs when the same
 * document was drawn before (./cache.ts; `cacheDir` for tests). The document must be XML: the
 * charts' markup is (charts/render.ts escapes what linkedom leaves raw in attribute values).
 */
export function renderPng(svg: string, scale: number = PNG_SCALE, cacheDir?: string): Uint8Array {
  return cachedPng(svg, scale, { font: fontVersion(), ...(cacheDir ? { dir: cacheDir } : {}) }, () => drawPng(svg, scale));
}

/** Draws the PNG with resvg. */
export function drawPng(svg: string, scale: number): Uint8Array {
  const resvg = new Resvg(svg, {
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
