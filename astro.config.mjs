// @ts-check
import { defineConfig } from 'astro/config';
import { resolveConfig } from './src/lib/config/index.ts';

// Where the site is served comes from the build's settings (src/lib/config: SITE_URL, BASE_PATH).
// `npm run build` passes them again with the loaded site; this reading serves a plain `astro build`.
const { address } = resolveConfig(process.env).config;

export default defineConfig({
  site: address.site ?? undefined,
  base: address.base,
  output: 'static',
  trailingSlash: 'always',
  outDir: './dist',
  // Pages are rendered four at a time: one page's file writes overlap the next one's rendering.
  // Output is byte-identical whatever the number (each page's bytes depend on its own inputs only).
  build: { format: 'directory', inlineStylesheets: 'always', assets: '_assets', concurrency: 4 },
  compressHTML: true,
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
  vite: { logLevel: 'warn', build: { assetsInlineLimit: 0 } },
});
