/**
 * Safe to publish: a build into a folder outside the project (here under the system's temporary
 * folder), under umask 022, gives a folder a web server running as another user can read — every
 * folder 0755, every file 0644 — that names no path of the build machine and holds no server
 * module (`.mjs`), with the one-line marker that lets the next build replace it.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/cli/support/runBuild.ts';

const ROOT = process.cwd();
/** The marker, written out: changing it would leave every existing output unrecognised, so it is pinned. */
const MARKER_FILE = '.site-build';
const MARKER_TEXT = 'site-build 1: made by npm run build; the next build may replace this folder\n';
let parent = '';
let out = '';
let run = { code: null as number | null, output: '' };

/** Runs the build under `umask 022` (the usual default), whatever the test runner's umask. */
function buildWithUmask022(outDir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', 'umask 022 && exec node_modules/.bin/tsx src/cli/build.ts --out "$1"', 'sh', outDir], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

/** Every entry below `dir` (folders and files), relative to it. */
function walk(dir: string, prefix = ''): { rel: string; dir: boolean }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = `${prefix}${entry.name}`;
    return entry.isDirectory() ? [{ rel, dir: true }, ...walk(path.join(dir, entry.name), `${rel}/`)] : [{ rel, dir: false }];
  });
}

beforeAll(async () => {
  parent = mkdtempSync(path.join(os.tmpdir(), 'site-outside-'));
  out = path.join(parent, 'www');
  run = await buildWithUmask022(out);
}, 300_000);

const cleanup: string[] = [];
afterAll(() => {
  for (const dir of [parent, ...cleanup]) rmSync(dir, { recursive: true, force: true });
});

describe('a build with --out outside the project, under umask 022', () => {
  it('succeeds and leaves nothing else beside the output', () => {
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('构建完成');
    expect(readdirSync(parent)).toEqual(['www']);
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
});

describe('a build whose output names the build machine', () => {
  it('fails with E_BUILD_OUTPUT naming the file, and leaves the previous output as it was', async () => {
    // A copy of the project with one page that prints where it was built.
    const project = mkdtempSync(path.join(os.tmpdir(), 'leaking-page-'));
    cleanup.push(project);
    for (const entry of ['src', 'public', 'data', 'seeds', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(entry, path.join(project, entry), { recursive: true });
    }
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'));
    writeFileSync(path.join(project, 'src/pages/leak.astro'), '---\nconst where = process.cwd();\n---\n<p>{where}</p>\n');
    const previous = path.join(project, 'site');
    mkdirSync(previous);
    writeFileSync(path.join(previous, 'index.html'), '<title>previous</title>');
    writeFileSync(path.join(previous, MARKER_FILE), MARKER_TEXT);

    const leak = await runBuild({ cwd: project, outDir: previous });
    expect(leak.code, leak.output).toBe(1);
    expect(leak.output).toContain('E_BUILD_OUTPUT 文件 leak/index.html 含有构建机器上的项目路径，发布出去会暴露本机的目录：不能发布。');
    expect(leak.output).toContain('构建失败，网站未更新');
    expect(readdirSync(previous).sort()).toEqual([MARKER_FILE, 'index.html']);
    expect(readdirSync(project).filter((name) => name.startsWith('.dist-build-'))).toEqual([]);
  }, 300_000);
});
