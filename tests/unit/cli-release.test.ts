import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runRelease } from '../../src/cli/release.ts';
import { buildSite } from '../../src/lib/load/index.ts';
import { copyInputs } from '../helpers/project.ts';
import { withTable } from '../helpers/synthetic.ts';

const PLAN = 'seeds/000_37d43cbaf8be4606.txt';
/** The clock, pinned: release dates in these tests are in its past. */
const TODAY = '2026-12-31';
let dir = '';
let out: string[] = [];
let err: string[] = [];
/** Where the commands write, and the settings they read: the copied data folder and the plan (read when used: `dir` is new for each test). */
const io = {
  stdout: (l: string) => out.push(l),
  stderr: (l: string) => err.push(l),
  today: TODAY,
  get env() {
    return { SITE_DATA_DIR: dir, SITE_PLAN_FILE: PLAN, SITE_TODAY: TODAY };
  },
};

function editTasks(edit: (text: string) => string): void {
  const file = path.join(dir, 'tasks.csv');
  writeFileSync(file, `\uFEFF${edit(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''))}`);
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'release-'));
  // data/ as first published: data/ itself changes with every real release.
  cpSync('tests/fixtures/site/issued', dir, { recursive: true });
  out = [];
  err = [];
});


const raise = (text: string) =>
  text.replace('章贡区,3800,1704,2313,672,1487,1032', '章贡区,3913,1704,2313,672,1600,1032').replace('合计,45311,20600,29951,8700,15360,11900', '合计,45424,20600,29951,8700,15473,11900');

describe('npm run release', () => {
  it('records an edited table as the next version and lists what changed, figure by figure', () => {
    editTasks(raise);
    const questions: string[] = [];
    const confirming = { ...io, confirm: (q: string) => (questions.push(q), true) };
    expect(runRelease(['--date', '2026-12-01', '--note', '章贡区2024年开工任务调增'], confirming)).toBe(0);
    expect(out).toEqual([
      '将记录 v2（2026-12-01）：章贡区2024年开工任务调增',
      '与 v1 相比：1 个数字有变化（合计随之变化）。',
      '  章贡区 合计开工 3,800 → 3,913',
      '  章贡区 2024年开工 1,487 → 1,600',
      '已记录 v2（2026-12-01）。',
      '下一步：运行 npm run build 生成网站，再把 dist/ 复制到网站服务器。',
    ]);
    expect(questions).toEqual(['确认发布以上内容？输入 y 并回车确认，其他任意键取消：']);
    const issued = readFileSync('tests/fixtures/site/issued/releases.csv', 'utf8');
    const index = readFileSync(path.join(dir, 'releases.csv'), 'utf8');
    // The rows already recorded stay byte for byte; one row is appended.
    expect(index.startsWith(issued)).toBe(true);
    expect(index.slice(issued.length)).toMatch(/^v2,2026-12-01,章贡区2024年开工任务调增,[0-9a-f]{64},[0-9a-f]{64},[0-9a-f]{64},[0-9a-f]{64}\r\n$/);
    expect(readdirSync(path.join(dir, 'releases')).sort()).toEqual(['slugs.csv', 'v1.csv', 'v2.csv']);
    const site = withTable(buildSite(PLAN, dir, { today: TODAY }));
    expect(site.releases.map((r) => r.version)).toEqual(['v2', 'v1']);
    expect(site.releases[0]?.diff?.changes).toHaveLength(2);
    expect(site.adjustments.changes.map((c) => `${c.county}:${c.year}:${c.from}->${c.to}`)).toEqual(['章贡区:null:3800->3913', '章贡区:2024:1487->1600']);
  });

  it('shows what will be published and writes nothing unless the person confirms', () => {
    editTasks(raise);
    const before = readFileSync(path.join(dir, 'releases.csv'));
    expect(runRelease(['--date', '2026-12-01', '--note', '调增'], { ...io, confirm: () => false })).toBe(1);
    expect(out).toContain('  章贡区 2024年开工 1,487 → 1,600');
    expect(err.at(-1)).toBe('未确认，没有记录 v2，文件均未改动。确认无误后重新运行；在脚本中运行时请加 --yes。');
    expect(runRelease(['--date', '2026-12-01', '--note', '调增'], io)).toBe(1);
    expect(readFileSync(path.join(dir, 'releases.csv'))).toEqual(before);
    expect(readdirSync(path.join(dir, 'releases')).sort()).toEqual(['slugs.csv', 'v1.csv']);
  });

  it('records without asking with --yes', () => {
    editTasks(raise);
    expect(runRelease(['--date', '2026-12-01', '--note', '调增', '--yes'], io)).toBe(0);
    expect(out.at(-2)).toBe('已记录 v2（2026-12-01）。');
    expect(readdirSync(path.join(dir, 'releases')).sort()).toEqual(['slugs.csv', 'v1.csv', 'v2.csv']);
  });

  it('refuses a table identical to the latest release, writing nothing', () => {
    const before = readFileSync(path.join(dir, 'releases.csv'));
    expect(runRelease(['--date', '2026-12-01', '--note', '无变化'], io)).toBe(1);
    expect(err).toEqual([
      `${path.join(dir, 'tasks.csv')}:0:0: E_RELEASE_NO_CHANGE 任务表与最新版本 v1（2026-11-28）完全相同，无需发布：请先修改 ${path.join(dir, 'tasks.csv')} 并保存。`,
    ]);
    expect(readFileSync(path.join(dir, 'releases.csv'))).toEqual(before);
  });

  it('refuses a table with errors, printing every problem, and records nothing', () => {
    editTasks((t) => t.replace('章贡区,3800,1704,2313,672,1487,1032', '章贡区,3800,1704,约2313,672,1487,1032'));
    expect(runRelease(['--date', '2026-12-01', '--note', '试试'], io)).toBe(1);
    expect(err.some((l) => l.includes('E_NOT_INTEGER') && l.includes('约2313'))).toBe(true);
    expect(err[err.length - 1]).toBe('未记录新版本：请先按上面的提示改正，再运行 npm run release。');
    expect(readdirSync(path.join(dir, 'releases')).sort()).toEqual(['slugs.csv', 'v1.csv']);
  });

  it('refuses a date earlier than the latest release', () => {
    editTasks(raise);
    expect(runRelease(['--date', '2026-01-01', '--note', '倒退'], io)).toBe(1);
    expect(err.at(-1)).toContain('E_RELEASE_DATE_ORDER 发布日期 2026-01-01 早于最新版本 v1 的 2026-11-28：发布日期不能倒退。');
  });

  it('answers wrong usage with exit 2 and how to call it', () => {
    expect(runRelease(['--note', '说明'], io)).toBe(2);
    expect(runRelease(['--date', '2026-02-30', '--note', '说明'], io)).toBe(2);
    expect(runRelease(['--date', '2026-12-01'], io)).toBe(2);
    expect(runRelease(['--when', 'today'], io)).toBe(2);
    expect(err).toEqual([
      'release: E_USAGE_MISSING_DATE 缺少发布日期 --date。用法：npm run release -- --date 2024-06-30 --note "本次调整的内容和依据" [--yes]',
      'release: E_USAGE_BAD_DATE 日期「2026-02-30」无效：请写成 2024-06-30 这样的格式。',
      'release: E_USAGE_MISSING_NOTE 缺少更新说明 --note：请写明本次调整的内容和依据。用法：npm run release -- --date 2024-06-30 --note "本次调整的内容和依据" [--yes]',
      'release: E_USAGE_UNKNOWN_FLAG 未知参数「--when」：只支持 --date、--note 和 --yes。用法：npm run release -- --date 2024-06-30 --note "本次调整的内容和依据" [--yes]',
    ]);
  });
});

