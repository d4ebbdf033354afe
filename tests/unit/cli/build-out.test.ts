/**
 * `npm run build -- --out DIR` only ever replaces what a build made: never the project, a folder
 * above it or one of its sources, nor an existing folder that is not empty and carries no build
 * marker. A build killed between its two renames is recovered by the next one, and the temporary
 * folders of builds that died are removed. Built folders are readable by everyone (umask allowing).
 *
 * The refusals run in-process in a copy of the project, with a builder that fails if it is ever
 * reached (nothing is replaced after a failed build), so a regression cannot touch the real data/.
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuildCommand } from '../../../src/cli/build.ts';
import { checkOutDir, MARKER_FILE, MARKER_TEXT, normaliseModes, recoverInterruptedSwap, removeStaleBuildDirs } from '../../../src/cli/support/output.ts';
import { findMachineTraces } from '../../../src/lib/site/postcheck.ts';
import { copyProject, type ProjectCopy } from '../../helpers/project.ts';

const ROOT = process.cwd();
/** A process id that cannot exist (above Linux's largest pid_max, 2^22). */
const DEAD_PID = 99999999;
const cleanup: string[] = [];

afterAll(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanup.push(dir);
  return dir;
}

/** path → sha256 of every file below `dir` (symlinks not followed). */
function hashTree(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    const rel = `${prefix}${entry.name}`;
    if (entry.isDirectory()) Object.assign(out, hashTree(full, `${rel}/`));
    else out[rel] = entry.isSymbolicLink() ? 'symlink' : createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return out;
}

/** Runs the build command in `cwd` as `npm run build -- ...args` would; the builder must never be reached. */
async function runBuild(cwd: string, args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runBuildCommand(args, { stdout: (l) => stdout.push(`${l}\n`), stderr: (l) => stderr.push(`${l}\n`), env: {}, cwd }, async () => {
    throw new Error('the builder was reached');
  });
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

/** A marked build output: what `npm run build` leaves. */
function makeBuilt(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>built</title>');
  writeFileSync(path.join(dir, MARKER_FILE), MARKER_TEXT);
  return dir;
}

/** The one line of a refusal, or 'ok'. */
function check(outDir: string, root: string, inputs: string[] = []): string {
  return checkOutDir(path.resolve(root, outDir), root, inputs)?.format() ?? 'ok';
}

describe('npm run build -- --out refuses the project and its sources (in a copy)', () => {
  let copy: ProjectCopy;
  let project = '';
  let before: Record<string, string> = {};
  beforeAll(() => {
    // The copy sits one level down in its own temporary folder, so `--out .` has a parent to itself.
    copy = copyProject('build-out-');
    project = copy.dir;
    before = hashTree(project);
  });
  afterAll(() => copy.remove());

  it('build --out data exits 2 with one line and leaves data/ as it was', async () => {
    const run = await runBuild(project, ['--out', 'data']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'build: E_USAGE_OUT_SOURCE 输出目录「data」在项目的 data/ 中，那里是网站的源文件、数据或工具，构建会用网站替换它：请写一个新的文件夹，如 --out dist。\n',
    });
    expect(hashTree(project)).toEqual(before);
  });

  it('build --out . exits 2 with one line and leaves the project as it was', async () => {
    const run = await runBuild(project, ['--out', '.']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'build: E_USAGE_OUT_PROJECT 输出目录「.」是项目文件夹本身或它的上级文件夹，构建会用网站替换整个项目：请写项目中的一个新文件夹，如 --out dist。\n',
    });
    expect(hashTree(project)).toEqual(before);
    expect(readdirSync(path.dirname(project))).toEqual(['project']);
  }, 30_000);
});

