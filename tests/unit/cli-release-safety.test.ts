/**
 * `npm run release` is safe to run: it refuses a date in the future (Asia/Shanghai's today,
 * pinned here), holds an exclusive lock in the data folder while it reads and writes, writes
 * through temporary files and renames, and on any failure (disk full, read-only folder, a step
 * that fails half-way) removes what it wrote, prints one located Chinese error and exits 1. It
 * records new county names with their slug, and upgrades an old index only when asked to.
 * Every data folder is a temporary copy of tests/fixtures/site/issued.
 */
import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeReleaseFs, runRelease, type ReleaseFs, type ReleaseIo } from '../../src/cli/release.ts';
import { buildSite } from '../../src/lib/load/index.ts';
import { withTable } from '../helpers/synthetic.ts';
import { todayInShanghai } from '../../src/lib/dates.ts';

const PLAN = 'seeds/000_37d43cbaf8be4606.txt';
const TODAY = '2026-12-31';
const FIXTURE = 'tests/fixtures/site/issued';
let dir = '';
let out: string[] = [];
let err: string[] = [];
/** The settings the commands read: the copied data folder and the plan. */
const inputs = () => ({ SITE_DATA_DIR: dir, SITE_PLAN_FILE: PLAN });
const io = (): ReleaseIo => ({ stdout: (l) => out.push(l), stderr: (l) => err.push(l), today: TODAY, env: inputs() });

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'release-safety-'));
  cpSync(FIXTURE, dir, { recursive: true });
  out = [];
  err = [];
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const sha256 = (body: string | Uint8Array) => createHash('sha256').update(body).digest('hex');

/** Every file under `root` with the SHA-256 of its bytes: what "nothing changed" compares. */
function snapshot(root: string): Record<string, string> {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(root, f)).isFile());
  return Object.fromEntries(files.sort().map((f) => [f, sha256(readFileSync(path.join(root, f)))]));
}

function editTasks(edit: (text: string) => string): void {
  const file = path.join(dir, 'tasks.csv');
  writeFileSync(file, `\uFEFF${edit(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''))}`);
}

const raise = (text: string) =>
  text.replace('章贡区,3800,1704,2313,672,1487,1032', '章贡区,3913,1704,2313,672,1600,1032').replace('合计,45311,20600,29951,8700,15360,11900', '合计,45424,20600,29951,8700,15473,11900');

const RELEASE = ['--date', '2026-12-01', '--note', '章贡区2024年开工任务调增', '--yes'];

