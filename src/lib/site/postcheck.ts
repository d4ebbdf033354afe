/**
 * Checks of the finished output before it replaces the published folder: every page the data
 * calls for exists, and no page ships a script that runs (only JSON-LD data blocks are allowed).
 * {@link findMachineTraces} finds files that name the build machine's paths or are server modules.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expectedRoutes } from './routes.ts';

function listHtml(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) listHtml(full, out);
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
