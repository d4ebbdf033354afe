import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDownloads } from '../../../src/lib/downloads/build.ts';
import type { DownloadFile } from '../../../src/lib/downloads/types.ts';
import { SEED_FACTS, buildSeedTable, readSeedBytes } from '../../fixtures/downloads/seedTable.ts';
import { decodeBody, hashWithPython } from '../../fixtures/downloads/readBack.ts';

const PLAN_JSON = '{"title":"赣州市城市棚户区改造攻坚行动方案"}\n';
const build = () => buildDownloads(buildSeedTable(), { planText: readSeedBytes(), planJson: PLAN_JSON, facts: SEED_FACTS });
const files = build();
const byPath = (path: string): DownloadFile => {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`missing ${path}`);
  return file;
};
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('buildDownloads', () => {
  it('returns every download in a fixed order', () => {
    const slugs = buildSeedTable().counties.map((c) => `data/counties/${c.slug}.csv`);
    expect(files.map((f) => f.path)).toEqual([
      'data/tasks.csv',
      'data/tasks-long.csv',
      'data/tasks.json',
      ...slugs,
      'data/plan.txt',
      'data/plan.json',
      'data/datapackage.json',
      'data/SHA256SUMS',
      'data/all.zip',
    ]);
    expect(slugs).toHaveLength(20);
    expect(byPath('data/tasks.csv').mediaType).toBe('text/csv; charset=utf-8');
    expect(byPath('data/tasks.json').mediaType).toBe('application/json');
    expect(byPath('data/SHA256SUMS').mediaType).toBe('text/plain; charset=utf-8');
  });

  it('gives identical bytes on a second call', () => {
    const again = build();
    expect(again.map((f) => f.path)).toEqual(files.map((f) => f.path));
    for (const [i, file] of again.entries()) expect(Buffer.from(file.body).equals(Buffer.from(files[i]?.body ?? ''))).toBe(true);
  });

  it('publishes plan.txt byte for byte and plan.json as given', () => {
    expect(Buffer.from(byPath('data/plan.txt').body).equals(Buffer.from(readSeedBytes()))).toBe(true);
    expect(decodeBody(byPath('data/plan.json').body)).toBe(PLAN_JSON);
  });
});

describe('SHA256SUMS', () => {
  const text = decodeBody(byPath('data/SHA256SUMS').body);
  const lines = text.split('\n');

  it('lists every other download but all.zip (which holds it), relative to data/, sorted, with LF line ends', () => {
    expect(lines.pop()).toBe('');
    expect(text.includes('\r')).toBe(false);
    const paths = lines.map((line) => line.slice(66));
    const expected = files.filter((f) => f.path !== 'data/SHA256SUMS' && f.path !== 'data/all.zip').map((f) => f.path.slice('data/'.length));
    expect(paths).toEqual([...expected].sort());
    expect(paths).toContain('datapackage.json');
    for (const line of lines) expect(line).toMatch(/^[0-9a-f]{64} {2}\S+$/);
  });

  it('matches hashes computed by Python hashlib', () => {
    const listed = new Map(lines.map((line) => [`data/${line.slice(66)}`, line.slice(0, 64)]));
    const others = files.filter((f) => f.path !== 'data/SHA256SUMS' && f.path !== 'data/all.zip');
    const hashes = hashWithPython(others.map((f) => f.body));
    expect(others.map((f) => listed.get(f.path))).toEqual(hashes);
  });

  it('passes sha256sum -c on the written files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'downloads-'));
    temps.push(dir);
    for (const file of files) {
      const target = join(dir, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.body);
    }
    const check = spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: join(dir, 'data'), encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(check.stdout.trim().split('\n')).toHaveLength(files.length - 2);
    writeFileSync(join(dir, 'data/tasks.csv'), 'changed');
    expect(spawnSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: join(dir, 'data') }).status).toBe(1);
  });
});
