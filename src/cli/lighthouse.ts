/**
 * `npm run lighthouse`: Lighthouse 12 (mobile preset, its default config) with Debian's Chromium
 * on `/`, `/plan/` and the first county page, against `dist/` served on 127.0.0.1 by this script.
 * Prints the four category scores per page, and the audits that cost points.
 *
 * Usage: npm run lighthouse [-- --root dist] [--save DIR]   (CHROMIUM_PATH overrides /usr/bin/chromium);
 * wrong usage exits 2.
 * Targets (issue 5): 100 accessibility, best practices and SEO; at least 95 performance.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readCommandArgs } from './support/args';
import { BROWSER_ARGS, findBrowser } from './support/browser';
import { normaliseBasePath, startStaticServer } from './support/static';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const CHROME_FLAGS = [...BROWSER_ARGS, '--disable-dev-shm-usage'];

const USAGE = '用法：npm run lighthouse [-- --root dist] [--save 目录]';
const { values } = readCommandArgs('lighthouse', USAGE, {
  root: { type: 'string', value: '目录', default: 'dist' },
  save: { type: 'string', value: '目录' },
});
const root = path.resolve(values.root);
const chromePath = findBrowser() ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path.join(root, 'index.html'))) fail(`${root}/index.html not found; run \`npm run build\` first`);
if (!existsSync(chromePath)) {
  fail(`no Chromium at ${chromePath}; install it (apt-get install -y --no-install-recommends chromium fonts-noto-cjk) or set CHROMIUM_PATH`);
}

// Loaded only now: Lighthouse takes seconds to import, and wrong usage should be answered at once.
const [{ launch }, { default: lighthouse }] = await Promise.all([import('chrome-launcher'), import('lighthouse')]);
const pages = ['', 'plan/', ...firstCountyPage(root)];
const server = await startStaticServer({ root, port: 0, basePath: normaliseBasePath(process.env.BASE_PATH) });
const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
const rows: { page: string; scores: Record<string, number | null>; losses: string[] }[] = [];
try {
  for (const page of pages) {
    const url = new URL(page, server.url).href;
    console.error(`[lighthouse] ${url}`);
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) fail(`Lighthouse returned nothing for ${url}`);
    const lhr = result.lhr;
    if (lhr.runtimeError) console.error(`  runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    for (const warning of lhr.runWarnings) console.error(`  warning: ${warning}`);
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => {
        const score = lhr.categories[id]?.score;
        return [id, typeof score === 'number' ? Math.round(score * 100) : null];
      }),
    );
    const losses = CATEGORIES.flatMap((id) =>
      (lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit && typeof audit.score === 'number' && audit.score < 1)
        .map((audit) => `${id}: ${audit?.id} (${Math.round((audit?.score ?? 0) * 100)}) ${audit?.title}${audit?.displayValue ? ` — ${audit.displayValue}` : ''}`),
    );
    rows.push({ page: `/${page}`, scores, losses });
    if (values.save) {
      await mkdir(values.save, { recursive: true });
      await writeFile(path.join(values.save, `${page.replace(/\/$/, '').replaceAll('/', '-') || 'home'}.json`), result.report as string);
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

const header = ['page', ...CATEGORIES];
const table = [header, ...rows.map((row) => [row.page, ...CATEGORIES.map((id) => String(row.scores[id] ?? '—'))])];
const widths = header.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)));
console.log(`\nLighthouse ${lighthouseVersion()} (mobile preset) with ${chromePath}; targets: ${CATEGORIES.map((id) => `${id} ≥ ${TARGETS[id]}`).join(', ')}`);
for (const [index, row] of table.entries()) {
  console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  '));
  if (index === 0) console.log(widths.map((size) => '-'.repeat(size)).join('  '));
}
for (const row of rows.filter((entry) => entry.losses.length > 0)) {
  console.log(`\n${row.page} loses points on:\n${row.losses.map((loss) => `  - ${loss}`).join('\n')}`);
}
const missed = rows.filter((row) => CATEGORIES.some((id) => (row.scores[id] ?? 0) < TARGETS[id]));
console.log(missed.length === 0 ? '\nAll pages meet the targets.' : `\n${missed.length} page(s) below target.`);

/** The first county page in dist (sorted by slug), if the build has any. */
function firstCountyPage(distDir: string): string[] {
  const dir = path.join(distDir, 'counties');
  if (!existsSync(dir)) return [];
  const slug = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort()[0];
  return slug ? [`counties/${slug}/`] : [];
}

function lighthouseVersion(): string {
  try {
    return (JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string }).version;
  } catch {
    return '';
  }
}

function fail(message: string): never {
  console.error(`lighthouse: ${message}`);
  process.exit(1);
}
