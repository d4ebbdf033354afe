/**
 * Responsible units: the bracketed list that closes a work item (〔…〕, 〔…） or （…）) is found by
 * matching brackets backwards from the end, split into units at 、，； outside inner brackets
 * (各县（市、区）人民政府 stays whole), and collective phrases (等市直有关部门) are set apart.
 * One body named in several spellings gets one identity: X and X人民政府 are the same.
 */
import { assignSlugs } from '../slug';
import { simplifyScript } from './script';
import type { Unit, UnitMention, WorkItem } from './types';

/** Half-width brackets too: copies of web pages and PDFs often deliver `(市财政局负责)`. */
const LIST_OPENERS = new Set(['（', '〔', '(']);
const LIST_CLOSERS = new Set(['）', '〕', ')']);
/** What may stand right before a closing list: the end of a sentence. */
const SENTENCE_END = new Set([...'。！？；']);
/** `责任单位：`, `牵头单位：`, `配合部门：` before the names. */
const LIST_PREFIX = /^[^：:、，（〔]{0,6}(?:单位|部门)[：:]\s*/;
/** The role a prefix gives: 牵头/主责 lead, 责任 responsible, 配合/协办/参与 support. */
const ROLE_WORDS: [RegExp, UnitRole][] = [
  [/牵头|主责|主办/, 'lead'],
  [/配合|协办|协助|参与/, 'support'],
  [/责任/, 'responsible'],
];
/**
 * A role written after the names (`市发改委牵头，市财政局配合`, `各县（市、区）政府按职责分工负责`),
 * read on the simplified form of the run, so that traditional script (`牽頭`, `負責`) reads the same.
 */
const ROLE_SUFFIX = /(?:按职责分工|按职责|分别|共同|具体)?(牵头|负责|配合|参与|协助|协办)$/;
const SUFFIX_ROLES: Record<string, UnitRole> = { 牵头: 'lead', 负责: 'responsible', 配合: 'support', 参与: 'support', 协助: 'support', 协办: 'support' };
/** The text with the traditional characters of the list vocabulary simplified (script.ts); same length, same offsets. */
export const simplifyListWords = simplifyScript;
/** A bracketed remark after the last name, `(列第一位者为牵头单位,下同)`: kept as written, never part of a name. */
const LIST_NOTE = /^(.+?)([（(][^（()）]*(?:下同|牵头单位|汇总单位|为准)[^（()）]*[）)])$/;
/** A remark that makes the first-named unit the lead: `列第一位者为工作牵头单位`, `第一责任单位为牵头单位`. */
const FIRST_LEADS = /第一位|首位|第一(?:个|家)?(?:责任)?单位|排(?:名|序|在)?第一/;
/** `完成时限：2023年12月底前`: a deadline inside or after a unit list, never a unit. */
export const DEADLINE = /^(?:完成时限|完成时间|完成期限|办结时限|时限要求|时间要求|时间节点|时限|时间)[：:]\s*(.+)$/;
/**
 * A time written bare in a unit list, never a unit: `2024年底前完成`, `2024年6月底前`, `2023—2025年`,
 * `持续推进`, `长期坚持`, `年内完成`. No body's name starts with a year or with these words.
 */
const BARE_DEADLINE = /^(?:(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年|\d{4}\s*[-—–~～至到]\s*\d{4}\s*年|\d{1,2}\s*月(?:底|份|中旬|上旬|下旬|末)|年内|年底|年中|年末|每年|每季度|每月|长期|持续|常态化|上半年|下半年|分年度|逐年)[^：:]{0,20}$/;
/** `市住建局（牵头）`: a role in brackets right after a name. */
const BRACKET_ROLE = /[（(](牵头|牵头单位|负责|责任单位|配合|配合单位|参与|协助)[）)]$/;
const BRACKET_ROLES: Record<string, UnitRole> = { 牵头: 'lead', 牵头单位: 'lead', 负责: 'responsible', 责任单位: 'responsible', 配合: 'support', 配合单位: 'support', 参与: 'support', 协助: 'support' };
/** A paragraph that is an unbracketed unit list or deadline line: `牵头单位：…`, `完成时限：…`. */
export const UNIT_LINE = /^(?:[^：:、，。（〔]{0,6}(?:单位|部门|單位|部門)|完成时限|完成时间|完成期限|办结时限|时限要求|时间要求|时限|完成時限)[：:]/;
/**
 * `市财政局及各县（市、区）人民政府`, `市发改委和市水务集团`: a conjunction joins two names when what
 * stands before it ends as a body's name does. Names that hold 和 themselves (`市自然资源和规划局`,
 * `市人力资源和社会保障局`) do not end so before it, and stay whole.
 */
const CONJUNCTION = /以及|及|和|与|與/g;
/** `各县（市、区）党委和政府`: the word after the conjunction names no body alone; the two share what stands before. */
const SHARED_BODY = /^(?:人民政府|政府|党委|党委和政府|管委会|部门|单位|机关)$/;
const NAME_END = /(?:局|委|办|辦|厅|廳|府|院|会|會|室|部|所|站|队|隊|处|處|社|团|團|署|中心|公司|集团|集團|行|联|聯|馆|館|区|區|县|縣|镇|鎮|乡|鄉|街道|关|關|台|协|協|校|司|）|\))$/;
/** A place named bare before a governing body in the same run: `章贡区、南康区、赣县区人民政府`. */
const BARE_PLACE = /^[\u4e00-\u9fff]{1,10}(?:区|县|市|旗|州|盟|區|縣)$/;

