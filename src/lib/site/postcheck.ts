/**
 * Checks of the finished output before it replaces the published folder: every page the data
 * calls for exists, and no page ships a script that runs (only JSON-LD data blocks are allowed).
 * {@link findMachineTraces} finds files that name the build machine's paths or are server modules.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SiteAddress } from '../config/index.ts';
import type { AnySite } from '../load/index.ts';
import { zh } from '../words/site.ts';
import { expectedRoutes, outputFileOf } from './routes.ts';

function listHtml(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) listHtml(full, out);
    else if (name.endsWith('.html')) out.push(full);
  }
  return out;
}

/** Problems found in a folder built for `site` at `address` (empty when it is fit to publish). */
export function checkBuiltSite(outDir: string, site: AnySite, address: SiteAddress): string[] {
  const problems: string[] = [];
  for (const route of expectedRoutes(site, address)) {
    const file = path.join(outDir, outputFileOf(route));
    if (!existsSync(file)) problems.push(zh.output.missingPage(route));
  }
  for (const file of listHtml(outDir)) {
    for (const problem of findUnsafeMarkup(readFileSync(file, 'utf8'))) problems.push(zh.output.inPage(path.relative(outDir, file), problem));
  }
  return problems;
}

/** Every element the site's pages and charts are made of; anything else was not written by the site. */
const ELEMENTS = new Set(
  ('html head meta title link style script body a header nav ul ol li main footer div p small strong em b i br h1 h2 h3 h4 h5 h6 ' +
    'section table caption thead tbody tfoot tr th td span figure figcaption details summary dl dt dd code pre time abbr ' +
    'svg g rect text tspan path line polyline polygon circle desc clippath defs').split(' '),
);

/** Attributes whose value is a URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'xlink:href', 'action', 'formaction']);

/** A tag's attributes, names lower-cased, values unquoted (text inside quotes is never a name). */
function readAttributes(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const [, name = '', double, single, bare] of text.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) {
    attrs.set(name.toLowerCase(), double ?? single ?? bare ?? '');
  }
  return attrs;
}

/**
 * What in a page the site did not write, as Chinese sentences: an element outside {@link ELEMENTS}
 * (in any letter case), a script that is not a JSON-LD data block, an event-handler attribute, or a
 * `javascript:` URL. Tags are read from the raw text, so escaped text (`&lt;script&gt;`) never counts.
 */
export function findUnsafeMarkup(html: string): string[] {
  const problems = new Set<string>();
  for (const [tag, name = '', attributes = ''] of html.matchAll(/<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const element = name.toLowerCase();
    if (!ELEMENTS.has(element)) problems.add(zh.output.element(element));
    const attrs = readAttributes(attributes);
    if (element === 'script' && attrs.get('type') !== 'application/ld+json') problems.add(zh.output.script);
    for (const [attr, value] of attrs) {
      if (attr.startsWith('on')) problems.add(zh.output.handler(tag.slice(0, 80)));
      if (URL_ATTRIBUTES.has(attr) && /^\s*javascript:/i.test(value)) problems.add(zh.output.javascriptUrl(tag.slice(0, 80)));
    }
  }
  return [...problems];
}

/** What ties a built file to the machine that built it. */
export type MachineTrace = 'absolute-path' | 'server-module';

/**
 * Files of a built folder that must not be published, sorted by path (POSIX, relative to it):
 * those whose bytes contain one of `roots` (the project's absolute path, as given and as resolved),
 * and server modules (`.mjs`) that Astro leaves behind when it builds outside the project.
 */
export function findMachineTraces(outDir: string, roots: readonly string[]): { file: string; trace: MachineTrace }[] {
  const needles = roots.filter((root) => root.length > 1).map((root) => Buffer.from(root, 'utf8'));
  const found: { file: string; trace: MachineTrace }[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const file = `${prefix}${entry.name}`;
      if (entry.isDirectory()) walk(full, `${file}/`);
      else if (/\.mjs$/i.test(entry.name)) found.push({ file, trace: 'server-module' });
      else if (entry.isFile()) {
        const bytes = readFileSync(full);
        if (needles.some((needle) => bytes.includes(needle))) found.push({ file, trace: 'absolute-path' });
      }
    }
  };
  walk(outDir, '');
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
