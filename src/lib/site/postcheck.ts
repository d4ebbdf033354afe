/**
 * Checks of the finished output before it replaces the published folder: every page the data
 * calls for exists, and no page ships a script that runs (only JSON-LD data blocks are allowed).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expectedRoutes } from './routes.ts';

function listHtml(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listHtml(full));
    else if (name.endsWith('.html')) out.push(full);
  }
  return out;
}

/** Problems found in a built folder (empty when it is fit to publish). */
export function checkBuiltSite(outDir: string): string[] {
  const problems: string[] = [];
  for (const route of expectedRoutes()) {
    const file = path.join(outDir, route, 'index.html');
    if (!existsSync(file)) problems.push(`缺少页面 ${route}`);
  }
  for (const file of listHtml(outDir)) {
    const html = readFileSync(file, 'utf8');
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    if (scripts.some((tag) => !/type="application\/ld\+json"/.test(tag))) {
      problems.push(`页面 ${path.relative(outDir, file)} 含有可执行脚本（本站页面不应依赖 JavaScript）`);
    }
  }
  return problems;
}
