/**
 * Republishing without fear: a failed build (bad CSV, bad plan text, a page that throws) exits
 * non-zero with its reasons and leaves the previous output byte-identical; a good build replaces
 * the output whole; two builds of the same inputs are byte-identical.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { runBuild } from '../../src/cli/support/runBuild.ts';

const ROOT = process.cwd();
const cleanup: string[] = [];

/** path → sha256 of every file below `dir`. */
function hashTree(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const rel = `${prefix}${name}`;
    if (statSync(full).isDirectory()) Object.assign(out, hashTree(full, `${rel}/`));
    else out[rel] = createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return out;
}

/** Runs `npm run build -- --out DIR` in `cwd` without blocking the test worker. */
async function build(cwd: string, outDir: string, env: Record<string, string> = {}) {
  const run = await runBuild({ cwd, outDir, env });
  return { code: run.code, output: run.output };
}

/** A folder inside the project that looks like a previously published site, marked as a build. */
function previousSite(root = ROOT): string {
  const dir = mkdtempSync(path.join(root, '.dist-prev-'));
  cleanup.push(dir);
  mkdirSync(path.join(dir, 'plan'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>previous</title>');
  writeFileSync(path.join(dir, 'plan', 'index.html'), '<!doctype html><title>previous plan</title>');
  writeFileSync(path.join(dir, '.site-build'), 'site-build 1: made by npm run build; the next build may replace this folder\n');
  return dir;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Temporary folders left by builds that have ended (`.dist-build-<pid>-…` of a pid no longer
 * running): builds running at the same time (other test files, other people) are not leftovers.
 */
function strayBuildFolders(root: string): string[] {
  return readdirSync(root).filter((n) => {
    const pid = /^\.dist-build-(\d+)-/.exec(n)?.[1];
    return pid === undefined ? false : !isRunning(Number(pid));
  });
}

afterAll(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

describe('a failed build', () => {
  it('stops on a bad CSV before writing anything, printing FILE:LINE:COLUMN lines', async () => {
    const data = mkdtempSync(path.join(os.tmpdir(), 'bad-data-'));
    cleanup.push(data);
    cpSync('data', data, { recursive: true });
    cpSync('tests/fixtures/tasks/rejected/not-integer-approx.csv', path.join(data, 'tasks.csv'));
    const out = previousSite();
    const before = hashTree(out);
    const run = await build(ROOT, out, { SITE_DATA_DIR: data });
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/tasks\.csv:\d+:\d+: E_NOT_INTEGER \[Excel [A-Z]+\d+\] 「[^」]+」应为非负整数，实际为「约3800」/);
    expect(run.output).toContain('网站未更新');
    expect(hashTree(out)).toEqual(before);
    expect(strayBuildFolders(ROOT)).toEqual([]);
  });

  it('stops on bad plan text and leaves the output byte-identical', async () => {
    const out = previousSite();
    const before = hashTree(out);
    const run = await build(ROOT, out, { SITE_PLAN_FILE: 'tests/fixtures/plan/item-out-of-order.txt' });
    expect(run.code).toBe(1);
    expect(run.output).toContain('tests/fixtures/plan/item-out-of-order.txt:');
    expect(run.output).toContain('E_ITEM_ORDER');
    expect(hashTree(out)).toEqual(before);
  });

  it('stops on a task table of another plan, naming both files, and leaves the output byte-identical', async () => {
    const out = previousSite();
    const before = hashTree(out);
    const plan = 'tests/fixtures/plan/other-city-three-years.txt';
    const run = await build(ROOT, out, { SITE_PLAN_FILE: plan });
    expect(run.code).toBe(1);
    expect(run.output).toContain(`data/tasks.csv:0:0: E_TABLE_NOT_OF_PLAN 任务表「data/tasks.csv」与方案「${plan}」的附件2（方案第 27 行起）不是同一份表：`);
    expect(run.output).toContain('网站未更新');
    expect(hashTree(out)).toEqual(before);
  });

  it('leaves the output byte-identical when a page throws while rendering', async () => {
    // A copy of the project with one page that throws: the real build code, a real Astro failure.
    const project = mkdtempSync(path.join(os.tmpdir(), 'throwing-page-'));
    cleanup.push(project);
    for (const entry of ['src', 'public', 'data', 'seeds', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(entry, path.join(project, entry), { recursive: true });
    }
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'));
    writeFileSync(path.join(project, 'src/pages/boom.astro'), "---\nthrow new Error('页面渲染出错（测试）');\n---\n<p>never</p>\n");
    const out = previousSite(project);
    const before = hashTree(out);
    const run = await build(project, out);
    expect(run.code).toBe(1);
    expect(run.output).toContain('页面渲染出错（测试）');
    expect(run.output).toContain('构建失败，网站未更新');
    expect(hashTree(out)).toEqual(before);
    expect(strayBuildFolders(project)).toEqual([]);
  }, 300_000);
});

describe('a good build', () => {
  it('replaces the output whole and is byte-identical to another build of the same inputs', async () => {
    const out = previousSite();
    const run = await build(ROOT, out);
    expect(run.code, run.output).toBe(0);
    expect(run.output).not.toMatch(/warning|E_[A-Z_]+/);
    expect(existsSync(path.join(out, 'plan', '1', 'index.html'))).toBe(true);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).not.toContain('previous');
    const ours = hashTree(out);
    const theirs = hashTree(inject('distDir'));
    expect(Object.keys(ours).length).toBeGreaterThan(100);
    expect(ours).toEqual(theirs);
    expect(strayBuildFolders(ROOT)).toEqual([]);
  }, 300_000);
});
