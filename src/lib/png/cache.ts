/**
 * Drawn PNGs kept by content, so that a rebuild draws again only the charts whose SVG changed: a
 * staff member's rebuild after editing one figure, and the test suite's many builds of the same
 * inputs, take the others from `node_modules/.cache/png/`. An entry is named by the SHA-256 of
 * everything the bytes depend on (the SVG, the scale, the rasterizer's and the font's versions),
 * written whole and then renamed (parallel builds agree), and read back only when it is a whole
 * PNG; a cache that cannot be read or written is simply no cache. Deleting the folder is always safe.
 * `SITE_PNG_CACHE` names another folder (the test suite gives its builds one of their own, so they
 * never write the project's): a setting of the machine that builds, like TMPDIR, not of the site.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The folder: `SITE_PNG_CACHE`, else under the project's node_modules like other build caches. */
export function pngCacheDir(): string {
  return process.env.SITE_PNG_CACHE || path.join(process.cwd(), 'node_modules', '.cache', 'png');
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The IEND chunk every whole PNG ends with: length 0, type, CRC. */
const IEND = [0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

/** True for bytes that begin and end as a PNG does (a truncated write fails this). */
export function isWholePng(bytes: Uint8Array): boolean {
  if (bytes.length < SIGNATURE.length + IEND.length) return false;
  return SIGNATURE.every((b, i) => bytes[i] === b) && IEND.every((b, i) => bytes[bytes.length - IEND.length + i] === b);
}

let resvgVersion: string | null = null;

/** The rasterizer's version, read from its package (resolved from the project, as the fonts are). */
function rasterizerVersion(): string {
  if (resvgVersion === null) {
    const require = createRequire(path.join(process.cwd(), 'package.json'));
    resvgVersion = (JSON.parse(readFileSync(require.resolve('@resvg/resvg-js/package.json'), 'utf8')) as { version: string }).version;
  }
  return resvgVersion;
}

/** What a cache entry's name is the hash of, besides the SVG and the scale. */
export interface PngCacheKey {
  /** The font package's version (fonts.ts). */
  font: string;
  dir?: string;
}

/** The PNG of `svg` at `scale` from the cache, or drawn by `draw` and kept. */
export function cachedPng(svg: string, scale: number, key: PngCacheKey, draw: () => Uint8Array): Uint8Array {
  const name = createHash('sha256').update(`resvg ${rasterizerVersion()}\nfont ${key.font}\nscale ${scale}\n${svg}`).digest('hex');
  const file = path.join(key.dir ?? pngCacheDir(), name.slice(0, 2), `${name}.png`);
  try {
    const kept = new Uint8Array(readFileSync(file));
    if (isWholePng(kept)) return kept;
  } catch {
    // Not kept yet (or unreadable): draw it.
  }
  const png = draw();
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, png);
    renameSync(temporary, file);
  } catch {
    // A read-only or full disk: the PNG is still right, only not kept.
  }
  return png;
}