describe('buildSite with releases', () => {
  it('stops the build when the table has changes not yet recorded as a release', () => {
    editTasks(raise);
    expect(() => buildSite(PLAN, dir, { today: TODAY })).toThrowError(/E_UNRELEASED_CHANGES 任务表与最新发布版本 v1（2026-11-28）相比 1 个数字有变化（合计随之变化），尚未记录为新版本/);
    expect(buildSite(PLAN, dir, { allowUnreleased: true, today: TODAY }).warnings.map((w) => w.code)).toContain('W_UNRELEASED_CHANGES');
  });

  it('reads a two-release data folder saved as GBK and shows the adjustment against attachment 1-1', () => {
    const site = buildSite(PLAN, 'tests/fixtures/site/two-releases', { today: TODAY });
    expect(site.releases.map((r) => `${r.version} ${r.date}`)).toEqual(['v2 2026-12-01', 'v1 2026-11-28']);
    expect(site.releases[0]?.diff?.changes).toEqual([
      { county: '章贡区', year: null, indicator: 'started', from: 3800, to: 3913 },
      { county: '章贡区', year: 2024, indicator: 'started', from: 1487, to: 1600 },
    ]);
  });

  it('collects the problems of every input file at once', () => {
    writeFileSync(path.join(dir, 'plan-meta.csv'), '字段,内容\n作者,某人\n');
    writeFileSync(path.join(dir, 'releases.csv'), '版本,日期,说明\nv1,2026-11-28,首次\nv2,2026-11-29,第二次\n');
    editTasks((t) => t.replace('章贡区,3800', '章贡区,-5'));
    try {
      buildSite(PLAN, dir, { today: TODAY });
      expect.unreachable();
    } catch (error) {
      const codes = (error as { issues: { code: string }[] }).issues.map((i) => i.code);
      expect(codes).toEqual(expect.arrayContaining(['E_NOT_INTEGER', 'E_META_FIELD', 'E_RELEASE_FILE']));
    }
  });
});

describe('npm run validate on the data folder', () => {
  it('warns of changes not yet released and reports broken release files, like the build', async () => {
    const { runValidate } = await import('../../src/cli/validate.ts');
    const root = copyInputs('validate-', dir);
    const edited = path.join(root, 'data', 'tasks.csv');
    writeFileSync(edited, raise(readFileSync(edited, 'utf8')));
    const lines: string[] = [];
    // The project copy's own data/ folder, as `npm run validate` run inside it reads it.
    const sink = { stdout: (l: string) => lines.push(l), stderr: (l: string) => lines.push(l), cwd: root, env: { SITE_TODAY: TODAY } };
    expect(runValidate([], sink)).toBe(0);
    expect(lines.some((l) => l.includes('warning W_UNRELEASED_CHANGES'))).toBe(true);

    writeFileSync(path.join(root, 'data', 'releases.csv'), '版本,日期,说明\nv1,2026-11-28,首次\nv2,2026-11-29,第二次\n');
    lines.length = 0;
    expect(runValidate([], sink)).toBe(1);
    expect(lines.some((l) => l.includes('E_RELEASE_FILE'))).toBe(true);
  });
});
