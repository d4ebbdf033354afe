// @ts-check
import { defineConfig } from 'astro/config';

// BASE_PATH and SITE_URL are read at build time so that dist/ can be served at a sub-path.
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  outDir: process.env.ASTRO_OUT_DIR || './dist',
  build: { format: 'directory', inlineStylesheets: 'always', assets: '_assets' },
  compressHTML: true,
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
  vite: { logLevel: 'warn', build: { assetsInlineLimit: 0 } },
});
