import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedPng, isWholePng } from '../../../src/lib/png/cache.ts';
import { drawPng, renderPng } from '../../../src/lib/png/render.ts';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="20" height="10" fill="#9c1c1c"/><text x="1" y="18">甲</text></svg>';
let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});
const kept = () => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.png')).map((f) => path.join(dir, String(f)));

describe('the cache of drawn PNGs', () => {
  it('gives the bytes resvg draws, draws a document once, and keys on the SVG, the scale and the font', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'png-cache-'));
    const drawn = drawPng(SVG, 2);
    let draws = 0;
    const draw = () => {
      draws++;
      return drawPng(SVG, 2);
    };
    expect(cachedPng(SVG, 2, { font: '1', dir }, draw)).toEqual(drawn);
    expect(cachedPng(SVG, 2, { font: '1', dir }, draw)).toEqual(drawn);
    expect(draws).toBe(1);
    cachedPng(SVG, 1, { font: '1', dir }, draw);
    cachedPng(SVG, 2, { font: '2', dir }, draw);
    cachedPng(SVG.replace('甲', '乙'), 2, { font: '1', dir }, draw);
    expect(draws).toBe(4);
    expect(kept()).toHaveLength(4);
    expect(renderPng(SVG, 2, dir)).toEqual(drawn);
  });

  it('draws again over a truncated or foreign entry, and replaces it', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'png-cache-'));
    const drawn = cachedPng(SVG, 2, { font: '1', dir }, () => drawPng(SVG, 2));
    const [file] = kept();
    writeFileSync(file as string, drawn.subarray(0, drawn.length - 5));
    expect(cachedPng(SVG, 2, { font: '1', dir }, () => drawPng(SVG, 2))).toEqual(drawn);
    expect(new Uint8Array(readFileSync(file as string))).toEqual(drawn);
    writeFileSync(file as string, 'not a png');
    expect(cachedPng(SVG, 2, { font: '1', dir }, () => drawPng(SVG, 2))).toEqual(drawn);
  });

  it('still draws when the cache cannot be written', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'png-cache-')), 'a-file');
    writeFileSync(file, '');
    dir = path.dirname(file);
    expect(cachedPng(SVG, 2, { font: '1', dir: file }, () => drawPng(SVG, 2))).toEqual(drawPng(SVG, 2));
  });

  it('knows a whole PNG from a truncated one', () => {
    const png = drawPng(SVG, 1);
    expect(isWholePng(png)).toBe(true);
    expect(isWholePng(png.subarray(0, png.length - 1))).toBe(false);
    expect(isWholePng(new Uint8Array(0))).toBe(false);
  });
});