describe('checkOutDir', () => {
  let root = '';
  let outside = '';
  beforeAll(() => {
    const base = tempDir('check-out-');
    root = path.join(base, 'project');
    for (const dir of ['src/pages', 'public', 'data/releases', 'seeds', 'tests/fixtures', 'node_modules/astro', '.git/objects', '.ci', '.astro']) {
      mkdirSync(path.join(root, dir), { recursive: true });
    }
    writeFileSync(path.join(root, 'package.json'), '{}');
    writeFileSync(path.join(root, 'data', 'tasks.csv'), '县,合计\n');
    outside = path.join(base, 'inputs');
    mkdirSync(outside);
  });

  it.each(['.', '..', '/'])('checkOutDir refuses the project or a folder above it (%s)', (out) => {
    expect(check(out, root)).toMatch(/^build: E_USAGE_OUT_PROJECT 输出目录「[^」]+」是项目文件夹本身或它的上级文件夹/);
  });

  it.each(['src', 'src/pages', 'src/pages/new', 'public', 'data', 'data/releases', 'data/site', 'seeds', 'tests', 'tests/fixtures', 'node_modules', 'node_modules/astro', '.git', '.git/objects', '.ci', '.astro', 'data/../seeds'])(
    'checkOutDir refuses a source folder or anything under it (%s)',
    (out) => {
      expect(check(out, root)).toMatch(/^build: E_USAGE_OUT_SOURCE 输出目录「[^」]+」在项目的 [a-z._]+\/ 中/);
    },
  );

  it('checkOutDir refuses the data folder given by SITE_DATA_DIR, and anything around it', () => {
    expect(check(outside, root, [outside])).toMatch(/^build: E_USAGE_OUT_SOURCE 输出目录「[^」]+」是构建读取的输入文件夹或它的上级文件夹/);
    expect(check(path.join(outside, 'site'), root, [outside])).toMatch(/^build: E_USAGE_OUT_SOURCE /);
    expect(check(path.dirname(outside), root, [outside])).toMatch(/^build: E_USAGE_OUT_(SOURCE|PROJECT) /);
  });

  it('checkOutDir refuses a symbolic link, even to a build, and a file', () => {
    makeBuilt(path.join(root, 'built'));
    symlinkSync(path.join(root, 'built'), path.join(root, 'link'));
    symlinkSync(path.join(root, 'data'), path.join(root, 'data-link'));
    expect(check('link', root)).toMatch(/^build: E_USAGE_OUT_SYMLINK 「link」是符号链接/);
    expect(check('data-link', root)).toMatch(/^build: E_USAGE_OUT_SYMLINK /);
    expect(check('package.json', root)).toMatch(/^build: E_USAGE_OUT_NOT_DIR 「package.json」已存在，但不是文件夹/);
  });

  it('checkOutDir refuses an existing folder that has content and no build marker', () => {
    mkdirSync(path.join(root, 'notes'));
    writeFileSync(path.join(root, 'notes', 'todo.txt'), '别删');
    expect(check('notes', root)).toBe(
      'build: E_USAGE_OUT_NOT_BUILD 文件夹「notes」已存在且有内容，但不是本命令构建的网站（没有 .site-build 标记），构建会删除其中的一切：请写一个新的或空的文件夹；确认其中的文件都不要了，可先自行删除它。',
    );
    // A page alone does not make a build; nor does a marker with other text.
    mkdirSync(path.join(root, 'pages-only'));
    writeFileSync(path.join(root, 'pages-only', 'index.html'), '<title>mine</title>');
    expect(check('pages-only', root)).toMatch(/^build: E_USAGE_OUT_NOT_BUILD /);
    mkdirSync(path.join(root, 'fake-marker'));
    writeFileSync(path.join(root, 'fake-marker', MARKER_FILE), 'anything\n');
    expect(check('fake-marker', root)).toMatch(/^build: E_USAGE_OUT_NOT_BUILD /);
  });

  it('checkOutDir accepts a new folder, an empty one and a previous build', () => {
    expect(check('dist', root)).toBe('ok');
    expect(check('out/site', root)).toBe('ok');
    mkdirSync(path.join(root, 'empty'));
    expect(check('empty', root)).toBe('ok');
    expect(check('built', root)).toBe('ok');
    expect(check(path.join(outside, '..', 'elsewhere'), root, [outside])).toBe('ok');
  });

  it('checkOutDir accepts, once, an unmarked dist/ from before the marker that looks like a build', () => {
    mkdirSync(path.join(root, 'old-dist', '_assets'), { recursive: true });
    writeFileSync(path.join(root, 'old-dist', 'index.html'), '<title>old</title>');
    expect(check('old-dist', root)).toBe('ok');
    mkdirSync(path.join(root, 'old-dist-2', 'data'), { recursive: true });
    writeFileSync(path.join(root, 'old-dist-2', 'index.html'), '<title>old</title>');
    writeFileSync(path.join(root, 'old-dist-2', 'data', 'datapackage.json'), '{}');
    expect(check('old-dist-2', root)).toBe('ok');
  });
});

