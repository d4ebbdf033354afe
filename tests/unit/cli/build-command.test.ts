/**
 * The build command's transaction, run in-process with a builder the test supplies in place of
 * Astro: a build that fails for any reason — bad inputs (stopped before anything is built), a page
 * that throws, an output that names the build machine, holds a server module or lacks a page —
 * exits non-zero with its reasons and leaves the previous output byte-identical; a good build
 * replaces the output whole, marked and readable. Each runs in a folder of its own that stands for
 * the project (the builds' temporary folders go there, never into the real one).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuildCommand, type SiteBuilder } from '../../../src/cli/build.ts';
import { MARKER_FILE, MARKER_TEXT, readUmask } from '../../../src/cli/support/output.ts';
import { listRoutes, outputFileOf } from '../../../src/lib/site/routes.ts';
import { listFiles } from '../../helpers/built.ts';

const ROOT = process.cwd();
const PLAN = path.join(ROOT, 'tests/fixtures/plan/unit-roles-deadlines.txt');
const PLAN_ONLY = path.join(ROOT, 'tests/fixtures/site/plan-only');
const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** path → sha256 of every file below `dir`. */
function hashTree(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex')]));
}

/** A folder standing for the project, with a previously published site (marked) in `dist/`. */
function makeProject(): { project: string; out: string } {
  const project = mkdtempSync(path.join(os.tmpdir(), 'build-command-'));
  cleanup.push(project);
  const out = path.join(project, 'dist');
  mkdirSync(path.join(out, 'plan'), { recursive: true });
  writeFileSync(path.join(out, 'index.html'), '<!doctype html><title>previous</title>');
  writeFileSync(path.join(out, 'plan', 'index.html'), '<!doctype html><title>previous plan</title>');
  writeFileSync(path.join(out, 'stale.html'), '<!doctype html><title>a page the next build no longer has</title>');
  writeFileSync(path.join(out, MARKER_FILE), MARKER_TEXT);
  return { project, out };
}

/** A builder that writes a placeholder for every route of the site, then does `also` (or throws it). */
function fakeBuilder(also: (dir: string) => void = () => undefined): SiteBuilder {
  return async (dir, site, config) => {
    for (const { route } of listRoutes(site, config.address)) {
      const file = path.join(dir, outputFileOf(route));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, route.endsWith('/') ? `<!doctype html><title>${route}</title>` : route);
    }
    also(dir);
  };
}

/** A builder the command must not reach. */
const unreachable: SiteBuilder = async () => {
  throw new Error('the builder was called');
};

/** Runs `npm run build -- --out dist` in `project` with these inputs; the exit code and every line. */
async function build(project: string, env: Record<string, string>, builder: SiteBuilder) {
  const lines: string[] = [];
  const code = await runBuildCommand(['--out', 'dist'], { stdout: (l) => lines.push(l), stderr: (l) => lines.push(l), env: { SITE_TODAY: '2026-12-31', ...env }, cwd: project }, builder);
  return { code, output: lines.join('\n') };
}

const planOnly = { SITE_PLAN_FILE: PLAN, SITE_DATA_DIR: PLAN_ONLY };

