/**
 * The one typeface of every PNG: Noto Sans SC from the npm package @fontsource/noto-sans-sc
 * (SIL Open Font License 1.1), never a system font, so a chart's pixels are the same on every
 * machine. The package splits the font into files by Unicode range; a drawing loads only the
 * files whose ranges hold its characters, in both weights the charts use (regular and bold),
 * unwrapped from WOFF to TrueType once per machine into a folder under the system's temporary
 * directory (named for the package version; written whole, then renamed, so parallel builds agree).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unwrapWoff } from './woff.ts';

/** The family name the package's files carry, which the rasterizer is told to use for every text. */
export const PNG_FONT_FAMILY = 'Noto Sans SC';
const PACKAGE = '@fontsource/noto-sans-sc';
const WEIGHTS = [400, 700] as const;

interface FontPackage {
  dir: string;
  version: string;
  /** Subset name (`119`, `latin`) → code point ranges, in the package's order. */
  subsets: [string, [number, number][]][];
}

let pkg: FontPackage | null = null;

/** Resolved from the project folder: a bundled build runs from elsewhere. */
function fontPackage(): FontPackage {
  if (!pkg) {
    const require = createRequire(path.join(process.cwd(), 'package.json'));
    const dir = path.dirname(require.resolve(`${PACKAGE}/LICENSE`));
    const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string };
    const ranges = JSON.parse(readFileSync(path.join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
    const subsets = Object.entries(ranges).map(([key, list]): [string, [number, number][]] => [
      key.replace(/^\[(\d+)\]$/, '$1'),
      list.split(',').map((range) => {
        const [from, to] = range.trim().replace(/^U\+/i, '').split('-');
        return [parseInt(from as string, 16), parseInt(to ?? (from as string), 16)];
      }),
    ]);
    pkg = { dir, version, subsets };
  }
  return pkg;
}

/** The font package's version: a PNG drawn with another version may differ (see render.ts's cache). */
export function fontVersion(): string {
  return fontPackage().version;
}

/** The font's licence, exactly as the package ships it (published beside the PNGs). */
export function readFontLicense(): Uint8Array {
  return new Uint8Array(readFileSync(path.join(fontPackage().dir, 'LICENSE')));
}

/** Names of the subsets that hold the characters of `text`, in the package's order, and the characters none holds. */
export function pickSubsets(text: string): { subsets: string[]; missing: string[] } {
  const left = new Set<number>();
  for (const ch of text) if (!/\s/.test(ch)) left.add(ch.codePointAt(0) as number);
  const subsets: string[] = [];
  for (const [name, ranges] of fontPackage().subsets) {
    if (left.size === 0) break;
    let used = false;
    for (const code of left) {
      if (ranges.some(([from, to]) => code >= from && code <= to)) {
        left.delete(code);
        used = true;
      }
    }
    if (used) subsets.push(name);
  }
  return { subsets, missing: [...left].sort((a, b) => a - b).map((c) => String.fromCodePoint(c)) };
}

const unwrapped = new Map<string, string>();

/** Path of the TrueType file of one subset and weight, unwrapping it on first use. */
function fontFile(subset: string, weight: number): string {
  const key = `${subset}-${weight}`;
  let file = unwrapped.get(key);
  if (!file) {
    const { dir, version } = fontPackage();
    const cache = path.join(tmpdir(), `png-fonts-noto-sans-sc-${version}`);
    file = path.join(cache, `${key}.ttf`);
    if (!existsSync(file)) {
      mkdirSync(cache, { recursive: true });
      const sfnt = unwrapWoff(new Uint8Array(readFileSync(path.join(dir, 'files', `noto-sans-sc-${subset}-${weight}-normal.woff`))));
      const partial = `${file}.${process.pid}.part`;
      writeFileSync(partial, sfnt);
      renameSync(partial, file);
    }
    unwrapped.set(key, file);
  }
  return file;
}

/** The font files a drawing of `text` needs, regular and bold. */
export function fontFilesFor(text: string): string[] {
  const { subsets } = pickSubsets(text);
  return WEIGHTS.flatMap((weight) => subsets.map((subset) => fontFile(subset, weight)));
}
