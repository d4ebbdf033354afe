/**
 * `npm run build`: validate the inputs, build the site into a temporary folder, and replace the
 * output folder only when everything succeeded. A failed build prints its reasons, exits non-zero
 * and leaves the previous output byte-identical.
 *
 *   tsx src/cli/build.ts [--out DIR]      wrong usage: one line on stderr, exit 2
 *
 * Only what a build made is ever replaced. `--out` refuses the project, any folder above it, its
 * sources and inputs (src, public, data, seeds, tests, node_modules, .git, .ci, .astro and the
 * SITE_DATA_DIR folder, and anything under them), a symbolic link, and any existing folder that is
 * neither empty nor marked by the one-line `.site-build` file every build writes at its top.
 *
 * Astro builds inside the project (outside it, Astro leaves its server modules in the output); the
 * result moves beside the output and is swapped in by two renames. A build killed between the two
 * is recovered by the next one, which also removes the temporary folders of builds that died. The
 * output's folders are 0777 and files 0666 less the umask (mkdtemp's 0700 made a copied site
 * unreadable by a web server running as another user), and no file may name the project's path.
 */
import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import { cp, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { DataError, formatIssue } from '../lib/errors.ts';
import { checkBuiltSite, findMachineTraces } from '../lib/site/postcheck.ts';
import { loadSite, sitePaths } from '../lib/load.ts';
import { CODES as TASK_CODES } from '../lib/tasks/messages.ts';
import { exitWithUsageError, readCommandArgs, UsageError } from './support/args.ts';

const USAGE = '用法：npm run build [-- --out 目录]';
const OPTIONS = { out: { type: 'string', value: '目录', default: 'dist' } } as const;

/** The file at the top of every output that says a build made the folder, and its one line. */
export const MARKER_FILE = '.site-build';
export const MARKER_TEXT = 'site-build 1: made by npm run build; the next build may replace this folder\n';

/** Temporary folders are `.dist-build-<pid>-XXXXXX`, so a later build can tell whether their maker still runs. */
const TEMP_PREFIX = '.dist-build-';
const TEMP_NAME = /^\.dist-build-(\d{1,9})-[A-Za-z0-9]{6}$/;

/** The project's own folders that no output may be, be inside, or contain. */
const SOURCE_FOLDERS = ['src', 'public', 'data', 'seeds', 'tests', 'node_modules', '.git', '.ci', '.astro'];

const MESSAGES = {
  project: (shown: string) =>
    `输出目录「${shown}」是项目文件夹本身或它的上级文件夹，构建会用网站替换整个项目：请写项目中的一个新文件夹，如 --out dist。`,
  source: (shown: string, top: string) =>
    `输出目录「${shown}」在项目的 ${top}/ 中，那里是网站的源文件、数据或工具，构建会用网站替换它：请写一个新的文件夹，如 --out dist。`,
  inputAround: (shown: string) =>
    `输出目录「${shown}」是构建读取的输入文件夹或它的上级文件夹，构建会用网站替换它：请写一个新的文件夹，如 --out dist。`,
  inputInside: (shown: string, input: string) =>
    `输出目录「${shown}」在构建读取的输入文件夹 ${input}/ 中：请写这个文件夹以外的一个新文件夹，如 --out dist。`,
  symlink: (shown: string) => `「${shown}」是符号链接，构建会替换链接本身：请直接写它指向的文件夹。`,
  notDir: (shown: string) => `「${shown}」已存在，但不是文件夹：请换一个名字，如 --out dist。`,
  notBuild: (shown: string) =>
    `文件夹「${shown}」已存在且有内容，但不是本命令构建的网站（没有 ${MARKER_FILE} 标记），构建会删除其中的一切：请写一个新的或空的文件夹；确认其中的文件都不要了，可先自行删除它。`,
  recovered: (shown: string, old: string, name: string) => `上次构建在替换「${shown}」时中断，已把「${old}」恢复为「${name}」。`,
  stopped: (inputs: string, shown: string) => `构建已停止：${inputs} 中有错误，网站未更新（${shown} 保持原样）。`,
  failed: (shown: string) => `构建失败，网站未更新（${shown} 保持原样）。`,
  outputCheck: '构建产物检查未通过',
  trace: {
    'absolute-path': (file: string) => `文件 ${file} 含有构建机器上的项目路径，发布出去会暴露本机的目录：不能发布。`,
    'server-module': (file: string) => `文件 ${file} 是 Astro 的服务器端模块（.mjs），不属于网站：不能发布。`,
  },
  done: (shown: string) => `构建完成：${shown}/`,
  /** In place of the adjustment warnings of a table that a release has recorded (they stay listed by `npm run validate`). */
  recorded: (count: number, version: string, date: string) =>
    `W_ADJUSTMENTS_RECORDED 校验时列出的 ${count} 条对原计划的调整均已记录在发布的版本中（最新 ${version}，${date}），网站会标明原计划与现在的数字，无需处理；要逐条查看，运行 npm run validate。`,
};

/** Warnings that say the table differs from the plan as issued: once released, an adjustment on record. */
const ADJUSTMENT_CODES: ReadonlySet<string> = new Set([TASK_CODES.differsFromIssued, TASK_CODES.headlineMismatch]);

/**
 * Variables that Vite and Astro expose as `import.meta.env.*` at render time; a value inherited from
 * the caller (a test runner sets BASE_URL=/) would override the base path given by BASE_PATH.
 */
const INHERITED_VITE_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX'];

function statOrNull(file: string): Stats | null {
  try {
    return lstatSync(file);
  } catch {
    return null;
  }
}

/** `inner` is `outer` or below it. */
function isWithin(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** `dir` with the symbolic links of its existing ancestors resolved (it may not exist yet). */
function resolveParents(dir: string): string {
  const missing: string[] = [];
  let existing = path.dirname(dir);
  while (statOrNull(existing) === null && path.dirname(existing) !== existing) {
    missing.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  return path.join(realpathSync.native(existing), ...missing, path.basename(dir));
}

/** How a folder is named in messages: relative to the project when inside it, else absolute. */
function showDir(dir: string, projectRoot: string): string {
  const rel = path.relative(projectRoot, dir);
  return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? dir : rel;
}

function hasMarker(dir: string): boolean {
  try {
    return readFileSync(path.join(dir, MARKER_FILE), 'utf8') === MARKER_TEXT;
  } catch {
    return false;
  }
}

/**
 * Why `outDir` may not be built into, as a usage error; null when it may. `inputs` are further
 * folders the build reads (SITE_DATA_DIR when it is outside the project).
 */
export function checkOutDir(outDir: string, projectRoot: string, inputs: readonly string[] = []): UsageError | null {
  const refuse = (code: string, message: string) => new UsageError('build', code, message);
  const shown = showDir(outDir, projectRoot);
  const target = resolveParents(path.resolve(outDir));
  const root = realpathSync.native(projectRoot);
  if (isWithin(root, target)) return refuse('E_USAGE_OUT_PROJECT', MESSAGES.project(shown));
  if (isWithin(target, root)) {
    const top = path.relative(root, target).split(path.sep)[0] ?? '';
    if (SOURCE_FOLDERS.includes(top)) return refuse('E_USAGE_OUT_SOURCE', MESSAGES.source(shown, top));
  }
  for (const input of inputs) {
    const real = existsSync(input) ? realpathSync.native(input) : path.resolve(input);
    if (isWithin(real, target)) return refuse('E_USAGE_OUT_SOURCE', MESSAGES.inputAround(shown));
    if (isWithin(target, real)) return refuse('E_USAGE_OUT_SOURCE', MESSAGES.inputInside(shown, showDir(real, projectRoot)));
  }
  const stats = statOrNull(target);
  if (stats === null) return null;
  if (stats.isSymbolicLink()) return refuse('E_USAGE_OUT_SYMLINK', MESSAGES.symlink(shown));
  if (!stats.isDirectory()) return refuse('E_USAGE_OUT_NOT_DIR', MESSAGES.notDir(shown));
  if (hasMarker(target) || readdirSync(target).length === 0) return null;
  // A dist/ built before builds wrote the marker: accepted (once — this build marks it) when it
  // looks like a build, so `npm run build` keeps working on a working copy from before the change.
  const looksBuilt =
    existsSync(path.join(target, 'index.html')) &&
    (existsSync(path.join(target, '_assets')) || existsSync(path.join(target, 'data', 'datapackage.json')));
  return looksBuilt ? null : refuse('E_USAGE_OUT_NOT_BUILD', MESSAGES.notBuild(shown));
}

/** Whether a process with this id runs (EPERM: it does, as another user). */
function isRunning(pid: number): boolean {
  if (pid <= 0 || pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** `<out>.old-<pid>` folders beside `outDir` of builds no longer running that carry the marker. */
function listDeadOldCopies(outDir: string): string[] {
  const parent = path.dirname(outDir);
  const prefix = `${path.basename(outDir)}.old-`;
  if (!existsSync(parent)) return [];
  return readdirSync(parent).filter((name) => {
    const pid = name.startsWith(prefix) ? name.slice(prefix.length) : '';
    const full = path.join(parent, name);
    return /^\d{1,9}$/.test(pid) && !isRunning(Number(pid)) && statOrNull(full)?.isDirectory() === true && hasMarker(full);
  });
}

/**
 * After a build died between moving the old output aside and moving the new one in, `outDir` is
 * missing and its previous content is in `<out>.old-<pid>`: renames that back when it is the only
 * one. Returns the folder's name when it did, else null.
 */
export function recoverInterruptedSwap(outDir: string): string | null {
  if (statOrNull(outDir) !== null) return null;
  const candidates = listDeadOldCopies(outDir);
  if (candidates.length !== 1 || candidates[0] === undefined) return null;
  renameSync(path.join(path.dirname(outDir), candidates[0]), outDir);
  return candidates[0];
}

/**
 * Removes, from `parent`, the temporary folders of builds that are no longer running and, given
 * `outName`, the marked `<outName>.old-<pid>` copies they left once `<outName>` is in place.
 */
export function removeStaleBuildDirs(parent: string, outName?: string): void {
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) {
    const pid = TEMP_NAME.exec(name)?.[1];
    const full = path.join(parent, name);
    if (pid !== undefined && !isRunning(Number(pid)) && statOrNull(full)?.isDirectory()) rmSync(full, { recursive: true, force: true });
  }
  if (outName === undefined || statOrNull(path.join(parent, outName)) === null) return;
  for (const name of listDeadOldCopies(path.join(parent, outName))) rmSync(path.join(parent, name), { recursive: true, force: true });
}

/** Sets every folder under `dir` (and itself) to 0777 and every file to 0666, less `umask`. */
export function normaliseModes(dir: string, umask: number): void {
  chmodSync(dir, 0o777 & ~umask);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) normaliseModes(full, umask);
    else if (entry.isFile()) chmodSync(full, 0o666 & ~umask);
  }
}

/** The process's umask, read without the deprecated no-argument call. */
function readUmask(): number {
  const mask = process.umask(0o022);
  process.umask(mask);
  return mask;
}

/** Runs Astro's build into `tmpDir`; Astro is imported lazily so a data error fails fast. */
async function buildInto(tmpDir: string, projectRoot: string): Promise<void> {
  for (const name of INHERITED_VITE_ENV) delete process.env[name];
  process.env.ASTRO_OUT_DIR = tmpDir;
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  // The site is loaded (main, above): astro.config.mjs then lets the pages share that load.
  (globalThis as Record<symbol, unknown>)[Symbol.for('site.loadedByBuild')] = true;
  // The heap setting: collect garbage once the heap has grown by half since the last full
  // collection, not up to four times over (V8's default with memory to spare), so memory follows
  // what the pages in hand need (3,000 counties: about 620 MiB instead of 920) for about 3% more
  // CPU. It takes effect at run time and sets no limit: a larger site cannot run out of heap by it.
  setFlagsFromString('--heap-growing-percent=50');
  const { build } = await import('astro');
  await build({ root: projectRoot, outDir: tmpDir, logLevel: process.env.BUILD_LOG_LEVEL === 'info' ? 'info' : 'warn' });
}

/** Moves the built folder beside `outDir` (a rename, or a copy across file systems); returns its path. */
async function stageBeside(tmpDir: string, outDir: string): Promise<string> {
  const parent = path.dirname(outDir);
  if (path.dirname(tmpDir) === parent) return tmpDir;
  await mkdir(parent, { recursive: true });
  const staged = await mkdtemp(path.join(parent, `${TEMP_PREFIX}${process.pid}-`));
  try {
    await rename(tmpDir, staged);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') {
      await rm(staged, { recursive: true, force: true });
      throw error;
    }
    await cp(tmpDir, staged, { recursive: true });
    await rm(tmpDir, { recursive: true, force: true });
  }
  return staged;
}

/** Swaps `staged` into place as `outDir`, keeping the old folder until the new one is there. */
async function replaceDir(staged: string, outDir: string): Promise<void> {
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) await rename(outDir, old);
  try {
    await rename(staged, outDir);
  } catch (error) {
    if (existsSync(old)) await rename(old, outDir);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}

/** Problems of a finished build, one line each. */
function checkOutput(dir: string, projectRoot: string): string[] {
  const roots = [...new Set([projectRoot, process.cwd()])];
  return [
    ...checkBuiltSite(dir),
    ...findMachineTraces(dir, roots).map(({ file, trace }) => MESSAGES.trace[trace](file)),
  ];
}

async function main(): Promise<number> {
  const projectRoot = realpathSync.native(process.cwd());
  const umask = readUmask();
  const outDir = resolveParents(path.resolve(readCommandArgs('build', USAGE, OPTIONS).values.out));
  const shown = showDir(outDir, projectRoot);
  const { planFile, dataDir } = sitePaths();

  // Before anything else: refuse a place that is not ours to replace (a missing output is checked
  // by its path alone), then put back an output that a build killed mid-swap left aside.
  const inputs = [path.resolve(projectRoot, dataDir)];
  const refusal = checkOutDir(outDir, projectRoot, inputs);
  if (refusal) exitWithUsageError(refusal);
  const recovered = recoverInterruptedSwap(outDir);
  if (recovered) {
    console.error(`build: W_OUT_RECOVERED ${MESSAGES.recovered(shown, recovered, path.basename(outDir))}`);
    const again = checkOutDir(outDir, projectRoot, inputs);
    if (again) exitWithUsageError(again);
  }
  removeStaleBuildDirs(projectRoot);
  removeStaleBuildDirs(path.dirname(outDir), path.basename(outDir));

  // Validate first: the same lines as `npm run validate`, and nothing is written on error.
  try {
    const site = loadSite();
    // The build refuses a table that differs from the latest release, so with a release every
    // adjustment is on record: one line says so instead of the warnings staff already answered.
    const latest = site.releases[0];
    const recorded = latest ? site.warnings.filter((w) => ADJUSTMENT_CODES.has(w.code)) : [];
    for (const warning of site.warnings) if (!recorded.includes(warning)) console.error(formatIssue(warning));
    if (latest && recorded.length > 0) console.error(`build: ${MESSAGES.recorded(recorded.length, latest.version, latest.date)}`);
  } catch (error) {
    if (error instanceof DataError) {
      for (const issue of error.issues) console.error(formatIssue(issue));
      console.error(MESSAGES.stopped(`${planFile} 或 ${dataDir}/`, shown));
      return 1;
    }
    throw error;
  }

  let built = await mkdtemp(path.join(projectRoot, `${TEMP_PREFIX}${process.pid}-`));
  try {
    await buildInto(built, projectRoot);
    const problems = checkOutput(built, projectRoot);
    if (problems.length > 0) {
      for (const p of problems) console.error(`E_BUILD_OUTPUT ${p}`);
      throw new Error(MESSAGES.outputCheck);
    }
    writeFileSync(path.join(built, MARKER_FILE), MARKER_TEXT);
    built = await stageBeside(built, outDir);
    normaliseModes(built, umask);
    // The output may have changed while Astro ran; check it once more right before replacing it.
    const changed = checkOutDir(outDir, projectRoot, inputs);
    if (changed) throw changed;
    await replaceDir(built, outDir);
  } catch (error) {
    await rm(built, { recursive: true, force: true });
    if (error instanceof DataError) {
      for (const issue of error.issues) console.error(formatIssue(issue));
    } else if (error instanceof UsageError) {
      console.error(error.format());
    } else {
      console.error((error as Error).stack ?? String(error));
    }
    console.error(MESSAGES.failed(shown));
    return 1;
  }
  console.log(MESSAGES.done(shown));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error((error as Error).stack ?? String(error));
      process.exit(1);
    },
  );
}
