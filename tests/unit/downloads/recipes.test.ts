/**
 * The recipes on /data/ work: each recipe's code, exactly as the page shows it, is run with its
 * tool on real downloads — Python's csv module and sha256sum always; pandas, R, readr and
 * LibreOffice where they are installed, which CI makes sure of (.ci/run installs Debian's packages
 * and sets REQUIRE_RECIPE_TOOLS=1, under which a missing one fails instead of skipping). PowerShell
 * has no Debian package: its recipe runs only where `pwsh` is installed, and is not run in CI.
 * The checksum recipe runs in an ordinary download folder: SHA256SUMS beside a few files saved flat.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDownloads } from '../../../src/lib/downloads/build.ts';
import { listRecipes, type Recipe, type RecipeTool } from '../../../src/lib/downloads/recipes.ts';
import { SEED_FACTS, buildSeedTable, readSeedBytes } from '../../fixtures/downloads/seedTable.ts';
import { decodeBody, parseCsvRowsWithD3 } from '../../fixtures/downloads/readBack.ts';

const files = buildDownloads(buildSeedTable(), { planText: readSeedBytes(), planJson: '{}\n', facts: SEED_FACTS });
const body = (path: string) => {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path}`);
  return Buffer.from(file.body);
};
const [header = [], , ...counties] = parseCsvRowsWithD3(body('data/tasks.csv'));
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A folder as a browser leaves it: SHA256SUMS, tasks.csv and one county's file, saved flat. */
function downloadFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'recipes-'));
  temps.push(dir);
  for (const path of ['data/SHA256SUMS', 'data/tasks.csv']) writeFileSync(join(dir, path.slice(5)), body(path));
  const county = files.find((f) => f.path.startsWith('data/counties/'));
  if (county) writeFileSync(join(dir, county.path.split('/').pop() as string), Buffer.from(county.body));
  return dir;
}

/** Every download under its path relative to data/, as all.zip unpacks. */
function dataFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'recipes-data-'));
  temps.push(dir);
  for (const file of files) {
    const target = join(dir, file.path.slice(5));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, Buffer.from(file.body));
  }
  return dir;
}

const recipe = (tool: RecipeTool): Recipe & { code: string } => {
  const found = listRecipes().find((r) => r.tool === tool);
  if (!found?.code) throw new Error(`no code for ${tool}`);
  return found as Recipe & { code: string };
};
const runs = (command: string, args: string[]) => spawnSync(command, args, { encoding: 'utf8' }).status === 0;
/** The first Python that has pandas: this one, or Debian's (apt's python3-pandas). */
const pandasPython = ['python3', '/usr/bin/python3'].find((py) => runs(py, ['-c', 'import pandas']));
const hasR = runs('Rscript', ['--version']);
const hasReadr = hasR && runs('Rscript', ['-e', 'library(readr)']);
const soffice = ['soffice', 'libreoffice'].find((cmd) => runs(cmd, ['--version']));
const pwsh = runs('pwsh', ['-NoProfile', '-Command', 'exit 0']);
/** Under REQUIRE_RECIPE_TOOLS=1 (CI) a recipe whose tool is missing fails; elsewhere it is skipped, and said so. */
const required = process.env.REQUIRE_RECIPE_TOOLS === '1';
const skipUnless = (present: unknown) => !present && !required;
/** Fails, naming the Debian package, when a required tool is missing. */
function need(present: unknown, tool: string, debianPackage: string): void {
  if (!present) throw new Error(`${tool} is not installed: apt-get install -y --no-install-recommends ${debianPackage}`);
}
/** How Python prints a list of strings: `['县（市、区）', …]`. */
const pythonList = (items: readonly string[]) => `[${items.map((s) => `'${s}'`).join(', ')}]`;
const UTF8 = { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };

