/**
 * ASCII slugs for Chinese names: the toneless pinyin of every character, joined without
 * separators (章贡区 → zhanggongqu). Pinyin libraries misread some polyphones in exactly the names
 * of this plan (宁都 ningdou, 国开行 guokaixing); the custom dictionary below corrects them, and
 * every slug the site uses is pinned by a test, so a library upgrade cannot move a URL.
 */
import { customPinyin, pinyin } from 'pinyin-pro';
import { normalizeName } from './names.ts';

/** Words whose reading the library gets wrong in place names and bank names. */
const READINGS: Record<string, string> = {
  宁都: 'níng dū',
  于都: 'yú dū',
  国开行: 'guó kāi háng',
  农发行: 'nóng fā háng',
  分行: 'fēn háng',
  支行: 'zhī háng',
  银行: 'yín háng',
  行业: 'háng yè',
  石城: 'shí chéng',
  会昌: 'huì chāng',
};

let installed = false;

function installReadings(): void {
  if (installed) return;
  customPinyin(READINGS);
  installed = true;
}

/** `章贡区` → `zhanggongqu`; ASCII letters and digits are kept (lower-cased), everything else dropped. */
export function slugify(name: string): string {
  installReadings();
  const syllables = pinyin(name.normalize('NFKC'), { toneType: 'none', type: 'array', v: true });
  const slug = syllables
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
  return slug || 'x';
}

/**
 * Slugs for a list of names, unique within the list: a later name whose pinyin repeats an
 * earlier one gets `-2`, `-3`… in list order, so the result is deterministic.
 */
export function assignSlugs(names: readonly string[]): Map<string, string> {
  const result = new Map<string, string>();
  const used = new Map<string, number>();
  for (const name of names) {
    if (result.has(name)) continue;
    const base = slugify(name);
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    result.set(name, seen === 0 ? base : `${base}-${seen + 1}`);
  }
  return result;
}

/**
 * Slugs that never change owner: a name in `recorded` (the URLs already published, matched as
 * validation compares names) keeps its recorded slug; a new name gets its pinyin, or the next free
 * `-2`, `-3`… when that slug is taken, in list order. Every recorded slug stays taken, even when its
 * county has left the table, so a URL once published is never handed to another name.
 */
export function assignStableSlugs(names: readonly string[], recorded: readonly { name: string; slug: string }[]): Map<string, string> {
  const published = new Map(recorded.map((r) => [normalizeName(r.name), r.slug]));
  const taken = new Set(recorded.map((r) => r.slug));
  const result = new Map<string, string>();
  for (const name of names) {
    if (result.has(name)) continue;
    const own = published.get(normalizeName(name));
    if (own !== undefined) {
      result.set(name, own);
      continue;
    }
    const base = slugify(name);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    result.set(name, slug);
  }
  return result;
}
