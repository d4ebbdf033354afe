// @ts-check
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defineConfig } from 'astro/config';

// BASE_PATH and SITE_URL are read at build time so that dist/ can be served at a sub-path.
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || undefined;

// `npm run build` (src/cli/build.ts) has already loaded and validated the site in this process, as
// src/lib/load.ts run by tsx, and says so with this flag. The server bundle then imports that same
// module (by its file URL, not a bundled copy), so loadSite()'s memo is shared and the inputs are
// read, validated and derived once per build, not twice. `astro build` on its own bundles it as usual.
const loadedByBuild = /** @type {Record<symbol, unknown>} */ (globalThis)[Symbol.for('site.loadedByBuild')] === true;
const loadModule = fileURLToPath(new URL('./src/lib/load.ts', import.meta.url));
/** @type {import('vite').Plugin} */
const shareLoad = {
  name: 'site:share-load',
  enforce: 'pre',
  apply: () => loadedByBuild,
  async resolveId(source, importer, options) {
    if (!options.ssr || !source.endsWith('load.ts')) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved?.id === loadModule ? { id: pathToFileURL(loadModule).href, external: 'absolute' } : null;
  },
};

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  outDir: process.env.ASTRO_OUT_DIR || './dist',
  // Pages are rendered four at a time: one page's file writes overlap the next one's rendering.
  // Output is byte-identical whatever the number (each page's bytes depend on its own inputs only).
  build: { format: 'directory', inlineStylesheets: 'always', assets: '_assets', concurrency: 4 },
  compressHTML: true,
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
  vite: { logLevel: 'warn', build: { assetsInlineLimit: 0 }, plugins: [shareLoad] },
});
