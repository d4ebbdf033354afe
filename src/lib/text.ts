/**
 * One text policy for everything staff write: county names, the plan text, release notes and the
 * metadata. A character is refused when a reader cannot see it or it can change how the text
 * around it reads: control characters (Cc), format characters (Cf: bidi overrides and isolates,
 * zero-width characters, soft hyphen, tag characters…), private-use (Co), unassigned (Cn, also
 * noncharacters) and lone surrogates (Cs), line and paragraph separators (Zl, Zp), and the
 * look-alike fillers that NFKC keeps (U+3164 HANGUL FILLER, U+034F COMBINING GRAPHEME JOINER,
 * variation selectors…), with which `章贡\u2066\u2069区` would pass as a second 章贡区.
 *
 * Callers drop a leading BOM (U+FEFF) first: there it marks the encoding; anywhere else it is a
 * zero-width character and refused. Also the place that finds the first byte a decoder rejects.
 */
import { formatDecimal } from './format.ts';

/** Why a character is refused. */
export type ForbiddenKind = 'control' | 'format' | 'private-use' | 'unassigned' | 'surrogate' | 'separator' | 'filler';

/** The first refused character: its UTF-16 index in the text, its code point and why. */
export interface ForbiddenCharacter {
  index: number;
  codePoint: number;
  kind: ForbiddenKind;
}

/** How each kind is named in a message (Chinese; the messages of every domain use these words). */
export const FORBIDDEN_KIND_WORDS: Record<ForbiddenKind, string> = {
  control: '不可见的控制字符',
  format: '不可见的格式字符',
  'private-use': '私用区字符（各电脑显示不一）',
  unassigned: '尚未分配的 Unicode 字符',
  surrogate: '残缺的字符（不成对的代理项）',
  separator: '不可见的行分隔符',
  filler: '不可见的填充字符',
};

/** Invisible look-alikes of a space or of nothing, which NFKC keeps and pinyin ignores. */
const FILLERS = '\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180D\u2800\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}';
const FORBIDDEN = new RegExp(`[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}\\p{Zl}\\p{Zp}${FILLERS}]`, 'gu');
const KINDS: [RegExp, ForbiddenKind][] = [
  [/\p{Cc}/u, 'control'],
  [/\p{Cf}/u, 'format'],
  [/\p{Co}/u, 'private-use'],
  [/\p{Cs}/u, 'surrogate'],
  [/[\p{Zl}\p{Zp}]/u, 'separator'],
  [/\p{Cn}/u, 'unassigned'],
];

/**
 * The first character of `text` the policy refuses, or null. `allow` lists characters the
 * format permits (the plan text allows tab, line feed, form feed and CR; a note, line feed).
 */
export function findForbiddenCharacter(text: string, allow = ''): ForbiddenCharacter | null {
  const pattern = new RegExp(FORBIDDEN.source, FORBIDDEN.flags);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const ch = match[0];
    if (allow.includes(ch)) continue;
    const kind = KINDS.find(([re]) => re.test(ch))?.[1] ?? 'filler';
    return { index: match.index, codePoint: ch.codePointAt(0) ?? 0, kind };
  }
  return null;
}

/** 1-based position, in characters (code points), of the UTF-16 `index` of `text`. */
export function characterPosition(text: string, index: number): number {
  return [...text.slice(0, index)].length + 1;
}

/** `text` with every refused character shown as □, so a message can quote it safely. */
export function showForbidden(text: string): string {
  return text.replace(new RegExp(FORBIDDEN.source, FORBIDDEN.flags), '□');
}

/** `U+202E`, `U+E0001`. */
export function formatCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `20.0 MB（20,971,521 字节）`: a file's size for a message. */
export function formatFileSize(bytes: number): string {
  return `${formatDecimal(bytes / 2 ** 20, 1)} MB（${formatDecimal(bytes)} 字节）`;
}

/**
 * Byte offset where `bytes` stop being valid in `encoding` (a WHATWG label): the start of the
 * first sequence the decoder refuses, exactly as it refuses it; null when the whole input
 * decodes. `text` is the decoded text before that offset, to locate it by line and column.
 */
export function findUndecodableByte(bytes: Uint8Array, encoding: string): { offset: number; text: string } | null {
  const decodes = (end: number, stream: boolean): boolean => {
    try {
      new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, end), { stream });
      return true;
    } catch {
      return false;
    }
  };
  if (decodes(bytes.length, false)) return null;
  // Streaming, a prefix fails exactly when it holds a refused byte (an incomplete sequence at the
  // end is kept for later): search for the shortest such prefix, then step back to where the
  // refused sequence starts (the longest prefix that decodes as a whole, at most 4 bytes back).
  let [low, high] = [0, bytes.length];
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (decodes(mid + 1, true)) low = mid + 1;
    else high = mid;
  }
  let start = low;
  while (start > Math.max(0, low - 4) && !decodes(start, false)) start--;
  if (!decodes(start, false)) start = low;
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(0, start));
  return { offset: start, text };
}
