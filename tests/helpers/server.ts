/**
 * Test helpers around the static server and the files of a built site.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { startStaticServer, type StaticServer } from '../../src/cli/support/static';

/** Serves a built site on 127.0.0.1 at a free port, under the base path it was built with. */
export function serveDist(distDir: string, basePath = '/'): Promise<StaticServer> {
  return startStaticServer({ root: distDir, port: 0, host: '127.0.0.1', basePath });
}

/** Every file under `dir`, as POSIX paths relative to it, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * The pages of a built site as URL paths relative to its base (`''` for the home page, `plan/`,
 * `counties/ganxian/`), from every `index.html`; other `.html` files keep their name. `404.html`
 * is left out: nothing should link to it.
 */
export async function listPages(distDir: string): Promise<string[]> {
  const files = await listFiles(distDir);
  return files
    .filter((file) => file.endsWith('.html') && file !== '404.html')
    .map((file) => (file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file))
    .sort();
}

/** Maps a page's URL path (relative to the base) to its file in dist. */
export function pageFile(distDir: string, pagePath: string): string {
  const decoded = decodeURIComponent(pagePath);
  return path.join(distDir, decoded === '' || decoded.endsWith('/') ? `${decoded}index.html` : decoded);
}