export type UnitRole = 'lead' | 'responsible' | 'support';
/** `市人防办等市直有关部门` → unit `市人防办` + collective `等市直有关部门`. */
const TRAILING_COLLECTIVE = /^(.*?)(等[^等]{0,10}?(?:部门|单位|机构))$/;
/** A piece that names no particular body: `市直有关部门`, `各有关单位`. */
const WHOLE_COLLECTIVE = /^(?:市级|省级|县级|区级)?(?:各|市直|省直|县直|区直|其他)?(?:（[^）]*）)?(?:有关|相关|其他)(?:部门|单位|机构)/;
/** Suffixes that name a place's governing body: 各县（市、区） and 各县（市、区）人民政府 are one unit. */
export const GOVERNMENT_SUFFIX = /(?:人民政府|政府|管理委员会|管委会)$/;

/** What a unit list names: units (with their role when the list gives one), collectives, a deadline. */
export interface UnitReading {
  names: string[];
  /** The role of each name, in order; null when the list names none. */
  roles: (UnitRole | null)[];
  /**
   * The full name each name is read as when it shares a suffix with the next one
   * (`章贡区、赣县区人民政府`: 章贡区 is read as 章贡区人民政府); null when read as written.
   */
  readings: (string | null)[];
  collectives: string[];
  /** `2023年12月底前` from `完成时限：2023年12月底前`; null when the list gives none. */
  deadline: string | null;
  /** A remark made the first-named unit the lead (`列第一位者为牵头单位`): for this list, or `onward` when it adds 下同. */
  firstLeads?: 'this' | 'onward';
}

/** A unit list as it closes a paragraph. */
export interface UnitList extends UnitReading {
  /** Index in the paragraph where the list's opening bracket stands. */
  start: number;
  /** The list as issued, brackets included. */
  text: string;
}

/** Where an unbracketed list may start inside a paragraph: at its start or after a sentence, with its prefix (`责任单位：`). */
const INLINE_LIST_START = new RegExp(`(?:^|(?<=[。；;！？]))\\s*(?=${UNIT_LINE.source.slice(1)})`, 'g');
/** Longest inline list read, in characters: a list names units, it does not go on for paragraphs. */
const MAX_INLINE_LIST = 300;
/** Longest name an inline list is read with. */
const MAX_NAME = 30;

/**
 * Finds an unbracketed list that closes `text` inline, after the item's last sentence:
 * `…。责任单位：市住建局、市财政局。`, `…。牵头单位：A；配合单位：B。完成时限：2025年底。`. Every
 * sentence from the list's start to the end must open with a list prefix; null when none does.
 */
