/**
 * Charts as PNG: drawn at 2× with Noto Sans SC from the npm package only, the same bytes every
 * time, matching a golden PNG within a small tolerance (tests/snapshots/png/; a mismatch writes
 * <name>-changed.png beside it; delete the golden file to accept a change), with the Chinese text
 * drawn — not left out or drawn in a fallback font — and share cards of 1200×630.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderStandaloneSvg, yearTotalsChart, countyStartsForYearChart, renderChart } from '../../../src/lib/charts/index.ts';
import { CARD_HEIGHT, CARD_WIDTH, composeCardSvg } from '../../../src/lib/png/card.ts';
import { fontFilesFor, pickSubsets, readFontLicense } from '../../../src/lib/png/fonts.ts';
import { drawPng, PNG_SCALE } from '../../../src/lib/png/render.ts';
import { unwrapWoff } from '../../../src/lib/png/woff.ts';
import { CONTEXT, realDerived } from '../../fixtures/charts/tables';
import { decodePng, differingShare, readPngSize } from '../../helpers/png.ts';

const GOLDEN = resolve(dirname(fileURLToPath(import.meta.url)), '../../snapshots/png');
/** Pixels allowed to differ from the golden file (anti-aliasing after a rasterizer patch). */
const TOLERANCE = 0.005;

function expectPngSnapshot(name: string, png: Uint8Array): void {
  const golden = join(GOLDEN, `${name}.png`);
  const changed = join(GOLDEN, `${name}-changed.png`);
  if (!existsSync(golden)) {
    if (process.env.CI) expect.fail(`tests/snapshots/png/${name}.png is missing: run the tests locally to write it, look at it, and commit it`);
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(golden, png);
    return;
  }
  const share = differingShare(decodePng(png), decodePng(new Uint8Array(readFileSync(golden))));
  if (share <= TOLERANCE) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, png);
  expect.fail(`${name}.png differs in ${(share * 100).toFixed(2)}% of its pixels: compare tests/snapshots/png/${name}.png with ${name}-changed.png (delete the golden file to accept)`);
}

const real = realDerived();
const yearTotals = yearTotalsChart(real, CONTEXT);
const standalone = renderStandaloneSvg(yearTotals);
const svgSize = (svg: string) => ({ width: Number(/\swidth="(\d+)"/.exec(svg)?.[1]), height: Number(/\sheight="(\d+)"/.exec(svg)?.[1]) });

describe('chart PNGs', () => {
  it('year-totals renders as its golden PNG, at twice the SVG size', () => {
    const png = drawPng(standalone, PNG_SCALE);
    const { width, height } = svgSize(standalone.slice(standalone.indexOf('<svg')));
    expect(readPngSize(png)).toEqual({ width: width * PNG_SCALE, height: height * PNG_SCALE });
    expectPngSnapshot('standalone-year-totals', png);
  });

  it('county-starts-2024 renders as its golden PNG', () => {
    expectPngSnapshot('standalone-county-starts-2024', drawPng(renderStandaloneSvg(countyStartsForYearChart(real, 2024, CONTEXT)), PNG_SCALE));
  });

  it('gives the same bytes every time', () => {
    expect(Buffer.from(drawPng(standalone, PNG_SCALE)).equals(Buffer.from(drawPng(standalone, PNG_SCALE)))).toBe(true);
  });

  it('draws the Chinese text: without its text elements the picture loses many pixels, and every character is in the font', () => {
    const bare = standalone.replace(/<text\b[^>]*>[^<]*<\/text>/g, '');
    const share = differingShare(decodePng(drawPng(standalone, PNG_SCALE)), decodePng(drawPng(bare, PNG_SCALE)));
    expect(share).toBeGreaterThan(0.02);
    const text = standalone.replace(/<[^>]*>/g, '');
    expect(pickSubsets(text).missing).toEqual([]);
    expect(pickSubsets('章贡区赣州蓉江新区于都县宁都县').missing).toEqual([]);
  });

  it('uses the packaged font only: a drawing that names a system font gives the same pixels', () => {
    const named = (family: string) => standalone.replace(/font-family="[^"]*"/g, `font-family="${family}"`);
    const a = drawPng(named('Noto Sans SC'), PNG_SCALE);
    const b = drawPng(named('DejaVu Sans, WenQuanYi Zen Hei, Noto Sans CJK SC, serif'), PNG_SCALE);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('loads only the font files that hold the text, regular and bold, as TrueType unwrapped from WOFF', () => {
    const files = fontFilesFor('2023年开工');
    expect(files.length % 2).toBe(0);
    expect(files.length).toBeLessThanOrEqual(8);
    for (const file of files) expect([0x00010000, 0x4f54544f]).toContain(readFileSync(file).readUInt32BE(0));
    expect(() => unwrapWoff(new Uint8Array(64))).toThrow('not a WOFF 1.0 font');
    expect(new TextDecoder().decode(readFontLicense())).toContain('SIL Open Font License');
  });
});

describe('a chart whose labels hold markup', () => {
  it('is XML that resvg draws: what linkedom leaves raw in attribute values is escaped when the chart is written', () => {
    const hostile = { ...yearTotals, ariaLabel: `县<script>alert(1)</script>'x' & "y"`, title: '甲<b>乙</b>' };
    const svg = renderChart(hostile);
    expect(svg).toContain(`aria-label="县&lt;script&gt;alert(1)&lt;/script&gt;'x' &amp; &quot;y&quot;"`);
    expect(readPngSize(drawPng(svg, PNG_SCALE))).toEqual(readPngSize(drawPng(renderChart(yearTotals), PNG_SCALE)));
    expect(readPngSize(drawPng(renderStandaloneSvg(hostile), PNG_SCALE)).width).toBeGreaterThan(0);
  });
});

describe('share cards', () => {
  const card = () =>
    drawPng(
      composeCardSvg({ siteName: '某市某某行动', title: yearTotals.title, caption: yearTotals.caption, source: yearTotals.source, chartPng: drawPng(renderChart(yearTotals), PNG_SCALE), chartWidth: 480, chartHeight: 200 }),
      1,
    );

  it('are 1200×630 PNGs and render as their golden PNG', () => {
    const png = card();
    expect(readPngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(png.byteLength).toBeLessThan(300 * 1024);
    expectPngSnapshot('card-year-totals', png);
  });

  it('cut an over-long title and caption with an ellipsis instead of running off the card', () => {
    const svg = composeCardSvg({ siteName: '站', title: '很长的标题'.repeat(20), caption: '很长的说明'.repeat(60), source: '来源', chartPng: drawPng(renderChart(yearTotals), PNG_SCALE), chartWidth: 480, chartHeight: 200 });
    const lines = [...svg.matchAll(/<text[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)];
    expect(lines.filter((m) => m[1] === '42')).toHaveLength(3);
    expect(lines.filter((m) => m[1] === '28')).toHaveLength(6);
    expect(lines.filter((m) => m[1] === '28').pop()?.[2]).toMatch(/…$/);
  });
});
