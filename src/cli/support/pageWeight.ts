/**
 * What each page of a built site costs to load, computed from the files alone (deterministic, no
 * browser): the HTML plus the stylesheets, images and icons it loads, raw and gzipped (level 9,
 * each file on its own as a server would send it), and every byte of JavaScript it ships.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

/** One page's weight. */
export interface PageWeight {
  /** URL path relative to the base: `''` for home, `plan/`, … */
  page: string;
  htmlBytes: number;
  htmlGzip: number;
  /** HTML + CSS + images, raw bytes. */
  totalBytes: number;
  /** HTML + CSS + images, each gzipped at level 9, summed. */
  totalGzip: number;
  /** JavaScript in the page: inline and external scripts (not JSON-LD), event-handler attributes, javascript: URLs. */
  jsBytes: number;
  /** Local files the page loads, relative to dist. */
  assets: string[];
  /** Local references that point at no file (the e2e test reports them as failed requests). */
  missing: string[];
}

const gzipCache = new Map<string, number>();

/** Gzipped size (level 9) of a file, memoised per path. */
export function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

/** Every file of a built site, relative to it, POSIX separators, sorted. */
export function listDistFiles(distDir: string): string[] {
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(distDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Number of HTML pages in a build, without reading them (a 10,000-county build has over 10,000). */
export function countPages(distDir: string): number {
  return readdirSync(distDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length;
}

/** JavaScript files in a build (`.js`, `.mjs`, `.cjs`). */
export function listScriptFiles(distDir: string): string[] {
  return listDistFiles(distDir).filter((file) => /\.[cm]?js$/i.test(file));
}

/** Measures every HTML page of `distDir` (built with `basePath`), heaviest gzip first. */
export function measurePages(distDir: string, basePath = '/'): PageWeight[] {
  return listDistFiles(distDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => measurePage(distDir, file, basePath))
    .sort((a, b) => b.totalGzip - a.totalGzip || a.page.localeCompare(b.page));
}

/** Measures one page, given its HTML file relative to dist. */
export function measurePage(distDir: string, htmlFile: string, basePath = '/'): PageWeight {
  const html = readFileSync(path.join(distDir, htmlFile), 'utf8');
  const page = htmlFile === 'index.html' ? '' : htmlFile.replace(/(^|\/)index\.html$/, '$1');
  const pageUrl = new URL(`${basePath}${page}`, 'http://site.invalid');
  const { document } = parseHTML(html);

  const references: string[] = [];
  const cssTexts: { text: string; base: URL }[] = [];
  for (const link of document.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('stylesheet') || rel.includes('icon') || rel.includes('preload') || rel.includes('apple-touch-icon')) {
      references.push(link.getAttribute('href') ?? '');
    }
  }
  for (const element of document.querySelectorAll('img[src], input[type=image][src], video[poster], embed[src], iframe[src], object[data]')) {
    references.push(element.getAttribute('src') ?? element.getAttribute('poster') ?? element.getAttribute('data') ?? '');
  }
  for (const element of document.querySelectorAll('img[srcset], source[srcset]')) {
    // A browser fetches one candidate; count the first, as a phone without high-DPI hints would.
    const first = (element.getAttribute('srcset') ?? '').split(',')[0]?.trim().split(/\s+/)[0];
    if (first) references.push(first);
  }
  for (const element of document.querySelectorAll('image[href], use[href], image[xlink\\:href], use[xlink\\:href]')) {
    const href = element.getAttribute('href') ?? element.getAttribute('xlink:href') ?? '';
    if (!href.startsWith('#')) references.push(href.split('#')[0] ?? '');
  }
  for (const style of document.querySelectorAll('style')) cssTexts.push({ text: style.textContent ?? '', base: pageUrl });
  for (const element of document.querySelectorAll('[style]')) cssTexts.push({ text: element.getAttribute('style') ?? '', base: pageUrl });

  let jsBytes = 0;
  for (const script of document.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (type === 'application/ld+json' || type === 'application/json') continue;
    jsBytes += Buffer.byteLength(script.textContent ?? '');
    const src = script.getAttribute('src');
    const file = src ? toDistFile(src, pageUrl, basePath) : undefined;
    if (file && existsSync(path.join(distDir, file))) jsBytes += statSync(path.join(distDir, file)).size;
    else if (src) jsBytes += 1; // an external or missing script still counts as shipping JavaScript
  }
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) jsBytes += Buffer.byteLength(attribute.value) || 1;
      if (/^\s*javascript:/i.test(attribute.value) && /^(href|src|action|formaction)$/i.test(attribute.name)) {
        jsBytes += Buffer.byteLength(attribute.value);
      }
    }
  }

  const assets = new Set<string>();
  const missing = new Set<string>();
  const visit = (reference: string, base: URL): void => {
    const file = toDistFile(reference, base, basePath);
    if (file === undefined || assets.has(file)) return;
    const full = path.join(distDir, file);
    if (!existsSync(full) || !statSync(full).isFile()) {
      missing.add(file);
      return;
    }
    assets.add(file);
    if (file.endsWith('.css')) {
      const fileUrl = new URL(`${basePath}${file}`, 'http://site.invalid');
      for (const url of findCssUrls(readFileSync(full, 'utf8'))) visit(url, fileUrl);
    }
  };
  for (const reference of references) visit(reference, pageUrl);
  for (const { text, base } of cssTexts) for (const url of findCssUrls(text)) visit(url, base);

  const htmlPath = path.join(distDir, htmlFile);
  const htmlBytes = statSync(htmlPath).size;
  const htmlGzip = gzipSize(htmlPath);
  let totalBytes = htmlBytes;
  let totalGzip = htmlGzip;
  for (const asset of assets) {
    totalBytes += statSync(path.join(distDir, asset)).size;
    totalGzip += gzipSize(path.join(distDir, asset));
  }
  return { page, htmlBytes, htmlGzip, totalBytes, totalGzip, jsBytes, assets: [...assets].sort(), missing: [...missing].sort() };
}

/** `url(...)` and `@import` targets in CSS text, excluding data: URIs and fragments. */
export function findCssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)) {
    const url = (match[2] ?? match[4] ?? '').trim();
    if (url && !url.startsWith('data:') && !url.startsWith('#')) urls.push(url);
  }
  return urls;
}

/** Maps a reference to a file path inside dist, or undefined if it is not on this site. */
function toDistFile(reference: string, base: URL, basePath: string): string | undefined {
  if (reference === '' || /^(data|blob|javascript|mailto|tel):/i.test(reference)) return undefined;
  const url = new URL(reference, base);
  if (url.origin !== base.origin || !url.pathname.startsWith(basePath)) return undefined;
  const relative = decodeURIComponent(url.pathname.slice(basePath.length));
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}
