/**
 * data/all.zip: every other download plus a Chinese and English README, byte-identical for the
 * same inputs whatever the machine's time zone, and unpacked by the ordinary tools (Info-ZIP's
 * unzip and Python's zipfile, not the writer's library) to exactly the published bytes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDownloads } from '../../../src/lib/downloads/build.ts';
import { zipTime } from '../../../src/lib/downloads/zip.ts';
import { SEED_FACTS, buildSeedTable, readSeedBytes } from '../../fixtures/downloads/seedTable.ts';
import { decodeBody } from '../../fixtures/downloads/readBack.ts';

const table = buildSeedTable();
const releases = [
  { version: 'v1', date: '2026-01-05', table },
  { version: 'v2', date: '2026-02-10', table },
];
const extras = { planText: readSeedBytes(), planJson: '{}\n', facts: SEED_FACTS, releases, about: { docNumber: '某府办字〔2099〕1号' }, tasksUrl: 'https://www.example.gov.cn/data/tasks.csv' };
const files = buildDownloads(table, extras);
const zip = files.find((f) => f.path === 'data/all.zip');
if (!zip) throw new Error('no all.zip');
const inZip = files.filter((f) => f.path !== 'data/all.zip');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Entries as Python's zipfile reads them: name, date_time and the bytes. */
function readWithPython(bytes: Uint8Array): { name: string; date: number[]; body: string }[] {
  const script = [
    'import base64, io, json, sys, zipfile',
    'z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))',
    "json.dump([{'name': i.filename, 'date': list(i.date_time), 'body': base64.b64encode(z.read(i)).decode()} for i in z.infolist()], sys.stdout)",
  ].join('\n');
  const run = spawnSync('python3', ['-c', script], { input: Buffer.from(bytes), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as { name: string; date: number[]; body: string }[];
}

describe('all.zip', () => {
  it('is byte-identical for the same inputs, and in another time zone', () => {
    const again = buildDownloads(table, extras).find((f) => f.path === 'data/all.zip');
    expect(Buffer.from(again?.body ?? '').equals(Buffer.from(zip.body))).toBe(true);
    const script = [
      "import { buildDownloads } from './src/lib/downloads/build.ts';",
      "import { buildSeedTable, readSeedBytes, SEED_FACTS } from './tests/fixtures/downloads/seedTable.ts';",
      "import { createHash } from 'node:crypto';",
      'const table = buildSeedTable();',
      `const extras = { ...${JSON.stringify({ planJson: extras.planJson, about: extras.about, tasksUrl: extras.tasksUrl })}, planText: readSeedBytes(), facts: SEED_FACTS, releases: ${JSON.stringify(releases.map(({ version, date }) => ({ version, date })))}.map((r) => ({ ...r, table })) };`,
      "const zip = buildDownloads(table, extras).find((f) => f.path === 'data/all.zip');",
      "process.stdout.write(createHash('sha256').update(zip.body).digest('hex'));",
    ].join('\n');
    const file = join(mkdtempSync(join(process.cwd(), '.zip-tz-')), 'zip.ts');
    temps.push(join(file, '..'));
    writeFileSync(file, script.replaceAll("'./", `'${process.cwd()}/`));
    const hashes = ['UTC', 'America/Los_Angeles'].map((tz) => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', file], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      return run.stdout;
    });
    const own = spawnSync('sha256sum', { input: Buffer.from(zip.body), encoding: 'utf8' }).stdout.slice(0, 64);
    expect(hashes).toEqual([own, own]);
  }, 60_000);

  it('holds the README first, then every other download in order, each dated the current release at 00:00', () => {
    const entries = readWithPython(zip.body as Uint8Array);
    expect(entries.map((e) => e.name)).toEqual(['README.txt', ...inZip.map((f) => f.path.slice('data/'.length))]);
    for (const entry of entries) expect(entry.date).toEqual([2026, 2, 10, 0, 0, 0]);
    for (const [i, file] of inZip.entries()) expect(Buffer.from(entries[i + 1]?.body ?? '', 'base64').equals(Buffer.from(file.body))).toBe(true);
    expect(zipTime(undefined).getFullYear()).toBe(1980);
  });

  it('unzips with Info-ZIP unzip to the published files, which pass sha256sum -c', () => {
    const dir = mkdtempSync(join(tmpdir(), 'all-zip-'));
    temps.push(dir);
    writeFileSync(join(dir, 'all.zip'), zip.body);
    const unzip = spawnSync('unzip', ['-q', 'all.zip', '-d', 'out'], { cwd: dir, encoding: 'utf8' });
    expect(unzip.status, unzip.stderr).toBe(0);
    for (const file of inZip) expect(readFileSync(join(dir, 'out', file.path.slice('data/'.length))).equals(Buffer.from(file.body)), file.path).toBe(true);
    const check = spawnSync('sha256sum', ['-c', '--strict', '--quiet', 'SHA256SUMS'], { cwd: join(dir, 'out'), encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  it('says in Chinese and English what each file is, the version and date, the source and how to cite it', () => {
    const readme = decodeBody(Buffer.from(readWithPython(zip.body as Uint8Array)[0]?.body ?? '', 'base64'));
    expect(readme.startsWith('\uFEFF')).toBe(true);
    expect(readme.replace(/\r\n/g, '').includes('\n')).toBe(false);
    const lines = readme.slice(1).split('\r\n');
    for (const file of inZip) expect(lines, file.path).toContain(file.path.slice('data/'.length));
    expect(lines).toContain('数据版本 v2，2026-02-10 发布。');
    expect(lines).toContain('Data version v2, released 2026-02-10.');
    expect(readme).toContain('来源：赣州市城市棚户区改造攻坚行动方案（某府办字〔2099〕1号）');
    expect(readme).toContain('  The task table with Chinese headers: UTF-8 with BOM, CRLF line ends; opens in Excel and WPS as is. First row: the city total (合计).');
    expect(lines).toContain('  赣州市城市棚户区改造攻坚行动方案，附件1-1《全市各县（市、区）城市棚户区改造攻坚行动任务表》，数据版本 v2（2026-02-10），https://www.example.gov.cn/data/tasks.csv');
    expect(readme).not.toMatch(/许可|Licence/);
  });
});
