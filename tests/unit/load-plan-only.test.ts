/**
 * A plan without a task table: a data folder that has no tasks.csv and never published one gives
 * a plan-only site, said in a warning; a folder that published a table cannot lose it that way,
 * a folder that is not there is not a plan-only site, and there is nothing to release.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runRelease } from '../../src/cli/release.ts';
import { formatIssue } from '../../src/lib/errors.ts';
import { hasTaskTable, inspectSite } from '../../src/lib/load/index.ts';
import { siteDownloads } from '../../src/lib/site/downloads.ts';

const PLAN = 'tests/fixtures/plan/unit-roles-deadlines.txt';
const SEED = 'seeds/000_37d43cbaf8be4606.txt';
const TODAY = '2026-12-31';
let dir = '';

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'plan-only-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('a data folder without a task table', () => {
  it('gives a plan-only site with the plan, no table, and a warning that says what is and is not published', () => {
    const { site, issues } = inspectSite({ planFile: PLAN, dataDir: dir }, { today: TODAY });
    expect(site).not.toBeNull();
    expect(site && hasTaskTable(site)).toBe(false);
    expect(site?.plan.parts.flatMap((p) => p.items)).toHaveLength(3);
    expect(site?.releases).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(['W_NO_TASK_TABLE']);
    expect(site?.warnings.map((i) => i.code)).toEqual(['W_NO_TASK_TABLE']);
  });

  it('points at the plan’s target attachment when the plan has one', () => {
    const { issues } = inspectSite({ planFile: SEED, dataDir: dir }, { today: TODAY });
    expect(issues.map(formatIssue)).toEqual([
      `${dir}/tasks.csv:0:0: warning W_NO_TASK_TABLE 没有任务表「${dir}/tasks.csv」：本次只发布方案全文（各部分、重点工作、责任单位和文本下载），网站会写明未发布任务表，没有县（市、区）页面和图表。方案的附件1-1是目标任务表；如要发布各县（市、区）的数据，请按它填写 ${dir}/tasks.csv（见 README 的填写说明）后重新运行。`,
    ]);
  });

  it('publishes the plan’s text, its structure and their checksums, and nothing else', () => {
    const { site } = inspectSite({ planFile: PLAN, dataDir: dir }, { today: TODAY });
    if (!site) throw new Error('expected a plan-only site');
    const files = siteDownloads(site, { base: '/', site: null });
    expect(files.map((f) => f.path)).toEqual(['data/plan.txt', 'data/plan.json', 'data/SHA256SUMS']);
    const sums = new TextDecoder().decode(files[2]?.body as Uint8Array);
    expect(sums.trim().split('\n').map((l) => l.split('  ')[1]).sort()).toEqual(['plan.json', 'plan.txt']);
  });

  it('is an error, not a plan-only site, when the folder published a table before', () => {
    cpSync('tests/fixtures/site/issued', dir, { recursive: true });
    rmSync(path.join(dir, 'tasks.csv'));
    const { site, issues } = inspectSite({ planFile: SEED, dataDir: dir }, { today: TODAY });
    expect(site).toBeNull();
    expect(issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([
      `${dir}/tasks.csv:0:0: E_TASKS_MISSING 找不到文件「${dir}/tasks.csv」，但「${dir}/releases.csv」记录了已发布的任务表：已发布的数据不能靠删除文件撤下。请把「${dir}/releases/v1.csv」复制一份，命名为 tasks.csv 放回数据目录，再修改要调整的数字。`,
    ]);
  });

  it('is an error when the folder holds release files without an index, and when the folder is not there', () => {
    cpSync('tests/fixtures/site/issued/releases', path.join(dir, 'releases'), { recursive: true });
    expect(inspectSite({ planFile: SEED, dataDir: dir }, { today: TODAY }).site).toBeNull();
    const missing = inspectSite({ planFile: SEED, dataDir: path.join(dir, 'nowhere') }, { today: TODAY });
    expect(missing.site).toBeNull();
    expect(missing.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toContain('E_TASKS_MISSING');
  });

  it('has nothing to release: npm run release says so and records nothing', () => {
    writeFileSync(path.join(dir, 'plan-meta.csv'), '\uFEFF字段,内容\n');
    const out: string[] = [];
    const err: string[] = [];
    const code = runRelease(['--date', '2026-12-01', '--note', '测试'], { stdout: (l) => out.push(l), stderr: (l) => err.push(l), today: TODAY, confirm: () => true, env: { SITE_DATA_DIR: dir, SITE_PLAN_FILE: PLAN } });
    expect(code).toBe(1);
    expect(readdirSync(dir)).toEqual(['plan-meta.csv']);
    expect(err.at(-1)).toBe(`未记录新版本：数据目录「${dir}」中没有任务表 tasks.csv，没有可发布的数据（网站只发布方案全文）。要发布任务表，请先把它存为「${dir}/tasks.csv」。`);
  });
});
