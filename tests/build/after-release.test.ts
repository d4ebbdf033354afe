/**
 * Tests that survive real use: staff edit the table and record a release, and `npm test` must
 * still pass. A copy of the project gets one figure changed (through the project's own reader and
 * writer, so the edit works on whatever data/ holds today), records the next release with the
 * release command, and runs the unit suite and the build's page tests against itself.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTasksCsv } from '../../src/lib/downloads/index.ts';
import { parseReleaseIndex } from '../../src/lib/releases/index.ts';
import { tableOf } from '../helpers/inputs.ts';

const ROOT = process.cwd();
let copy = '';

/** Runs a command in the copy; returns its exit code and output. */
function run(command: string, args: string[], env: Record<string, string> = {}): { code: number | null; output: string } {
  const result = spawnSync(command, args, {
    cwd: copy,
    env: { ...process.env, ...env, REQUIRE_BROWSER: '', TEST_DIST_DIR: '', SITE_DATA_DIR: '', SITE_PLAN_FILE: '' },
    encoding: 'utf8',
    timeout: 540_000,
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  copy = mkdtempSync(path.join(os.tmpdir(), 'after-release-'));
  for (const entry of ['src', 'public', 'seeds', 'data', 'tests', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'vitest.config.ts', '.htmlvalidate.json']) {
    if (existsSync(entry)) cpSync(path.join(ROOT, entry), path.join(copy, entry), { recursive: true });
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
}, 120_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('after staff record a release with an edited figure', () => {
  it('the release command records it, and the unit and page tests still pass', () => {
    const tasksFile = path.join(copy, 'data/tasks.csv');
    const table = tableOf(new Uint8Array(readFileSync(tasksFile)), tasksFile);
    const county = table.counties[0];
    const year = table.years.at(-1);
    if (!county || year === undefined) throw new Error('data/tasks.csv has no county or year');
    const figures = county.years[year];
    const cityYear = table.total.years[year];
    if (!figures || !cityYear) throw new Error('missing figures');
    figures.started += 113;
    county.total.started += 113;
    cityYear.started += 113;
    table.total.started += 113;
    writeFileSync(tasksFile, writeTasksCsv(table));

    const index = readFileSync(path.join(copy, 'data/releases.csv'), 'utf8');
    const { entries } = parseReleaseIndex(index, 'data/releases.csv');
    const latest = entries.at(-1);
    if (!latest) throw new Error('no release recorded in data/releases.csv');
    const release = run('node_modules/.bin/tsx', ['src/cli/release.ts', '--date', latest.date, '--note', '测试：调整一个数字', '--yes']);
    expect(release.code, release.output).toBe(0);
    expect(release.output).toContain(`已记录 v${entries.length + 1}`);

    const unit = run('node_modules/.bin/vitest', ['run', '--project', 'unit']);
    expect(unit.code, unit.output.slice(-6000)).toBe(0);
    const pages = run('node_modules/.bin/vitest', ['run', '--project', 'site', 'tests/build/pages.test.ts']);
    expect(pages.code, pages.output.slice(-6000)).toBe(0);
  }, 600_000);
});
