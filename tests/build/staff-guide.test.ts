/**
 * The staff guide in README, followed as written on a copy of the project whose data/ is the data
 * as first published (tests/fixtures/site/issued), the way staff work: a figure changed in Excel
 * and saved as GBK with CRLF, the guide's own commands run in order (validate, release with its
 * confirmation answered `y`, build). Then every page, chart table and download of the new site must
 * agree with the new table figure by figure; the issued figures that changed are marked; the
 * citation, the feed and changes.csv name the new version; /plan/ still shows exactly the plan's
 * text; and the released data folder passes every check the build makes. Any edit of the guide
 * that breaks a step fails here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeConfig } from '../../src/lib/config/index.ts';
import { formatTao } from '../../src/lib/format.ts';
import { loadConfiguredSite } from '../../src/lib/load/index.ts';
import { figureLabel, GRID_WORDS } from '../../src/lib/grid.ts';
import { parseReleaseIndex } from '../../src/lib/releases/index.ts';
import { checkAgreement } from '../helpers/agreement.ts';
import { encodeGbk } from '../helpers/gbk.ts';
import { tableOf } from '../helpers/inputs.ts';
import { copyProject, type ProjectCopy } from '../helpers/project.ts';

const README = readFileSync('README.md', 'utf8');
/** The guide: from its heading to the next second-level heading. */
const GUIDE = (() => {
  const start = README.indexOf('\n## 工作人员指南');
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end < 0 ? undefined : end);
})();
const COMMANDS = [...GUIDE.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => (m[1] ?? '').trim());

let project: ProjectCopy;
beforeAll(() => {
  project = copyProject('staff-guide-');
}, 120_000);
afterAll(() => project?.remove());

/** The day the guide is followed: no earlier than the date its release command writes. */
const TODAY = '2026-12-31';

/** Runs one of the guide's commands exactly as the guide writes it. */
function runGuide(command: string, input?: string) {
  return project.run('sh', ['-c', command], { input, env: { SITE_TODAY: TODAY } });
}

/** Every E_/W_ code in the output, each of which the guide must explain. */
function codesIn(output: string): string[] {
  return [...new Set([...output.matchAll(/\b([EW]_[A-Z_]+)\b/g)].map((m) => m[1] as string))];
}

