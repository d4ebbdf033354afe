/**
 * Every word a reader sees lives in src/lib/words/ (and the task grid's own words in
 * src/lib/grid.ts): pages, components, the layout, the charts, the downloads and the site helpers
 * write no Chinese of their own, and every entry of the dictionaries is used somewhere, so a
 * wording change is one edit and a dead entry shows up here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as chartWords from '../../src/lib/words/charts.ts';
import * as downloadWords from '../../src/lib/words/downloads.ts';
import { zh } from '../../src/lib/words/site.ts';

/** CJK ideographs and punctuation (U+3000–U+9FFF) and full-width forms (U+FF00–U+FFEF). */
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/** Where no Chinese may be written: the words come from the dictionaries. */
const SCANNED = ['src/pages', 'src/components', 'src/layouts', 'src/lib/charts', 'src/lib/downloads', 'src/lib/site'];

/**
 * Literals that are not words shown but rules that read or set Chinese text, each with its reason.
 * A literal is allowed when it is exactly one of these in that file.
 */
const ALLOWED: { file: string; literal: string; why: string }[] = [
  // Recognition rules that read the plan's text to place charts beside the items that state them.
  { file: 'src/lib/site/charts.ts', literal: '/\\d+月底前[^。]*开工/', why: 'reads a start deadline in an item' },
  { file: 'src/lib/site/charts.ts', literal: '/目标责任|考核/', why: 'reads annual target responsibility in an item' },
  // Reads the unit the plan writes after a headline figure (`4.53万套`), to set it in small type.
  { file: 'src/pages/index.astro', literal: '/^(.*?)(套|户)?$/', why: 'reads the unit of a headline figure as written' },
  // Line breaking: closing punctuation never starts a line of a standalone chart's title or caption.
  { file: 'src/lib/charts/render.ts', literal: "'，。；、）」'", why: 'a typesetting rule, not a word' },
  // A programmer's error (English), quoting the bad value in corner brackets as every message does.
  { file: 'src/lib/charts/countyTotals.ts', literal: '`unknown county: 「${', why: 'an English error for a bad argument' },
  { file: 'src/lib/charts/countyTotals.ts', literal: '}」`', why: 'an English error for a bad argument' },
];

function listFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return listFiles(full, pattern);
    return pattern.test(name) ? [full] : [];
  });
}

/** String, template and regular-expression literals of TypeScript source (comments are not tokens). */
function listLiterals(code: string, file: string): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isRegularExpressionLiteral(node) ||
      node.kind === ts.SyntaxKind.TemplateHead ||
      node.kind === ts.SyntaxKind.TemplateMiddle ||
      node.kind === ts.SyntaxKind.TemplateTail
    ) {
      found.push(node.getText(source));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** An .astro file's frontmatter (TypeScript) and template (markup with `{…}` expressions). */
function splitAstro(text: string): { script: string; template: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  return match ? { script: match[1] ?? '', template: text.slice(match[0].length) } : { script: '', template: text };
}

/**
 * Lines of an Astro template that show Chinese: its text, attribute values and the literals of its
 * expressions alike. HTML comments, `/* … *\/` comments and whole-line `//` comments are left out.
 */
function listTemplateText(template: string): string[] {
  const code = template
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/^\s*\/\/.*$/gm, '');
  return code.split('\n').filter((line) => CJK.test(line)).map((line) => line.trim());
}

/** `file: literal` for every CJK literal or markup line of the scanned folders that is not allowed. */
function findWrittenWords(): string[] {
  const files = SCANNED.flatMap((dir) => listFiles(dir, /\.(ts|astro)$/));
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const { script, template } = file.endsWith('.astro') ? splitAstro(text) : { script: text, template: '' };
    const literals = listLiterals(script, file).filter((literal) => CJK.test(literal));
    const allowed = ALLOWED.filter((a) => a.file === file.split(path.sep).join('/')).map((a) => a.literal);
    return [...literals.filter((l) => !allowed.includes(l)), ...listTemplateText(template)].map((l) => `${file}: ${l}`);
  });
}

/** Every source file of src/ outside the dictionaries, as one text to search. */
function readUsers(): string {
  return listFiles('src', /\.(ts|astro|mjs)$/)
    .filter((file) => !file.split(path.sep).join('/').startsWith('src/lib/words/'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

/** `zh.nav.home`, `zh.county.ratio`, …: the path of every leaf (string or function) of a dictionary. */
function listKeys(value: unknown, prefix: string): string[] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) => listKeys(child, `${prefix}.${key}`));
  }
  return [prefix];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The keys that no source file outside src/lib/words/ names. */
function findUnused(keys: readonly string[], users: string): string[] {
  return keys.filter((key) => !new RegExp(`(?<![\\w$.])${escapeRegExp(key)}(?![\\w$])`).test(users));
}

/** Each export of a dictionary module: a function or string by its name, an object by its leaves. */
function listExportKeys(module: Record<string, unknown>): string[] {
  return Object.entries(module).flatMap(([name, value]) => listKeys(value, name));
}

describe('words', () => {
  it('pages, components, charts, downloads and site helpers write no Chinese outside the dictionaries', () => {
    expect(findWrittenWords()).toEqual([]);
  });

  it('every allowed literal is still there (a stale allowance is removed)', () => {
    const stale = ALLOWED.filter((a) => {
      const text = readFileSync(a.file, 'utf8');
      const { script } = a.file.endsWith('.astro') ? splitAstro(text) : { script: text };
      return !listLiterals(script, a.file).includes(a.literal);
    });
    expect(stale.map((a) => `${a.file}: ${a.literal}`)).toEqual([]);
  });

  const users = readUsers();

  it('every key of zh is used outside src/lib/words/', () => {
    expect(findUnused(listKeys(zh, 'zh'), users)).toEqual([]);
  });

  it('every export of words/charts.ts is used outside src/lib/words/', () => {
    expect(findUnused(listExportKeys(chartWords), users)).toEqual([]);
  });

  it('every export of words/downloads.ts is used outside src/lib/words/', () => {
    expect(findUnused(listExportKeys(downloadWords), users)).toEqual([]);
  });
});