describe('a failed build leaves the previous output byte-identical', () => {
  it('stops on a bad CSV before building anything, printing FILE:LINE:COLUMN lines with the Excel cell', async () => {
    const { project, out } = makeProject();
    const data = path.join(project, 'bad-data');
    cpSync(path.join(ROOT, 'tests/fixtures/site/issued'), data, { recursive: true });
    cpSync(path.join(ROOT, 'tests/fixtures/tasks/rejected/not-integer-approx.csv'), path.join(data, 'tasks.csv'));
    const before = hashTree(out);
    const run = await build(project, { SITE_DATA_DIR: data, SITE_PLAN_FILE: path.join(ROOT, 'seeds/000_37d43cbaf8be4606.txt') }, unreachable);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/tasks\.csv:\d+:\d+: E_NOT_INTEGER \[Excel [A-Z]+\d+\] 「[^」]+」应为非负整数，实际为「约3800」/);
    expect(run.output).toContain('网站未更新（dist 保持原样）');
    expect(hashTree(out)).toEqual(before);
  });

  it('stops on bad plan text', async () => {
    const { project, out } = makeProject();
    const before = hashTree(out);
    const plan = path.join(ROOT, 'tests/fixtures/plan/item-out-of-order.txt');
    const run = await build(project, { SITE_PLAN_FILE: plan, SITE_DATA_DIR: PLAN_ONLY }, unreachable);
    expect(run.code).toBe(1);
    expect(run.output).toContain(`${plan}:`);
    expect(run.output).toContain('E_ITEM_ORDER');
    expect(hashTree(out)).toEqual(before);
  });

  it('stops on a task table of another plan, naming both files', async () => {
    const { project, out } = makeProject();
    const before = hashTree(out);
    const plan = path.join(ROOT, 'tests/fixtures/plan/other-city-three-years.txt');
    const data = path.join(ROOT, 'tests/fixtures/site/issued');
    const run = await build(project, { SITE_PLAN_FILE: plan, SITE_DATA_DIR: data }, unreachable);
    expect(run.code).toBe(1);
    expect(run.output).toContain(`${data}/tasks.csv:0:0: E_TABLE_NOT_OF_PLAN 任务表「${data}/tasks.csv」与方案「${plan}」的附件2（方案第 27 行起）不是同一份表：`);
    expect(hashTree(out)).toEqual(before);
  });

  it('stops on a setting that is not a date, before reading anything', async () => {
    const { project, out } = makeProject();
    const before = hashTree(out);
    const run = await build(project, { ...planOnly, SITE_TODAY: '明天' }, unreachable);
    expect(run.code).toBe(1);
    expect(run.output).toContain('SITE_TODAY:0:0: E_RELEASE_TODAY 环境变量 SITE_TODAY 的值「明天」不是有效日期');
    expect(hashTree(out)).toEqual(before);
  });

  it('when a page throws while rendering, and leaves no temporary folder', async () => {
    const { project, out } = makeProject();
    const before = hashTree(out);
    const run = await build(project, planOnly, fakeBuilder(() => {
      throw new Error('页面渲染出错（测试）');
    }));
    expect(run.code).toBe(1);
    expect(run.output).toContain('页面渲染出错（测试）');
    expect(run.output).toContain('构建失败，网站未更新（dist 保持原样）。');
    expect(hashTree(out)).toEqual(before);
    expect(readdirSync(project).sort()).toEqual(['dist']);
  });

  it('when the output names the build machine (E_BUILD_OUTPUT, naming the file)', async () => {
    const { project, out } = makeProject();
    const before = hashTree(out);
    const run = await build(project, planOnly, fakeBuilder((dir) => {
      mkdirSync(path.join(dir, 'leak'));
      writeFileSync(path.join(dir, 'leak', 'index.html'), `<p>${project}</p>`);
    }));
    expect(run.code, run.output).toBe(1);
    expect(run.output).toContain('E_BUILD_OUTPUT 文件 leak/index.html 含有构建机器上的项目路径，发布出去会暴露本机的目录：不能发布。');
    expect(hashTree(out)).toEqual(before);
    expect(readdirSync(project).sort()).toEqual(['dist']);
  });

  it('when the output holds a server module, or lacks a page the data calls for', async () => {
    const { project, out } = makeProject();
    const before = hashTree(out);
    const run = await build(project, planOnly, fakeBuilder((dir) => {
      writeFileSync(path.join(dir, 'entry.mjs'), 'export {};');
      rmSync(path.join(dir, 'units', 'index.html'));
    }));
    expect(run.code).toBe(1);
    expect(run.output).toContain('E_BUILD_OUTPUT 文件 entry.mjs 是 Astro 的服务器端模块（.mjs），不属于网站：不能发布。');
    expect(run.output).toContain('E_BUILD_OUTPUT 缺少页面 /units/');
    expect(hashTree(out)).toEqual(before);
  });
});

describe('a good build', () => {
  it('replaces the output whole, marks it, and makes it readable by everyone the umask allows', async () => {
    const { project, out } = makeProject();
    const run = await build(project, planOnly, fakeBuilder());
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('构建完成：dist/');
    expect(existsSync(path.join(out, 'stale.html'))).toBe(false);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).not.toContain('previous');
    expect(readFileSync(path.join(out, MARKER_FILE), 'utf8')).toBe(MARKER_TEXT);
    const umask = readUmask();
    expect(statSync(path.join(out, 'plan')).mode & 0o777).toBe(0o777 & ~umask);
    expect(statSync(path.join(out, 'plan', 'index.html')).mode & 0o777).toBe(0o666 & ~umask);
    expect(readdirSync(project).sort()).toEqual(['dist']);
  });
});