describe('recipes on /data/', () => {
  it('covers Excel and WPS, LibreOffice, Python, pandas, R, readr and the command line on Linux, macOS and Windows', () => {
    expect(listRecipes().map((r) => r.tool)).toEqual(['excel', 'libreoffice', 'python-csv', 'pandas', 'r-base', 'readr', 'sha256sum', 'certutil', 'powershell']);
    for (const r of listRecipes()) expect(`${r.steps}${r.code ?? ''}`, r.tool).not.toContain('`');
  });

  it('Excel and WPS: tasks.csv starts with the UTF-8 BOM and ends its lines with CRLF, as the recipe says', () => {
    const bytes = body('data/tasks.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decodeBody(bytes).split('\r\n')).toHaveLength(counties.length + 3);
  });

  it('Python csv: reads the Chinese headers without the BOM and every county', () => {
    const run = spawnSync('python3', ['-c', recipe('python-csv').code], { cwd: downloadFolder(), encoding: 'utf8', env: UTF8 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([pythonList(header), String(counties.length)]);
    expect(header[0]).toBe('县（市、区）');
  });

  it.skipIf(skipUnless(pandasPython))('pandas: reads the Chinese headers without the BOM and every county', () => {
    need(pandasPython, 'pandas', 'python3-pandas');
    const run = spawnSync(pandasPython as string, ['-c', recipe('pandas').code], { cwd: downloadFolder(), encoding: 'utf8', env: UTF8 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([pythonList(header), String(counties.length)]);
  });

  it.skipIf(skipUnless(hasR))('R read.csv with check.names = FALSE keeps the headers as written', () => {
    need(hasR, 'R', 'r-base-core');
    const run = spawnSync('Rscript', ['-e', recipe('r-base').code], { cwd: downloadFolder(), encoding: 'utf8', env: UTF8 });
    expect(run.status, run.stderr).toBe(0);
    const names = [...run.stdout.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
    expect(names).toEqual(header);
    expect(run.stdout.trim().split('\n').pop()).toBe(`[1] ${counties.length}`);
    // Without check.names = FALSE, R renames them: what the recipe warns of.
    const renamed = spawnSync('Rscript', ['-e', 'print(names(read.csv("tasks.csv", fileEncoding = "UTF-8-BOM")))'], { cwd: downloadFolder(), encoding: 'utf8', env: UTF8 });
    expect(renamed.stdout).toContain('"县.市.区."');
  });

  it.skipIf(skipUnless(hasReadr))('readr keeps the headers as written', () => {
    need(hasReadr, 'readr', 'r-cran-readr');
    const run = spawnSync('Rscript', ['-e', recipe('readr').code], { cwd: downloadFolder(), encoding: 'utf8', env: UTF8 });
    expect(run.status, run.stderr).toBe(0);
    expect([...run.stdout.matchAll(/"([^"]*)"/g)].map((m) => m[1])).toEqual(header);
  });

  it.skipIf(skipUnless(soffice))('LibreOffice converts tasks.csv to xlsx with the UTF-8 import filter', () => {
    need(soffice, 'LibreOffice', 'libreoffice-calc-nogui');
    const dir = downloadFolder();
    const args = recipe('libreoffice').code.split(' ').slice(1).map((a) => a.replace(/^--infilter="(.*)"$/, '--infilter=$1'));
    const run = spawnSync(soffice as string, args, { cwd: dir, encoding: 'utf8', env: { ...UTF8, HOME: dir } });
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(dir, 'tasks.xlsx'))).toBe(true);
  }, 120_000);

  it('sha256sum: checks what was downloaded in an ordinary download folder, where the plain command fails', () => {
    const dir = downloadFolder();
    const run = spawnSync('bash', ['-c', recipe('sha256sum').code], { cwd: dir, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('tasks.csv: OK');
    expect(spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir }).status).toBe(1);
    writeFileSync(join(dir, 'tasks.csv'), 'changed');
    expect(spawnSync('bash', ['-c', recipe('sha256sum').code], { cwd: dir }).status).toBe(1);
    // In the unpacked all.zip (every file in its folder) the same command checks them all.
    const all = spawnSync('bash', ['-c', recipe('sha256sum').code], { cwd: dataFolder(), encoding: 'utf8' });
    expect(all.status, all.stderr).toBe(0);
    expect(all.stdout.trim().split('\n')).toHaveLength(files.length - 2);
  });

  it('certutil: the line of SHA256SUMS a Windows reader compares against holds the file name and its hash', () => {
    expect(recipe('certutil').code).toBe('certutil -hashfile tasks.csv SHA256');
    const sums = decodeBody(body('data/SHA256SUMS'));
    const own = spawnSync('sha256sum', ['tasks.csv'], { cwd: downloadFolder(), encoding: 'utf8' }).stdout.split(' ')[0];
    expect(sums).toContain(`${own}  tasks.csv\n`);
  });

  it.skipIf(!pwsh)('PowerShell checks what was downloaded', () => {
    const run = spawnSync('pwsh', ['-NoProfile', '-Command', recipe('powershell').code], { cwd: downloadFolder(), encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('tasks.csv: OK');
    expect(run.stdout).not.toContain('FAILED');
  });

  it("datapackage.json's encoding opens every CSV to its declared first column (a reader using the declared codec, as Frictionless does)", () => {
    const dir = dataFolder();
    const script = [
      'import csv, json',
      'pkg = json.load(open("datapackage.json", encoding="utf-8"))',
      'for r in pkg["resources"]:',
      '    if r.get("format") != "csv": continue',
      '    with open(r["path"], encoding=r["encoding"], newline="") as f:',
      '        first = next(csv.reader(f))',
      '    print(r["path"], r["encoding"], first == [x["name"] for x in r["schema"]["fields"]])',
    ].join('\n');
    const run = spawnSync('python3', ['-c', script], { cwd: dir, encoding: 'utf8', env: UTF8 });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line, line).toMatch(/ True$/);
    expect(lines).toContain('tasks.csv utf-8-sig True');
    expect(lines).toContain('tasks-long.csv utf-8 True');
    expect(readFileSync(join(dir, 'tasks.csv')).subarray(0, 3).toString('hex')).toBe('efbbbf');
  });
});
