/**
 * The release history is an append-only, verifiable log: a hand edit to a past version's table,
 * note or date, a line dropped from the index, a date in the future, or an index in the old
 * three-column format is refused by the same loading step the build and `npm run validate` use.
 * Published county URLs keep their owner. Every data folder here is a temporary copy of a fixture.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataError, formatIssue } from '../../../src/lib/errors.ts';
import { buildSite, type InspectOptions } from '../../../src/lib/load/index.ts';
import { withTable } from '../../helpers/synthetic.ts';

const PLAN = 'seeds/000_37d43cbaf8be4606.txt';
/** The clock, pinned: every fixture date is in the past, 2099-12-31 in the future. */
const TODAY = '2026-12-31';
const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function copyFixture(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `history-${name}-`));
  dirs.push(dir);
  cpSync(path.join('tests/fixtures/site', name), dir, { recursive: true });
  return dir;
}

/** Every error of loading `dir`, formatted; [] when it loads. */
function errorsOf(dir: string, options: Partial<InspectOptions> = {}): string[] {
  try {
    buildSite(PLAN, dir, { today: TODAY, ...options });
    return [];
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return error.issues.filter((i) => i.severity === 'error').map(formatIssue);
  }
}

function edit(file: string, change: (text: string) => string): void {
  const text = readFileSync(file, 'utf8');
  const changed = change(text);
  expect(changed, `the edit of ${file} changed nothing`).not.toBe(text);
  writeFileSync(file, changed);
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Re-seals every row of a release index the way a careful forger would: each row's 上一行SHA256
 * set to the row before's 本行SHA256, and 本行SHA256 to the SHA-256 of the row's first six cells as
 * written (written here independently of src/, from the format README.md describes).
 */
function reseal(text: string): string {
  const [header = '', ...rows] = text.replace(/^\uFEFF/, '').split('\r\n');
  let previous = '';
  const sealed = rows.map((row) => {
    if (row === '') return row;
    const cells = row.split(',');
    cells[5] = previous;
    cells[6] = sha256(cells.slice(0, 6).join(','));
    previous = cells[6];
    return cells.join(',');
  });
  return `\uFEFF${[header, ...sealed].join('\r\n')}`;
}

describe('the release history cannot be rewritten silently', () => {
  it('refuses a past version whose table was edited by hand, totals kept consistent, at its 文件SHA256 cell', () => {
    const dir = copyFixture('two-releases');
    edit(path.join(dir, 'releases', 'v1.csv'), (t) =>
      t.replace('章贡区,3800,1704,2313,672,1487,1032', '章贡区,3801,1704,2314,672,1487,1032').replace('合计,45311,20600,29951,8700', '合计,45312,20600,29952,8700'),
    );
    expect(errorsOf(dir)).toEqual([expect.stringMatching(new RegExp(`^${dir}/releases\\.csv:2:4: E_RELEASE_FILE_CHANGED 「${dir}/releases/v1\\.csv」`))]);
  });

  it('refuses a past note changed by hand, at the row’s 本行SHA256 cell', () => {
    const dir = copyFixture('two-releases');
    edit(path.join(dir, 'releases.csv'), (t) => t.replace('数字与印发时一致。', '数字已按新通知调整。'));
    expect(errorsOf(dir)).toEqual([expect.stringMatching(new RegExp(`^${dir}/releases\\.csv:2:7: E_RELEASE_ROW_CHANGED `))]);
  });

  it('refuses a past date changed and its row re-sealed: the next row’s 上一行SHA256 no longer matches', () => {
    const dir = copyFixture('two-releases');
    const index = path.join(dir, 'releases.csv');
    edit(index, (t) => t.replace('v1,2026-11-28,', 'v1,2026-11-20,'));
    // Re-seal v1 only: the forger does not know that v2 holds v1's seal.
    const sealed = reseal(readFileSync(index, 'utf8')).split('\r\n');
    const original = readFileSync(index, 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    writeFileSync(index, `\uFEFF${[original[0], sealed[1], original[2], ''].join('\r\n')}`);
    expect(errorsOf(dir)).toEqual([expect.stringMatching(new RegExp(`^${dir}/releases\\.csv:3:6: E_RELEASE_CHAIN `))]);
  });

  it('refuses an index whose newest line was dropped while its table file stayed', () => {
    const dir = copyFixture('two-releases');
    edit(path.join(dir, 'releases.csv'), (t) => t.replace(/v2,[^\r\n]*\r\n/, ''));
    expect(errorsOf(dir, { allowUnreleased: true })).toEqual([expect.stringMatching(new RegExp(`^${dir}/releases/v2\\.csv:0:0: E_RELEASE_FILE_UNLISTED `))]);
  });

  it('refuses a release dated in the future (2099-12-31), even with every hash re-sealed', () => {
    const dir = copyFixture('two-releases');
    edit(path.join(dir, 'releases.csv'), (t) => reseal(t.replace('v2,2026-12-01,', 'v2,2099-12-31,')));
    expect(errorsOf(dir)).toEqual([
      `${dir}/releases.csv:3:2: E_RELEASE_DATE_FUTURE 日期「2099-12-31」晚于今天（${TODAY}，北京时间）：发布日期只能是已经到来的日子。请从版本控制（git）恢复 ${dir}/releases.csv 中这一行；新版本请用 npm run release 记录，日期写实际发布的那天。`,
    ]);
  });

  it('refuses an index in the old three-column format, giving the exact command that upgrades it', () => {
    const dir = copyFixture('issued');
    writeFileSync(path.join(dir, 'releases.csv'), '\uFEFF版本,日期,说明\r\nv1,2026-11-28,首次发布：方案附件1-1任务表，数字与印发时一致。\r\n');
    const errors = errorsOf(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^${dir}/releases\\.csv:1:1: E_RELEASE_INDEX_LEGACY `));
    expect(errors[0]).toContain('npm run release -- --migrate-index');
  });

  it('refuses a published URL handed to another name in releases/slugs.csv, at the 网址SHA256 of the version that published it', () => {
    const dir = copyFixture('two-releases');
    edit(path.join(dir, 'releases', 'slugs.csv'), (t) => t.replace('章贡区,zhanggongqu,v1', '章贡区,zhanggongqu-old,v1'));
    expect(errorsOf(dir)).toEqual([expect.stringMatching(new RegExp(`^${dir}/releases\\.csv:2:5: E_RELEASE_SLUGS_CHANGED `))]);
  });

  it('refuses a log whose URL record is missing', () => {
    const dir = copyFixture('issued');
    rmSync(path.join(dir, 'releases', 'slugs.csv'));
    expect(errorsOf(dir)).toEqual([expect.stringMatching(new RegExp(`^${dir}/releases/slugs\\.csv:0:0: E_SLUGS_FILE `))]);
  });

  it('refuses version files left without any index: the whole log removed', () => {
    const dir = copyFixture('issued');
    rmSync(path.join(dir, 'releases.csv'));
    expect(errorsOf(dir)).toEqual([expect.stringMatching(new RegExp(`^${dir}/releases/v1\\.csv:0:0: E_RELEASE_FILE_UNLISTED `))]);
  });

  it('loads the two-release fixture as recorded, in the new format', () => {
    expect(errorsOf(copyFixture('two-releases'))).toEqual([]);
  });
});

/** 章工区 reads zhanggongqu like 章贡区: a made-up county, its figures invented for the test. */
const HOMOPHONE = '章工区,10,5,6,3,4,2';
const addHomophoneAbove = (t: string) =>
  t.replace('章贡区,3800,', `${HOMOPHONE}\r\n章贡区,3800,`).replace('合计,45311,20600,29951,8700,15360,11900', '合计,45321,20605,29957,8703,15364,11902');

describe('published county URLs never change owner', () => {
  it('keeps zhanggongqu for 章贡区 when a homophone is added above it; the newcomer gets the next free slug', () => {
    const dir = copyFixture('issued');
    edit(path.join(dir, 'tasks.csv'), addHomophoneAbove);
    const site = withTable(buildSite(PLAN, dir, { today: TODAY, allowUnreleased: true }));
    const slugs = Object.fromEntries(site.tasks.counties.map((c) => [c.name, c.slug]));
    expect(slugs['章贡区']).toBe('zhanggongqu');
    expect(slugs['章工区']).toBe('zhanggongqu-2');
    expect(site.derived.bySlug.get('zhanggongqu')?.name).toBe('章贡区');
  });

  it('never hands a published slug to a new name, even after its county left the table', () => {
    const dir = copyFixture('issued');
    edit(path.join(dir, 'tasks.csv'), (t) =>
      t.replace('章贡区,3800,1704,2313,672,1487,1032', HOMOPHONE).replace('合计,45311,20600,29951,8700,15360,11900', '合计,41521,18901,27644,8031,13877,10870'),
    );
    const site = withTable(buildSite(PLAN, dir, { today: TODAY, allowUnreleased: true }));
    expect(site.tasks.counties.find((c) => c.name === '章工区')?.slug).toBe('zhanggongqu-2');
  });
});