describe('the staff guide, followed step by step', () => {
  it('has the three commands it asks staff to type, in order', () => {
    expect(COMMANDS).toEqual(['npm run validate', expect.stringMatching(/^npm run release -- --date \d{4}-\d{2}-\d{2} --note "[^"]+"$/), 'npm run build']);
  });

  it('an Excel edit is reported with its cells, left to the site, released, built, and every page agrees', () => {
    const [validate = '', release = '', build = ''] = COMMANDS;
    const tasksFile = path.join(project.dir, 'data/tasks.csv');
    const before = tableOf(new Uint8Array(readFileSync(tasksFile)), 'data/tasks.csv');
    const county = before.counties[0];
    const year = before.years.at(-1);
    if (!county || year === undefined) throw new Error('data/tasks.csv has no county or year');
    const old = county.years[year]?.started ?? 0;
    const edited = old + 113;

    // Step 2, as in Excel: change one year's figure only, save as 「CSV（逗号分隔）」 (GBK, CRLF).
    const rows = csvParseRows(readFileSync(tasksFile, 'utf8').replace(/^\uFEFF/, ''));
    const header = rows[0] ?? [];
    const yearColumn = header.indexOf(figureLabel(year, 'started'));
    const row = rows.findIndex((r) => r[0] === county.name);
    (rows[row] as string[])[yearColumn] = String(edited);
    const save = (table: string[][]) => writeFileSync(tasksFile, encodeGbk(`${csvFormatRows(table).replace(/\n/g, '\r\n')}\r\n`));
    save(rows);

    // Step 3: the validator names every stale total, with its Excel cell, and the guide explains each code.
    const failed = runGuide(validate);
    expect(failed.code, failed.output).toBe(1);
    const letter = (i: number) => String.fromCharCode(65 + i);
    const totalColumn = header.indexOf(figureLabel(null, 'started'));
    const totalRow = rows.findIndex((r) => r[0] === GRID_WORDS.total);
    expect(failed.output).toContain(`E_COUNTY_TOTAL_MISMATCH [Excel ${letter(totalColumn)}${row + 1}]`);
    expect(failed.output).toContain(`E_TOTAL_ROW_MISMATCH [Excel ${letter(totalColumn)}${totalRow + 1}]`);
    expect(failed.output).toContain(`E_TOTAL_ROW_MISMATCH [Excel ${letter(yearColumn)}${totalRow + 1}]`);
    for (const code of codesIn(failed.output)) expect(GUIDE, `the guide does not explain ${code}`).toContain(code);

    // The guide's other way: delete the 合计 row and the two 合计 columns and let the site add up.
    const keep = header.map((_, i) => i).filter((i) => i !== totalColumn && i !== header.indexOf(figureLabel(null, 'completed')));
    save(rows.filter((_, i) => i !== totalRow).map((r) => keep.map((i) => r[i] ?? '')));
    const passed = runGuide(validate);
    expect(passed.code, passed.output).toBe(0);
    expect(passed.output).toContain('校验通过');
    for (const code of codesIn(passed.output)) expect(GUIDE, `the guide does not explain ${code}`).toContain(code);

    // Step 4, answered as staff answer the question.
    const { entries } = parseReleaseIndex(readFileSync(path.join(project.dir, 'data/releases.csv'), 'utf8'), 'data/releases.csv');
    const version = `v${entries.length + 1}`;
    const recorded = runGuide(release, 'y\n');
    expect(recorded.code, recorded.output).toBe(0);
    expect(recorded.output).toContain(`已记录 ${version}`);
    expect(recorded.output).toContain(`${county.name} ${figureLabel(year, 'started')} ${formatTao(old)} → ${formatTao(edited)}`);
    const date = /--date (\S+)/.exec(release)?.[1] ?? '';

    // Step 5.
    const built = runGuide(build);
    expect(built.code, built.output).toBe(0);
    expect(built.output).toContain('构建完成');
    // The adjustments staff answered with the release are not warned about again, but said to be on record.
    expect(built.output).not.toMatch(/W_DIFFERS_FROM_ISSUED|W_HEADLINE_MISMATCH/);
    for (const code of codesIn(built.output)) expect(GUIDE, `the guide does not explain ${code}`).toContain(code);
    expect(built.output).toMatch(new RegExp(`W_ADJUSTMENTS_RECORDED 校验时列出的 \\d+ 条对原计划的调整均已记录在发布的版本中（最新 ${version}，${date}）`));

    const dist = path.join(project.dir, 'dist');
    const after = tableOf(new Uint8Array(readFileSync(tasksFile)), 'data/tasks.csv');
    expect(after.counties[0]?.years[year]?.started).toBe(edited);
    const agreement = checkAgreement(dist, after);
    expect(agreement.disagreements).toEqual([]);
    expect(agreement.compared).toBeGreaterThan(after.counties.length * 6);

    const read = (rel: string) => readFileSync(path.join(dist, rel), 'utf8');
    expect(read('data/changes.csv').split('\n')).toContain(`${version},${date},${county.name},${county.slug},${year},started,${old},${edited}`);
    const feed = read('updates/feed.xml');
    expect(feed).toContain(`#release-${version}"`);
    expect(feed).toContain(`${county.name} ${figureLabel(year, 'started')} ${formatTao(old)} → ${formatTao(edited)}`);
    for (const page of ['index.html', `counties/${county.slug}/index.html`, 'data/index.html']) {
      expect(read(page), page).toContain(`/data/releases/${version}/tasks.csv`);
      expect(read(page), page).toContain(`${version}版. (${date})`);
    }
    // Where the plan's words state a figure that changed, the current one is shown beside it.
    expect(read('index.html')).toContain(`现为 ${formatTao(after.total.started)}`);
    expect(read('plan/index.html')).toContain(`现为 ${formatTao(edited)}`);

    // The released data folder passes every check the build makes, and /plan/ still shows exactly the plan's text.
    expect(() => loadConfiguredSite(makeConfig({ planFile: path.join(project.dir, 'seeds/000_37d43cbaf8be4606.txt'), dataDir: path.join(project.dir, 'data'), today: TODAY }))).not.toThrow();
    const plan = parseHTML(read('plan/index.html')).document.querySelector('main');
    plan?.querySelectorAll('[data-chrome], .anchor, caption').forEach((el) => el.remove());
    expect((plan?.textContent ?? '').replace(/\s/g, '')).toBe(readFileSync(path.join(project.dir, 'seeds/000_37d43cbaf8be4606.txt'), 'utf8').replace(/\s/g, ''));
  }, 240_000);
});
