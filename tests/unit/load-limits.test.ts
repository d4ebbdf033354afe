/**
 * The loading step checks a file's size before reading it: a 3 GiB file (sparse, so it costs no
 * disk) is refused at line 0 with its size and the limit, never read into memory. Node cannot
 * even hold 3 GiB in one buffer, so reading such a file first throws a RangeError instead.
 */
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataError, formatIssue, type Issue } from '../../src/lib/errors.ts';
import { DEFAULT_PLAN_FILE } from '../../src/lib/config/index.ts';
import { buildSite } from '../../src/lib/load/index.ts';

const GIB3 = 3 * 2 ** 30;
let dir = '';

/** The issues `buildSite` fails with (it must fail with a DataError, not anything else). */
function issuesOf(planFile: string, dataDir: string): Issue[] {
  try {
    buildSite(planFile, dataDir, { today: '2026-12-31' });
  } catch (error) {
    if (error instanceof DataError) return [...error.issues];
    throw error;
  }
  throw new Error('buildSite accepted the inputs');
}

/** A sparse file of `size` bytes. */
function sparse(file: string, size: number): void {
  writeFileSync(file, '');
  truncateSync(file, size);
}

/** An empty folder under the test's temporary folder. */
function folder(name: string): string {
  const at = path.join(dir, name);
  rmSync(at, { recursive: true, force: true });
  mkdirSync(at, { recursive: true });
  return at;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'load-limits-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('buildSite checks sizes before reading', () => {
  it('buildSite refuses a 3 GiB plan, tasks.csv, releases.csv and plan-meta.csv at line 0, naming size and limit', () => {
    const data = folder('huge');
    const plan = path.join(dir, 'plan.txt');
    sparse(plan, GIB3);
    for (const name of ['tasks.csv', 'releases.csv', 'plan-meta.csv']) sparse(path.join(data, name), GIB3);
    const size = '3,072.0 MB（3,221,225,472 字节）';
    const csv = `E_FILE_TOO_LARGE 文件大小为 ${size}，超过 10 MB 的上限：任务表只有几十行，请确认选对了文件，并另存为「CSV UTF-8（逗号分隔）」。`;
    const found = issuesOf(plan, data)
      .filter((i) => i.code.endsWith('_TOO_LARGE'))
      .map(formatIssue)
      .sort();
    expect(found).toEqual(
      [
        `${plan}:0:0: E_PLAN_TOO_LARGE 文件大小为 ${size}，超过 20 MB 的上限：方案原文通常不足 1 MB，请确认选对了文件（UTF-8 编码的纯文本 .txt）。`,
        `${path.join(data, 'plan-meta.csv')}:0:0: ${csv}`,
        `${path.join(data, 'releases.csv')}:0:0: ${csv}`,
        `${path.join(data, 'tasks.csv')}:0:0: ${csv}`,
      ].sort(),
    );
  });

  it('buildSite reads a tasks.csv of exactly 10 MB, and refuses one byte more', () => {
    const data = folder('edge');
    const table = '县（市、区）,2023年开工,2023年基本建成\n甲县,1,1\n';
    // Padded with one quoted cell (a long unquoted cell would take the tokenizer quadratic time).
    const padded = (size: number) => `${table}"${'x'.repeat(size - Buffer.byteLength(table) - 2)}"`;
    const tooLarge = () => issuesOf(DEFAULT_PLAN_FILE, data).filter((i) => i.code === 'E_FILE_TOO_LARGE').map((i) => `${i.line}:${i.column}`);
    writeFileSync(path.join(data, 'tasks.csv'), padded(10 * 2 ** 20));
    expect(tooLarge()).toEqual([]);
    writeFileSync(path.join(data, 'tasks.csv'), padded(10 * 2 ** 20 + 1));
    expect(tooLarge()).toEqual(['0:0']);
  });
});