describe('recovering from a build that died', () => {
  it('recoverInterruptedSwap renames the one marked <out>.old-<pid> of a dead build back to <out>', () => {
    const parent = tempDir('recover-');
    makeBuilt(path.join(parent, `site.old-${DEAD_PID}`));
    expect(recoverInterruptedSwap(path.join(parent, 'site'))).toBe(`site.old-${DEAD_PID}`);
    expect(readdirSync(parent)).toEqual(['site']);
    expect(readFileSync(path.join(parent, 'site', MARKER_FILE), 'utf8')).toBe(MARKER_TEXT);
  });

  it('recoverInterruptedSwap leaves things alone when <out> exists, or the old folder is not clearly the one', () => {
    const parent = tempDir('recover-');
    makeBuilt(path.join(parent, 'site'));
    makeBuilt(path.join(parent, `site.old-${DEAD_PID}`));
    expect(recoverInterruptedSwap(path.join(parent, 'site'))).toBeNull();

    const two = tempDir('recover-');
    makeBuilt(path.join(two, `site.old-${DEAD_PID}`));
    makeBuilt(path.join(two, `site.old-${DEAD_PID - 1}`));
    expect(recoverInterruptedSwap(path.join(two, 'site'))).toBeNull();
    expect(readdirSync(two).sort()).toEqual([`site.old-${DEAD_PID - 1}`, `site.old-${DEAD_PID}`]);

    const unmarked = tempDir('recover-');
    mkdirSync(path.join(unmarked, `site.old-${DEAD_PID}`));
    writeFileSync(path.join(unmarked, `site.old-${DEAD_PID}`, 'index.html'), 'x');
    const running = path.join(unmarked, `site.old-${process.pid}`);
    makeBuilt(running);
    expect(recoverInterruptedSwap(path.join(unmarked, 'site'))).toBeNull();
    expect(existsSync(running)).toBe(true);
  });

  it('removeStaleBuildDirs removes the temporary folders of dead builds and nothing else', () => {
    const parent = tempDir('stale-');
    const dead = [`.dist-build-${DEAD_PID}-a1B2c3`, `.dist-build-${DEAD_PID - 7}-zzzzzz`];
    const kept = [`.dist-build-${process.pid}-a1B2c3`, '.dist-build-a1B2c3', '.dist-build-notes', 'dist', `dist.old-${process.pid}`, `other.old-${DEAD_PID}`];
    for (const name of [...dead, ...kept]) makeBuilt(path.join(parent, name));
    writeFileSync(path.join(parent, `.dist-build-${DEAD_PID}-file12`), 'a file, not ours');
    // A marked old copy of the output left after the second rename, by a build that died.
    makeBuilt(path.join(parent, `dist.old-${DEAD_PID}`));
    removeStaleBuildDirs(parent, 'dist');
    expect(readdirSync(parent).sort()).toEqual([...kept, `.dist-build-${DEAD_PID}-file12`].sort());
  });

  it('a build with bad inputs still recovers <out> first, with a one-line notice, and clears dead temporaries', async () => {
    const parent = tempDir('recover-run-');
    makeBuilt(path.join(parent, `site.old-${DEAD_PID}`));
    makeBuilt(path.join(parent, `.dist-build-${DEAD_PID}-q1w2e3`));
    const stderr: string[] = [];
    const code = await runBuildCommand(['--out', path.join(parent, 'site')], { stdout: () => undefined, stderr: (l) => stderr.push(l), env: { SITE_PLAN_FILE: 'tests/fixtures/plan/item-out-of-order.txt' } }, async () => {
      throw new Error('the builder was reached');
    });
    const run = { code, stderr: stderr.join('\n') };
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe(
      `build: W_OUT_RECOVERED 上次构建在替换「${path.join(parent, 'site')}」时中断，已把「site.old-${DEAD_PID}」恢复为「site」。`,
    );
    expect(readdirSync(parent)).toEqual(['site']);
  });
});

describe('normaliseModes', () => {
  it('normaliseModes makes folders 0777 and files 0666 less the umask, from mkdtemp’s 0700', () => {
    const dir = tempDir('modes-');
    mkdirSync(path.join(dir, 'plan'));
    writeFileSync(path.join(dir, 'plan', 'index.html'), 'x');
    writeFileSync(path.join(dir, 'index.html'), 'x');
    chmodSync(path.join(dir, 'index.html'), 0o600);
    chmodSync(path.join(dir, 'plan'), 0o700);
    expect(statSync(dir).mode & 0o777).toBe(0o700);

    normaliseModes(dir, 0o022);
    const mode = (rel: string) => statSync(path.join(dir, rel)).mode & 0o777;
    expect([mode('.'), mode('plan'), mode('index.html'), mode('plan/index.html')]).toEqual([0o755, 0o755, 0o644, 0o644]);

    normaliseModes(dir, 0o027);
    expect([mode('.'), mode('plan'), mode('index.html'), mode('plan/index.html')]).toEqual([0o750, 0o750, 0o640, 0o640]);
  });
});

describe('findMachineTraces', () => {
  it('findMachineTraces names every file that holds the project path, and server modules', () => {
    const dir = tempDir('traces-');
    mkdirSync(path.join(dir, 'plan'));
    writeFileSync(path.join(dir, 'index.html'), '<p>fine</p>');
    writeFileSync(path.join(dir, 'plan', 'index.html'), `<!-- ${ROOT}/src/pages/plan/index.astro -->`);
    writeFileSync(path.join(dir, 'manifest_abc.mjs'), 'export default {}');
    expect(findMachineTraces(dir, [ROOT])).toEqual([
      { file: 'manifest_abc.mjs', trace: 'server-module' },
      { file: 'plan/index.html', trace: 'absolute-path' },
    ]);
  });
});
