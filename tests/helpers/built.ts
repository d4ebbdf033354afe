/**
 * A built folder read as its readers get it: its files, its pages (routes relative to the base
 * path: `''` for the home page, `plan/`, `counties/jiaqu/`) and each page parsed. For the tests of
 * the real builds (tests/setup/build-site.ts); pages rendered in-process use tests/helpers/render.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

export interface BuiltSite {
  dir: string;
  /** The base path it was built for: `/` or `/gz/`. */
  base: string;
  /** Every file, POSIX paths relative to `dir`, sorted (the build's marker included). */
  files: readonly string[];
  /** Every page with an address of its own (every `index.html`; 404.html left out). */
  pages: readonly string[];
  bytes: (file: string) => Buffer;
  text: (file: string) => string;
  /** A page (`plan/`, `` for the home page), parsed afresh. */
  page: (route: string) => Document;
  /** The file a site-relative URL (`/gz/plan/#item-1`) names, or null when it is not under the base path. */
  fileOf: (href: string) => string | null;
}

/** Every file below `dir`, as sorted POSIX paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** `plan/` → `plan/index.html`; `` → `index.html`. */
export function pageFileOf(route: string): string {
  return route === '' || route.endsWith('/') ? `${route}index.html` : route;
}

export function readBuilt(dir: string, base = '/'): BuiltSite {
  const files = listFiles(dir);
  const text = (file: string) => readFileSync(path.join(dir, file), 'utf8');
  return {
    dir,
    base,
    files,
    pages: files.filter((f) => f === 'index.html' || f.endsWith('/index.html')).map((f) => f.slice(0, -'index.html'.length)),
    bytes: (file) => readFileSync(path.join(dir, file)),
    text,
    page: (route) => parseHTML(text(pageFileOf(route))).document,
    fileOf: (href) => {
      const pathname = decodeURIComponent(new URL(href, 'http://site.test').pathname);
      if (!pathname.startsWith(base)) return null;
      return pageFileOf(pathname.slice(base.length));
    },
  };
}
