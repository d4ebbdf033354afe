/**
 * Responsible units: the bracketed list that closes a work item (〔…〕, 〔…） or （…）) is found by
 * matching brackets backwards from the end, split into units at 、，； outside inner brackets
 * (各县（市、区）人民政府 stays whole), and collective phrases (等市直有关部门) are set apart.
 * One body named in several spellings gets one identity: X and X人民政府 are the same.
 */
import { assignSlugs } from '../slug';
import type { Unit, UnitMention, WorkItem } from './types';

const LIST_OPENERS = new Set(['（', '〔']);
const LIST_CLOSERS = new Set(['）', '〕']);
/** What may stand right before a closing list: the end of a sentence. */
const SENTENCE_END = new Set([...'。！？；']);
/** `责任单位：`, `牵头单位：`, `配合部门：` before the names. */
const LIST_PREFIX = /^[^：:、，（〔]{0,6}(?:单位|部门)[：:]\s*/;
/** `市人防办等市直有关部门` → unit `市人防办` + collective `等市直有关部门`. */
const TRAILING_COLLECTIVE = /^(.*?)(等[^等]{0,10}?(?:部门|单位|机构))$/;
/** A piece that names no particular body: `市直有关部门`, `各有关单位`. */
const WHOLE_COLLECTIVE = /^(?:各|市直|省直|县直|区直|其他)?(?:（[^）]*）)?(?:有关|相关|其他)(?:部门|单位|机构)/;
/** Suffixes that name a place's governing body: 各县（市、区） and 各县（市、区）人民政府 are one unit. */
export const GOVERNMENT_SUFFIX = /(?:人民政府|政府|管理委员会|管委会)$/;

/** A unit list as it closes a paragraph. */
export interface UnitList {
  /** Index in the paragraph where the list's opening bracket stands. */
  start: number;
  /** The list as issued, brackets included. */
  text: string;
  names: string[];
  collectives: string[];
}

/** Finds the unit list that closes `text`; null when the text does not end with one. */
export function findTrailingUnitList(text: string): UnitList | null {
  const chars = [...text];
  if (!LIST_CLOSERS.has(chars[chars.length - 1] ?? '')) return null;
  let depth = 0;
  let offset = text.length;
  for (let i = chars.length - 1; i >= 0; i--) {
    const ch = chars[i] ?? '';
    offset -= ch.length;
    if (LIST_CLOSERS.has(ch)) depth++;
    else if (LIST_OPENERS.has(ch) && --depth === 0) {
      if (!standsAsList(text, offset)) return null;
      const listText = text.slice(offset);
      return { start: offset, text: listText, ...splitUnitList(listText) };
    }
  }
  return null;
}

/**
 * Finds a unit list that was opened and never closed (`〔市发改委、市财政局` at the end of an
 * item); returns the index of its opening bracket, or null.
 */
export function findUnclosedUnitList(text: string): number | null {
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (LIST_OPENERS.has(ch)) open.push(i);
    else if (LIST_CLOSERS.has(ch)) open.pop();
  }
  return open.find((start) => standsAsList(text, start)) ?? null;
}

/** A list opens with 〔, or with （ at the start of a paragraph or right after a sentence. */
function standsAsList(text: string, start: number): boolean {
  if (text[start] === '〔') return true;
  const before = text.slice(0, start).trimEnd();
  return before === '' || SENTENCE_END.has(before[before.length - 1] ?? '');
}

/** Splits `〔责任单位：A、B等市直有关部门，C〕` into names [A, B, C] and collectives [等市直有关部门]. */
export function splitUnitList(listText: string): { names: string[]; collectives: string[] } {
  const names: string[] = [];
  const collectives: string[] = [];
  const inner = listText.slice(1, -1);
  for (const segment of splitAtDepthZero(inner, '；;')) {
    for (const raw of splitAtDepthZero(segment.trim().replace(LIST_PREFIX, ''), '、，,')) {
      const piece = raw.trim();
      if (piece === '') continue;
      const trailing = TRAILING_COLLECTIVE.exec(piece);
      if (trailing) {
        const [, unit = '', collective = ''] = trailing;
        if (unit.trim() !== '') names.push(unit.trim());
        collectives.push(collective);
      } else if (WHOLE_COLLECTIVE.test(piece)) collectives.push(piece);
      else names.push(piece);
    }
  }
  return { names, collectives };
}

/** Splits at any of `separators` that stands outside brackets. */
function splitAtDepthZero(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (LIST_OPENERS.has(ch) || ch === '(') depth++;
    else if ((LIST_CLOSERS.has(ch) || ch === ')') && depth > 0) depth--;
    if (depth === 0 && separators.includes(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/**
 * Maps every name to its identity: names that differ only by a governing-body suffix
 * (人民政府, 政府, 管委会) are one body, and the fullest form (the longest; the first on a tie) is
 * its id.
 */
export function resolveUnitIdentities(names: readonly string[]): Map<string, string> {
  const groups = new Map<string, string>();
  for (const name of names) {
    const base = name.replace(GOVERNMENT_SUFFIX, '') || name;
    const best = groups.get(base);
    if (best === undefined || name.length > best.length) groups.set(base, name);
  }
  return new Map(names.map((name) => [name, groups.get(name.replace(GOVERNMENT_SUFFIX, '') || name) ?? name]));
}

/** Resolves names to mentions with ids. */
export function mentionUnits(names: readonly string[], identities: ReadonlyMap<string, string>): UnitMention[] {
  return names.map((name) => ({ name, id: identities.get(name) ?? name }));
}

/** Every unit of the plan in first-mention order, with aliases, slug and the items that name it. */
export function collectUnits(items: readonly WorkItem[]): Unit[] {
  const byId = new Map<string, { aliases: string[]; items: Set<number> }>();
  for (const item of items) {
    for (const mention of item.units) {
      const entry = byId.get(mention.id) ?? { aliases: [], items: new Set<number>() };
      byId.set(mention.id, entry);
      if (mention.name !== mention.id && !entry.aliases.includes(mention.name)) entry.aliases.push(mention.name);
      entry.items.add(item.ordinal);
    }
  }
  const slugs = assignSlugs([...byId.keys()]);
  return [...byId].map(([id, entry]) => ({
    id,
    aliases: entry.aliases,
    slug: slugs.get(id) ?? id,
    items: [...entry.items].sort((a, b) => a - b),
  }));
}

/** Units by how many items name them, most first; ties keep the plan's order of first mention. */
export function orderUnitsByReach(units: readonly Unit[]): Unit[] {
  return units.map((unit, index) => ({ unit, index })).sort((a, b) => b.unit.items.length - a.unit.items.length || a.index - b.index).map(({ unit }) => unit);
}