/** A file-system error as Node raises it. */
function errno(code: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed, '${file}'`), { code, path: file });
}

describe('dates', () => {
  it('todayInShanghai reads the calendar in Asia/Shanghai (UTC+8), whatever the machine’s zone', () => {
    expect(todayInShanghai(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11-30');
    expect(todayInShanghai(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
  });

  it('refuses a release dated 2099-12-31, changing nothing', () => {
    editTasks(raise);
    const before = snapshot(dir);
    expect(runRelease(['--date', '2099-12-31', '--note', '未来', '--yes'], io())).toBe(1);
    expect(err.at(-1)).toBe(`${dir}/releases.csv:0:0: E_RELEASE_DATE_FUTURE 发布日期「2099-12-31」晚于今天（${TODAY}，北京时间）：请填写实际发布的日期，今天或更早。`);
    expect(err.filter((l) => !l.includes(' warning '))).toHaveLength(1);
    expect(snapshot(dir)).toEqual(before);
  });

  it('accepts today itself', () => {
    editTasks(raise);
    expect(runRelease(['--date', TODAY, '--note', '今天发布', '--yes'], io())).toBe(0);
  });
});

describe('the log that a release appends', () => {
  it('chains the new row to the one before and seals it, with the SHA-256 of its table file', () => {
    editTasks(raise);
    expect(runRelease(RELEASE, io())).toBe(0);
    const rows = readFileSync(path.join(dir, 'releases.csv'), 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(rows[0]).toBe('版本,日期,说明,文件SHA256,网址SHA256,上一行SHA256,本行SHA256');
    const v1 = (rows[1] ?? '').split(',');
    const v2 = (rows[2] ?? '').split(',');
    expect(v2.slice(0, 3)).toEqual(['v2', '2026-12-01', '章贡区2024年开工任务调增']);
    expect(v2[3]).toBe(sha256(readFileSync(path.join(dir, 'releases', 'v2.csv'))));
    expect(v2[4]).toBe(sha256('')); // no new county, no new URL
    expect(v2[5]).toBe(v1[6]);
    expect(v2[6]).toBe(sha256(v2.slice(0, 6).join(',')));
    expect(rows.slice(3)).toEqual(['']);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp') || f.includes('.lock'))).toEqual([]);
  });

  it('records a new county’s URL in releases/slugs.csv; 章贡区 keeps zhanggongqu', () => {
    editTasks((t) =>
      t.replace('章贡区,3800,', '章工区,10,5,6,3,4,2\r\n章贡区,3800,').replace('合计,45311,20600,29951,8700,15360,11900', '合计,45321,20605,29957,8703,15364,11902'),
    );
    expect(runRelease(['--date', '2026-12-01', '--note', '新增章工区', '--yes'], io())).toBe(0);
    const slugs = readFileSync(path.join(dir, 'releases', 'slugs.csv'), 'utf8');
    expect(slugs.endsWith('\r\n章工区,zhanggongqu-2,v2\r\n')).toBe(true);
    expect(slugs).toContain('\r\n章贡区,zhanggongqu,v1\r\n');
    const v2 = readFileSync(path.join(dir, 'releases.csv'), 'utf8').split('\r\n')[2]?.split(',') ?? [];
    expect(v2[4]).toBe(sha256('章工区,zhanggongqu-2,v2\r\n'));
    const site = withTable(buildSite(PLAN, dir, { today: TODAY }));
    expect(site.derived.bySlug.get('zhanggongqu')?.name).toBe('章贡区');
    expect(site.derived.bySlug.get('zhanggongqu-2')?.name).toBe('章工区');
  });
});

describe('one release at a time', () => {
  const lock = () => path.join(dir, '.release.lock');

  it('a second release started while the first holds the lock exits 1 with a message; the first records v2', () => {
    editTasks(raise);
    const second: string[] = [];
    let secondCode = -1;
    const first = runRelease(RELEASE.slice(0, -1), {
      ...io(),
      confirm: () => {
        secondCode = runRelease(RELEASE, { stdout: () => undefined, stderr: (l) => second.push(l), today: TODAY, env: inputs() });
        return true;
      },
    });
    expect(secondCode).toBe(1);
    expect(second).toEqual([
      `${lock()}:0:0: E_RELEASE_LOCKED 另一个 npm run release 正在运行（进程 ${process.pid}）：请等它结束后再运行。如确认没有发布在进行，删除「${lock()}」后重试。`,
    ]);
    expect(first).toBe(0);
    expect(readdirSync(path.join(dir, 'releases')).sort()).toEqual(['slugs.csv', 'v1.csv', 'v2.csv']);
    expect(existsSync(lock())).toBe(false);
  });

  it('refuses while a running process holds the lock, and leaves that lock alone', () => {
    editTasks(raise);
    writeFileSync(lock(), `${process.pid}\n`);
    const before = snapshot(dir);
    expect(runRelease(RELEASE, io())).toBe(1);
    expect(err.at(-1)).toContain('E_RELEASE_LOCKED');
    expect(snapshot(dir)).toEqual(before);
  });

  it('removes a lock left by a process that is gone, with its temporary files, says so, and records', () => {
    editTasks(raise);
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(lock(), `${gone}\n`);
    writeFileSync(path.join(dir, 'releases', `v2.csv.tmp-${gone}`), '半个文件');
    expect(runRelease(RELEASE, io())).toBe(0);
    expect(err[0]).toBe(
      `${lock()}:0:0: warning W_RELEASE_STALE_LOCK 上次发布（进程 ${gone}）没有正常结束，留下了锁文件和 1 个临时文件，均已删除。请运行 npm run validate 确认数据完整。`,
    );
    expect(readdirSync(path.join(dir, 'releases')).sort()).toEqual(['slugs.csv', 'v1.csv', 'v2.csv']);
    expect(existsSync(lock())).toBe(false);
  });

  it('takes back a release killed after moving its files into place but before recording its row', () => {
    editTasks(raise);
    const before = snapshot(dir);
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const slugs = path.join(dir, 'releases', 'slugs.csv');
    // What a release killed between its renames leaves: the lock with the version it was committing,
    // v2.csv in place, the slug record replaced (the old one moved aside), the index not yet.
    writeFileSync(lock(), `${gone}\nv2\n`);
    writeFileSync(path.join(dir, 'releases', 'v2.csv'), 'v2');
    cpSync(slugs, `${slugs}.old-${gone}`);
    writeFileSync(slugs, `${readFileSync(slugs, 'utf8')}章工区,zhanggongqu-2,v2\r\n`);
    writeFileSync(path.join(dir, `releases.csv.tmp-${gone}`), '半个文件');
    expect(runRelease(RELEASE.slice(0, -1), { ...io(), confirm: () => false })).toBe(1);
    expect(err[0]).toBe(
      `${lock()}:0:0: warning W_RELEASE_STALE_LOCK 上次发布（进程 ${gone}）没有正常结束，留下了锁文件和 1 个临时文件，均已删除；它未写完的 v2 已撤销。请运行 npm run validate 确认数据完整。`,
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it('two release processes started together: exactly one records v2, the other exits 1', async () => {
    editTasks(raise);
    const run = promisify(execFile);
    const start = () =>
      run('node_modules/.bin/tsx', ['src/cli/release.ts', ...RELEASE], { env: { ...process.env, ...inputs(), SITE_TODAY: TODAY }, encoding: 'utf8' }).then(
        () => 0,
        (e: { code?: number }) => e.code ?? -1,
      );
    const codes = await Promise.all([start(), start()]);
    expect(codes.sort()).toEqual([0, 1]);
    expect(readFileSync(path.join(dir, 'releases.csv'), 'utf8').split('\r\n').filter((l) => l.startsWith('v2,'))).toHaveLength(1);
    expect(buildSite(PLAN, dir, { today: TODAY }).releases.map((r) => r.version)).toEqual(['v2', 'v1']);
  }, 60_000);
});

describe('a release that fails half-way leaves nothing behind', () => {
  /** The real file system, with one operation failing as the test says. */
  function failing(overrides: Partial<ReleaseFs>): ReleaseIo {
    return { ...io(), fs: { ...nodeReleaseFs, ...overrides } };
  }

  it('disk full while writing the index: exit 1, one located Chinese line, every file as before', () => {
    editTasks(raise);
    const before = snapshot(dir);
    const index = path.join(dir, 'releases.csv');
    const code = runRelease(
      RELEASE,
      failing({
        writeFile: (file, body, options) => {
          if (file.startsWith(index)) throw errno('ENOSPC', file);
          nodeReleaseFs.writeFile(file, body, options);
        },
      }),
    );
    expect(code).toBe(1);
    expect(err.at(-1)).toBe(
      `${index}:0:0: E_RELEASE_WRITE 无法写入「${index}」（ENOSPC：磁盘空间不足）：没有记录 v2，本次写入的文件已全部撤销，原有文件没有改动。请腾出磁盘空间、确认对 ${dir} 有写权限后重新运行 npm run release。`,
    );
    expect(err.join('\n')).not.toMatch(/\n\s+at /);
    expect(snapshot(dir)).toEqual(before);
  });

  it('a failure at the last step, replacing the index, takes back the new table file and the slug record', () => {
    editTasks(raise);
    const before = snapshot(dir);
    const index = path.join(dir, 'releases.csv');
    const code = runRelease(
      RELEASE,
      failing({
        rename: (from, to) => {
          if (to === index) throw errno('EIO', to);
          nodeReleaseFs.rename(from, to);
        },
      }),
    );
    expect(code).toBe(1);
    expect(err.at(-1)).toMatch(new RegExp(`^${index}:0:0: E_RELEASE_WRITE 无法写入「${index}」（EIO）：没有记录 v2，本次写入的文件已全部撤销`));
    expect(snapshot(dir)).toEqual(before);
  });

  it('a read-only data folder: exit 1, a located error, nothing written', () => {
    editTasks(raise);
    const before = snapshot(dir);
    const root = process.getuid?.() === 0;
    // chmod does not stop root from writing: as root, the same refusal comes from the file system object.
    const readOnly: Partial<ReleaseFs> = {
      writeFile: (file) => {
        throw errno('EROFS', file);
      },
      mkdir: (d) => {
        throw errno('EROFS', d);
      },
      rename: (_from, to) => {
        throw errno('EROFS', to);
      },
    };
    if (!root) {
      chmodSync(path.join(dir, 'releases'), 0o555);
      chmodSync(dir, 0o555);
    }
    try {
      expect(runRelease(RELEASE, root ? failing(readOnly) : io())).toBe(1);
    } finally {
      if (!root) {
        chmodSync(dir, 0o755);
        chmodSync(path.join(dir, 'releases'), 0o755);
      }
    }
    expect(err.at(-1)).toMatch(new RegExp(`^${dir}/\\.release\\.lock:0:0: E_RELEASE_WRITE 无法写入「${dir}/\\.release\\.lock」（(EROFS：文件系统只读|EACCES：没有写权限)）`));
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('an index in the old three-column format', () => {
  const LEGACY = '\uFEFF版本,日期,说明\r\nv1,2026-11-28,首次发布：方案附件1-1任务表，数字与印发时一致。\r\n';

  it('is not upgraded by a release: the release stops with the command that upgrades it', () => {
    editTasks(raise);
    writeFileSync(path.join(dir, 'releases.csv'), LEGACY);
    rmSync(path.join(dir, 'releases', 'slugs.csv'));
    const before = snapshot(dir);
    expect(runRelease(RELEASE, io())).toBe(1);
    expect(err.some((l) => l.includes('E_RELEASE_INDEX_LEGACY') && l.includes('npm run release -- --migrate-index'))).toBe(true);
    expect(snapshot(dir)).toEqual(before);
  });

  it('is upgraded by --migrate-index, after confirmation, to exactly the recorded fixture', () => {
    writeFileSync(path.join(dir, 'releases.csv'), LEGACY);
    rmSync(path.join(dir, 'releases', 'slugs.csv'));
    expect(runRelease(['--migrate-index'], { ...io(), confirm: () => false })).toBe(1);
    expect(readFileSync(path.join(dir, 'releases.csv'), 'utf8')).toBe(LEGACY);
    expect(runRelease(['--migrate-index', '--yes'], io())).toBe(0);
    expect(out).toContain(`  v1 ${dir}/releases/v1.csv SHA-256 ${sha256(readFileSync(path.join(dir, 'releases', 'v1.csv')))}`);
    expect(snapshot(dir)).toEqual(snapshot(FIXTURE));
  });

  it('--migrate-index on an index already in the new format changes nothing', () => {
    const before = snapshot(dir);
    expect(runRelease(['--migrate-index', '--yes'], io())).toBe(1);
    expect(err.at(-1)).toContain('E_RELEASE_INDEX_CURRENT');
    expect(snapshot(dir)).toEqual(before);
  });
});
