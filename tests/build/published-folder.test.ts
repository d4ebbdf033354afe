/**
 * Safe to publish, and the same every time. The real site is built as a clerk publishes it
 * (tests/setup/build-site.ts: `--out` a folder outside the project, under umask 022): a web server
 * running as another user can read it — every folder 0755, every file 0644 —, it names no path of
 * the build machine, holds no server module (`.mjs`) and leaves nothing else beside it, with the
 * one-line marker that lets the next build replace it. A second build of the same inputs, drawing
 * every PNG afresh, is byte-identical. (What a failed build leaves, and which folders a build may
 * replace, are unit tests of the command: tests/unit/cli/build-command.test.ts.)
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runBuild } from '../../src/cli/support/runBuild.ts';
import { listFiles } from '../helpers/built.ts';

const ROOT = process.cwd();
/** The marker, written out: changing it would leave every existing output unrecognised, so it is pinned. */
const MARKER_FILE = '.site-build';
const MARKER_TEXT = 'site-build 1: made by npm run build; the next build may replace this folder\n';
let out = '';
const temps: string[] = [];

/** Every entry below `dir` (folders and files), relative to it. */
function walk(dir: string, prefix = ''): { rel: string; dir: boolean }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = `${prefix}${entry.name}`;
    return entry.isDirectory() ? [{ rel, dir: true }, ...walk(path.join(dir, entry.name), `${rel}/`)] : [{ rel, dir: false }];
  });
}

/** path → sha256 of every file below `dir`. */
function hashTree(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex')]));
}

beforeAll(() => {
  out = inject('realDist');
});
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the real site, built with --out outside the project under umask 022', () => {
  it('leaves nothing beside the output but the other build, and no temporary folder in the project', () => {
    expect(readdirSync(path.dirname(out)).sort()).toEqual(['fixture', 'real']);
    expect(readdirSync(ROOT).filter((name) => name.startsWith('.dist-build-'))).toEqual([]);
  });

  it('makes the output folder and every folder in it 0755, and every file 0644', () => {
    expect(statSync(out).mode & 0o777).toBe(0o755);
    for (const file of ['index.html', 'plan/index.html', 'data/tasks.csv', 'data/SHA256SUMS', MARKER_FILE]) {
      expect(statSync(path.join(out, file)).mode & 0o777, file).toBe(0o644);
    }
    const wrong = walk(out).filter(({ rel, dir }) => (statSync(path.join(out, rel)).mode & 0o777) !== (dir ? 0o755 : 0o644));
    expect(wrong).toEqual([]);
  });

  it('names no path of the build machine and ships no server module', () => {
    const roots = [...new Set([ROOT, realpathSync(ROOT)])];
    const files = walk(out).filter((entry) => !entry.dir).map((entry) => entry.rel);
    expect(files.filter((file) => /\.[cm]?js$/.test(file))).toEqual([]);
    const leaks = files.filter((file) => {
      const text = readFileSync(path.join(out, file), 'latin1');
      return roots.some((root) => text.includes(root));
    });
    expect(leaks).toEqual([]);
  });

  it('marks the output as a build with one fixed line at its top, outside data/ and its checksums', () => {
    expect(readFileSync(path.join(out, MARKER_FILE), 'utf8')).toBe(MARKER_TEXT);
    expect(MARKER_TEXT).toMatch(/^[^\n]+\n$/);
    expect(readFileSync(path.join(out, 'data/SHA256SUMS'), 'utf8')).not.toContain(MARKER_FILE);
    expect(readFileSync(path.join(out, 'data/datapackage.json'), 'utf8')).not.toContain(MARKER_FILE);
  });

  it('is byte-identical to another build of the same inputs, every PNG drawn afresh', async () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'site-again-'));
    temps.push(parent);
    const again = path.join(parent, 'www');
    const run = await runBuild({ cwd: ROOT, outDir: again, env: { SITE_PNG_CACHE: path.join(parent, 'png-cache') }, umask: 0o022 });
    expect(run.code, run.output).toBe(0);
    const ours = hashTree(again);
    expect(Object.keys(ours).length).toBeGreaterThan(10);
    expect(ours).toEqual(hashTree(out));
  }, 240_000);
});
