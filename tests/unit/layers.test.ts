/**
 * Helpers live below their users: the files directly in src/lib are the base layer, each folder of
 * src/lib a domain. A domain may import the base layer and other domains, but never a domain that
 * imports it back; the base layer imports no domain. The loader (load/) and the site (site/) sit
 * on top and may import any domain.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = path.join('src', 'lib');
/** Relative imports: `from './x.ts'`, `import('./x')`, `import './x'`. */
const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** The module a specifier names, relative to src/lib, without `.ts` (a folder is its index). */
function resolveModule(fromFile: string, specifier: string): string {
  const target = path.join(path.dirname(fromFile), specifier).replace(/\.ts$/, '');
  const file = existsSync(target) && statSync(target).isDirectory() ? path.join(target, 'index') : target;
  return path.relative(LIB, file).split(path.sep).join('/');
}

/** Every module of src/lib (`plan/heal`, `text`) → the modules it imports. */
function readImports(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const files = readdirSync(LIB, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  for (const file of files) {
    const full = path.join(LIB, file);
    const targets = [...readFileSync(full, 'utf8').matchAll(IMPORT)].map((m) => resolveModule(full, m[1] ?? ''));
    graph.set(file.replace(/\.ts$/, '').split(path.sep).join('/'), new Set(targets.filter((t) => !t.startsWith('..'))));
  }
  return graph;
}

/** The folder of a module, or `''` for the base layer. */
const folderOf = (module: string): string => (module.includes('/') ? (module.split('/')[0] ?? '') : '');

const graph = readImports();
const edges = [...graph].flatMap(([from, targets]) => [...targets].map((to) => ({ from, to })));

describe('layers of src/lib', () => {
  it('reads the modules and their imports', () => {
    expect(graph.get('plan/heal')).toContain('plan/wrap');
    expect(graph.get('slug')).toContain('names');
  });

  it('no folder imports a folder that imports it back', () => {
    const folders = new Set(edges.map((e) => `${folderOf(e.from)} → ${folderOf(e.to)}`));
    const loops = [...folders].filter((pair) => {
      const [a, b] = pair.split(' → ');
      return a !== '' && b !== '' && a !== b && folders.has(`${b} → ${a}`);
    });
    expect(loops).toEqual([]);
  });

  it('the base layer imports no folder', () => {
    expect(edges.filter((e) => folderOf(e.from) === '' && folderOf(e.to) !== '').map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it('no module imports a module that imports it back', () => {
    expect(edges.filter((e) => e.from < e.to && graph.get(e.to)?.has(e.from)).map((e) => `${e.from} ↔ ${e.to}`)).toEqual([]);
  });
});