export function findTrailingInlineList(text: string): UnitList | null {
  const simplified = simplifyListWords(text);
  for (const match of simplified.matchAll(INLINE_LIST_START)) {
    const start = (match.index ?? 0) + match[0].length;
    // Measured before slicing, so that a long paragraph with many such places stays linear.
    if (text.length - start > MAX_INLINE_LIST) continue;
    const listText = text.slice(start);
    const sentences = splitAtDepthZero(simplifyListWords(listText), '。').map((t) => t.trim()).filter((t) => t !== '');
    if (sentences.length === 0 || !sentences.every((t) => UNIT_LINE.test(t))) continue;
    const reading = readUnits(listText);
    // Names, not a sentence that happens to follow `单位：`: each short, and each ending as a body's name does.
    if (!reading.names.every((n) => n.length <= MAX_NAME && NAME_END.test(simplifyListWords(n)))) continue;
    return { start, text: listText, ...reading };
  }
  return null;
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
export function splitUnitList(listText: string): UnitReading {
  return readUnits(listText.slice(1, -1));
}

/**
 * Reads the names of a list without its brackets, segment by segment (`；`): a segment's prefix
 * gives its role (`牵头单位：`), a `完成时限：…` segment is the deadline, and in a run joined by 、
 * bare places before a governing body share its suffix.
 */
export function readUnits(inner: string): UnitReading {
  const reading: UnitReading = { names: [], roles: [], readings: [], collectives: [], deadline: null };
  for (const rawSegment of splitAtDepthZero(inner, '；;\n。')) {
    const segment = rawSegment.trim();
    const deadline = DEADLINE.exec(simplifyListWords(segment));
    if (deadline) {
      reading.deadline = (deadline[1] ?? '').trim().replace(/[。；;]$/, '');
      continue;
    }
    const prefix = LIST_PREFIX.exec(simplifyListWords(segment))?.[0] ?? '';
    const prefixRole = prefix ? (ROLE_WORDS.find(([words]) => words.test(prefix))?.[1] ?? null) : null;
    const runs = splitAtDepthZero(segment.slice(prefix.length), '，,').map((raw) => {
      const suffix = ROLE_SUFFIX.exec(simplifyListWords(raw.trim()));
      return { run: suffix ? raw.trim().slice(0, -suffix[0].length) : raw, role: suffix ? (SUFFIX_ROLES[suffix[1] ?? ''] ?? null) : null };
    });
    // `A牵头，B，C负责`: a run without its own role word takes the role written after the runs that follow it.
    for (let r = runs.length - 2; r >= 0; r--) {
      const run = runs[r];
      if (run && run.role === null && r > 0) run.role = runs[r + 1]?.role ?? null;
    }
    for (const { run, role: suffixRole } of runs) {
      if (BARE_DEADLINE.test(simplifyListWords(run.trim()))) {
        const written = run.trim().replace(/[。；;]$/, '');
        reading.deadline = reading.deadline === null ? written : `${reading.deadline}；${written}`;
        continue;
      }
      const role = prefixRole ?? suffixRole;
      const pieces = splitAtDepthZero(run, '、').flatMap(splitConjoined).map((p) => p.trim()).filter((p) => p !== '');
      const suffixes = shareSuffixes(pieces);
      pieces.forEach((written, k) => {
        const note = LIST_NOTE.exec(simplifyListWords(written));
        const bracketRole = note ? null : BRACKET_ROLE.exec(simplifyListWords(written));
        const piece = note ? written.slice(0, (note[1] ?? '').length).trim() : bracketRole ? written.slice(0, -bracketRole[0].length).trim() : written;
        if (bracketRole) reading.collectives.push(written.slice(piece.length));
        if (note) {
          reading.collectives.push(written.slice(piece.length));
          if (FIRST_LEADS.test(note[2] ?? '')) reading.firstLeads = /下同|以下/.test(note[2] ?? '') ? 'onward' : 'this';
        }
        const trailing = TRAILING_COLLECTIVE.exec(piece);
        const unit = trailing ? (trailing[1] ?? '').trim() : WHOLE_COLLECTIVE.test(simplifyListWords(piece)) ? '' : piece;
        if (trailing) reading.collectives.push(trailing[2] ?? '');
        else if (unit === '') reading.collectives.push(piece);
        if (unit === '') return;
        reading.names.push(unit);
        reading.roles.push(bracketRole ? (BRACKET_ROLES[bracketRole[1] ?? ''] ?? role) : role);
        reading.readings.push(suffixes[k] ? `${unit}${suffixes[k]}` : null);
      });
    }
  }
  if (reading.firstLeads && reading.roles.length > 0 && !reading.roles.includes('lead')) reading.roles[0] = 'lead';
  return reading;
}

/** Splits `A及B` where A ends as a body's name does and B is a name of two or more characters; outside brackets. */
export function splitConjoined(piece: string): string[] {
  const names: string[] = [];
  let from = 0;
  for (const match of piece.matchAll(CONJUNCTION)) {
    const at = match.index ?? 0;
    const before = piece.slice(from, at);
    const after = piece.slice(at + match[0].length);
    if (!NAME_END.test(simplifyListWords(before)) || after.trim().length < 2 || SHARED_BODY.test(after.trim()) || depthAt(piece, at) > 0) continue;
    names.push(before);
    from = at + match[0].length;
  }
  names.push(piece.slice(from));
  return names;
}

/** How many brackets are open at `index` of `text`. */
function depthAt(text: string, index: number): number {
  let depth = 0;
  for (const ch of text.slice(0, index)) {
    if (LIST_OPENERS.has(ch)) depth++;
    else if (LIST_CLOSERS.has(ch) && depth > 0) depth--;
  }
  return depth;
}

/** For each piece of a 、 run: the governing-body suffix it shares with a later piece, or ''. */
function shareSuffixes(pieces: readonly string[]): string[] {
  const shared = pieces.map(() => '');
  let suffix = '';
  for (let k = pieces.length - 1; k >= 0; k--) {
    const piece = pieces[k] ?? '';
    const own = GOVERNMENT_SUFFIX.exec(piece)?.[0];
    if (own && BARE_PLACE.test(piece.slice(0, -own.length))) suffix = own;
    else if (suffix && BARE_PLACE.test(piece)) shared[k] = suffix;
    else suffix = '';
  }
  return shared;
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

/** Resolves names to mentions with ids (a name read with a shared suffix takes that reading's id), and their roles. */
export function mentionUnits(reading: Pick<UnitReading, 'names' | 'roles' | 'readings'>, identities: ReadonlyMap<string, string>): UnitMention[] {
  return reading.names.map((name, k) => {
    const full = reading.readings[k] ?? null;
    const id = identities.get(full ?? name) ?? full ?? name;
    const role = reading.roles[k] ?? null;
    return { name, id, ...(role ? { role } : {}), ...(full ? { reading: full } : {}) };
  });
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
